import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RateLimitsConfig } from '../config/limits.config';
import type { RequestContext } from '../graphql/context';
import { BodyTooLargeError, readBody, refuseMidBody, sendJson, type Route } from './http-util';
import { clientAddress, rateLimitedError, RateLimiter } from './rate-limit';

/** Requests are queries and mutations, not files: a cap keeps a stray huge body from eating memory. */
export const MAX_GRAPHQL_BODY_BYTES = 1024 * 1024;

/** Apollo's own shape for request-level refusals, so GraphQL clients parse ours alike. */
function badRequest(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  sendJson(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, headers);
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

/** A JSON body, undefined for other content types (Apollo then refuses them, CSRF rules included), or null if answered. */
async function jsonBody(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  if (req.method !== 'POST' || !isJson(req.headers['content-type'])) return undefined;
  const charset = /charset=([^;]+)/i
    .exec(req.headers['content-type'] ?? '')?.[1]
    .trim()
    .replace(/"/g, '');
  if (charset && !/^utf-?8$/i.test(charset)) {
    refuseMidBody(req, res, (h) => badRequest(res, 415, `Unsupported charset "${charset}"; send UTF-8.`, h));
    return null;
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, MAX_GRAPHQL_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    refuseMidBody(req, res, (h) =>
      badRequest(res, 413, `A GraphQL request is at most ${MAX_GRAPHQL_BODY_BYTES} bytes.`, h),
    );
    return null;
  }
  if (!raw.length) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    badRequest(res, 400, 'The request body is not valid JSON.');
    return null;
  }
}

/** 429 RATE_LIMITED in GraphQL's error shape, with Retry-After, before the body is read. */
function refuseRate(req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number) {
  const { code, message, messageVi } = rateLimitedError(retryAfterSeconds);
  const body = { errors: [{ message, extensions: { code, messageVi, retryAfterSeconds } }] };
  refuseMidBody(req, res, (h) => sendJson(res, 429, body, { ...h, 'retry-after': String(retryAfterSeconds) }));
}

/**
 * POST/GET /graphql through Apollo, with its CSRF prevention, landing page and error formatting.
 * Every request first counts against its client address (RATE_LIMIT_ADDRESS_PER_MINUTE).
 */
export function graphqlRoute(
  apollo: ApolloServer<RequestContext>,
  context: (req: IncomingMessage) => Promise<RequestContext>,
  rate: Pick<RateLimitsConfig, 'addressPerMinute' | 'trustProxyHops'>,
): Route {
  const perAddress = new RateLimiter(rate.addressPerMinute);
  return {
    methods: 'ANY',
    path: /^\/graphql\/?$/,
    async handle(req, res) {
      const wait = perAddress.take(clientAddress(req, rate.trustProxyHops));
      if (wait) return refuseRate(req, res, wait);
      const body = await jsonBody(req, res);
      if (body === null) return;
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: new URL(req.url ?? '/', 'http://localhost').search,
        body,
      };
      const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req) });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') return void res.end(response.body.string);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    },
  };
}
