import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** Headers a portal's script may read on a cross-origin answer (downloads, uploads, support tickets). */
export const EXPOSED_HEADERS = ['content-disposition', 'etag', 'location', 'repr-digest', 'x-request-id'];

/**
 * CORS: browser portals call the API from their own origins. Bearer tokens, not cookies, carry
 * identity, so any origin may call; CSRF is Apollo's preflight rule. A preflight is answered 204
 * with the headers it asked for, as before, even without Access-Control-Request-Method.
 *
 * Helmet: the headers that suit a JSON API — nothing it answers is a page, so its default CSP
 * forbids everything. A page route (the explorer) sets its own Content-Security-Policy, either with
 * the route option `helmet: { contentSecurityPolicy: { directives } }` or `reply.header(...)`.
 * Files are fetched cross-origin by the portals, so resources may be embedded cross-origin.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'PUT', 'POST'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
    strictPreflight: false,
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // HSTS belongs to the TLS terminator in front of the API, which knows whether HTTPS is served.
    strictTransportSecurity: false,
  });
}
