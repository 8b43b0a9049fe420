import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { RateLimitsConfig } from '../config/limits.config';
import type { RequestContext } from '../graphql/context';
import { refuseOtherMethods } from './http-errors';
import { refuseMidBody, sendJson } from './http-util';
import { trackAccess } from './request-logging';
import { clientAddress, rateLimitedError, RateLimiter } from './rate-limit';

/** Requests are queries and mutations, not files: a cap keeps a stray huge body from eating memory. */
export const MAX_GRAPHQL_BODY_BYTES = 1024 * 1024;

/** A refusal of the request itself, answered in Apollo's own error shape so GraphQL clients parse ours alike. */
class RequestRefusal extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** The body may still be arriving: close the connection after the answer. */
    readonly midBody: boolean,
  ) {
    super(message);
  }
}

function badRequest(reply: FastifyReply, status: number, message: string, headers: Record<string, string> = {}) {
  return sendJson(reply, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, headers);
}

/** Reads a whole (small) body, refusing it as soon as it passes the cap. */
function readCapped(body: Readable, declared: string | undefined, done: (error: Error | null, raw?: Buffer) => void) {
  const tooLarge = () => new RequestRefusal(413, `A GraphQL request is at most ${MAX_GRAPHQL_BODY_BYTES} bytes.`, true);
  if (Number(declared ?? 0) > MAX_GRAPHQL_BODY_BYTES) return done(tooLarge());
  const chunks: Buffer[] = [];
  let size = 0;
  let answered = false;
  const finish = (error: Error | null, raw?: Buffer) => {
    if (answered) return;
    answered = true;
    done(error, raw);
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_GRAPHQL_BODY_BYTES) return void chunks.push(chunk);
    body.off('data', onData);
    finish(tooLarge());
  };
  body.on('data', onData);
  body.once('end', () => finish(null, Buffer.concat(chunks)));
  body.once('error', (error) => finish(error));
}

/** A JSON body: parsed, undefined when empty (Apollo then says what is missing), refused when not JSON. */
function parseJson(request: FastifyRequest, body: Readable, done: (error: Error | null, value?: unknown) => void) {
  readCapped(body, request.headers['content-length'], (error, raw) => {
    if (error || !raw) return done(error);
    if (!raw.length) return done(null, undefined);
    try {
      done(null, JSON.parse(raw.toString('utf8')));
    } catch {
      done(new RequestRefusal(400, 'The request body is not valid JSON.', false));
    }
  });
}

/** A charset other than UTF-8 on a JSON body, or null. */
function foreignCharset(contentType: string | undefined): string | null {
  if ((contentType ?? '').split(';')[0].trim().toLowerCase() !== 'application/json') return null;
  const charset = /charset=([^;]+)/i
    .exec(contentType ?? '')?.[1]
    .trim()
    .replace(/"/g, '');
  return charset && !/^utf-?8$/i.test(charset) ? charset : null;
}

/** A browser opening /graphql itself: it is sent to the explorer (Apollo's CDN landing page is off). */
function isBrowserVisit(request: FastifyRequest): boolean {
  const query = request.query as Record<string, unknown> | undefined;
  return request.method === 'GET' && /text\/html/i.test(request.headers.accept ?? '') && query?.query === undefined;
}

/**
 * GET/POST /graphql through Apollo (@as-integrations/fastify), with its CSRF prevention and error
 * formatting. Before the body is read: the per-address rate limit (429 RATE_LIMITED with
 * Retry-After, RATE_LIMIT_ADDRESS_PER_MINUTE) and the charset (415); while reading it: the 1 MiB cap
 * (413) and JSON syntax (400) — all in GraphQL's error shape. Other content types reach Apollo
 * without a body, so its CSRF rules answer them as before.
 */
export async function registerGraphqlRoute(
  app: FastifyInstance,
  apollo: ApolloServer<RequestContext>,
  context: (req: IncomingMessage) => Promise<RequestContext>,
  rate: Pick<RateLimitsConfig, 'addressPerMinute' | 'trustProxyHops'>,
): Promise<void> {
  const perAddress = new RateLimiter(rate.addressPerMinute);
  const handler = fastifyApolloHandler(apollo, {
    async context(request) {
      const ctx = await context(request.raw);
      if (ctx.viewer) request.access.userId = ctx.viewer.user.id;
      trackAccess(ctx, request.access);
      return ctx;
    },
  });
  // Its own scope: these body parsers and this error shape are for /graphql only.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', parseJson);
    scope.addContentTypeParser('*', (_request: FastifyRequest, _body: Readable, done: (e: null) => void) => done(null));
    scope.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
      const status = error.statusCode ?? 500;
      // Anything else that is the client's fault (a malformed Content-Type) in the same shape.
      if (!(error instanceof RequestRefusal) && (status < 400 || status >= 500)) throw error;
      if (error instanceof RequestRefusal && !error.midBody) return badRequest(reply, status, error.message);
      return refuseMidBody(request, (h) => badRequest(reply, status, error.message, h));
    });
    scope.route({
      method: ['GET', 'POST'],
      url: '/graphql',
      onRequest(request, reply, done) {
        const wait = perAddress.take(clientAddress(request.raw, rate.trustProxyHops));
        if (wait) {
          const { code, message, messageVi } = rateLimitedError(wait);
          const body = { errors: [{ message, extensions: { code, messageVi, retryAfterSeconds: wait } }] };
          return void refuseMidBody(request, (h) => sendJson(reply, 429, body, { ...h, 'retry-after': String(wait) }));
        }
        const charset = foreignCharset(request.headers['content-type']);
        if (charset) {
          const text = `Unsupported charset "${charset}"; send UTF-8.`;
          return void refuseMidBody(request, (h) => badRequest(reply, 415, text, h));
        }
        done();
      },
      preHandler(request, reply, done) {
        if (isBrowserVisit(request)) return void reply.redirect('/explorer', 302);
        done();
      },
      handler,
    });
  });
  refuseOtherMethods(app, '/graphql', ['GET', 'POST']);
}
