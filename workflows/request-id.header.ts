import { defaultPayloadConverter, type Headers } from '@temporalio/common';

/**
 * The Temporal header that carries the id of the HTTP request a workflow step runs for, from the
 * API's client through the workflow to its activities (the same name as the HTTP header).
 */
export const REQUEST_ID_HEADER = 'x-request-id';

export function readRequestId(headers: Headers | undefined): string | undefined {
  const payload = headers?.[REQUEST_ID_HEADER];
  if (!payload) return undefined;
  const value: unknown = defaultPayloadConverter.fromPayload(payload);
  return typeof value === 'string' && value ? value : undefined;
}

/** The headers with the request id added; unchanged when there is none (a schedule, a timer). */
export function withRequestIdHeader(headers: Headers, requestId: string | undefined): Headers {
  if (!requestId) return headers;
  return { ...headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(requestId) };
}
