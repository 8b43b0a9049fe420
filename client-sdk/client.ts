import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import type { Client as SocketClient } from 'graphql-ws';
import { guarded, type CallOptions } from './call-guard';
import { printOnce } from './document-text';
import { downloadFile, type DownloadedFile } from './download';
import { GraphQLRequestError, type GraphQLErrorEntry } from './errors';
import { operations, subscriptions } from './operations';
import { socketClient, subscribeOver, type LiveSubscription, type SubscribeOptions } from './subscribe';
import { uploadDocument, type UploadDocumentInput, type UploadDocumentResult } from './upload';

export { operations, subscriptions };
export type { CallOptions };
export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationResult<K extends OperationName> = ResultOf<Operations[K]>;
export type OperationVariables<K extends OperationName> = VariablesOf<Operations[K]>;

// Variables may be omitted when none of them is required (viewer, campaigns, the connections).
type OperationFn<D> =
  Record<string, never> extends VariablesOf<D>
    ? (variables?: VariablesOf<D>, options?: CallOptions) => Promise<ResultOf<D>>
    : (variables: VariablesOf<D>, options?: CallOptions) => Promise<ResultOf<D>>;

type OperationFunctions = { [K in OperationName]: OperationFn<Operations[K]> };

export type Client = OperationFunctions & {
  /** Any other typed document, e.g. one a test builds. */
  request<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: CallOptions): Promise<R>;
  /**
   * A subscription over graphql-ws on the same /graphql URL, e.g.
   * `for await (const { notificationAdded } of client.subscribe(subscriptions.notificationAdded))`.
   */
  subscribe<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: SubscribeOptions): LiveSubscription<R>;
  /** The same endpoint as another user. */
  withToken(token: string): Client;
  /** requestDocumentUpload, then PUT of the bytes to the signed URL; timeoutMs covers both steps. */
  uploadDocument(input: UploadDocumentInput, options?: CallOptions): Promise<UploadDocumentResult>;
  /** GET of a produced file's downloadPath with this client's token (DownloadError when refused). */
  downloadFile(downloadPath: string, options?: CallOptions): Promise<DownloadedFile>;
  /** Closes this client's WebSocket at once (it also closes by itself when no subscription is left). */
  close(): Promise<void>;
};

export interface ClientOptions {
  /** The API's GraphQL endpoint, e.g. https://thidua.example.gov.vn/graphql. */
  url: string;
  token?: string;
  /** Defaults to the global fetch, looked up at each call so tests may replace it. */
  fetch?: typeof fetch;
  /**
   * Longest wait for each request, upload or download, in ms (ThiduaTimeoutError after it), and for
   * the server to accept a subscription socket. None by default; a call's own timeoutMs wins.
   */
  timeoutMs?: number;
  /** The WebSocket class for subscriptions: `require('ws')` in Node 20; the browser's own by default. */
  webSocketImpl?: unknown;
  /** The subscriptions' ws(s):// URL; by default `url` with http(s) replaced by ws(s). */
  subscriptionUrl?: string;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

async function readBody(response: Response): Promise<GraphQLResponseBody | undefined> {
  const text = await response.text();
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as GraphQLResponseBody) : undefined;
  } catch {
    return undefined;
  }
}

function failure(code: string, message: string, status: number, operationName?: string): GraphQLRequestError {
  return new GraphQLRequestError([{ message, extensions: { code } }], status, operationName);
}

async function execute<R, V>(
  options: ClientOptions,
  document: TypedDocumentNode<R, V>,
  variables: V | undefined,
  signal: AbortSignal,
): Promise<R> {
  const { query, operationName } = printOnce(document);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const fetchImpl = options.fetch ?? fetch;
  const response = await fetchImpl(options.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, operationName, variables: variables ?? {} }),
    signal,
  });
  const body = await readBody(response);
  if (body?.errors?.length) {
    const errors = body.errors.map(({ message, path, extensions }) => ({ message, path, extensions }));
    throw new GraphQLRequestError(errors, response.status, operationName);
  }
  if (!response.ok) {
    const message = `HTTP ${response.status} ${response.statusText}`.trim();
    throw failure(`HTTP_${response.status}`, message, response.status, operationName);
  }
  if (body?.data === undefined || body.data === null) {
    throw failure('INVALID_RESPONSE', 'response carries neither data nor errors', response.status, operationName);
  }
  return body.data as R;
}

export function createClient(options: ClientOptions): Client {
  const timeoutOf = (call?: CallOptions) => call?.timeoutMs ?? options.timeoutMs;
  const request = <R, V>(document: TypedDocumentNode<R, V>, variables?: V, call?: CallOptions): Promise<R> =>
    guarded(printOnce(document).operationName ?? 'GraphQL request', timeoutOf(call), call?.signal, (signal) =>
      execute(options, document, variables, signal),
    );
  // Each function forwards to the document of its own name, so it has that document's types;
  // TypeScript cannot follow the name through Object.entries, hence the one cast.
  const bound = Object.fromEntries(
    Object.entries(operations).map(([name, document]) => [
      name,
      (variables?: Record<string, unknown>, call?: CallOptions) =>
        request(document as TypedDocumentNode<unknown>, variables, call),
    ]),
  ) as unknown as OperationFunctions;
  let socket: SocketClient | null = null;
  const socketOf = () =>
    (socket ??= socketClient({
      url: options.subscriptionUrl ?? options.url.replace(/^http/i, 'ws'),
      token: options.token,
      webSocketImpl: options.webSocketImpl,
      connectionAckWaitTimeout: options.timeoutMs,
    }));
  return {
    ...bound,
    request,
    subscribe: (document, variables, subscribeOptions) =>
      subscribeOver(socketOf(), document, variables, subscribeOptions),
    withToken: (token: string) => createClient({ ...options, token }),
    uploadDocument: (input, call) =>
      guarded('uploadDocument', timeoutOf(call), call?.signal, (signal) =>
        uploadDocument(
          async (declared) =>
            (await bound.requestDocumentUpload({ input: declared }, { signal, timeoutMs: 0 })).requestDocumentUpload,
          input,
          options.fetch ?? fetch,
          signal,
        ),
      ),
    downloadFile: (downloadPath, call) =>
      guarded('downloadFile', timeoutOf(call), call?.signal, (signal) =>
        downloadFile(options.url, downloadPath, options.token, options.fetch ?? fetch, signal),
      ),
    close: async () => {
      await socket?.dispose();
      socket = null;
    },
  };
}
