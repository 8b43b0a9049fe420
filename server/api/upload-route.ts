import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { DomainError } from '../../domain/error-codes';
import type { AppConfig } from '../config/config';
import type { Orm } from '../db/open-database';
import { acceptUpload } from '../services/dossier-upload.service';
import { publicBase } from '../services/dossier.service';
import type { DocumentStorage } from '../storage/document-storage';
import { refuseOtherMethods } from './http-errors';
import { refuseMidBody, sendError, sendJson } from './http-util';
import { clientAddress, rateLimitedError, RateLimiter } from './rate-limit';

export interface UploadRouteDeps {
  orm: Orm;
  config: AppConfig;
  storage: DocumentStorage;
}

function contentLength(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

/**
 * PUT /uploads/:token: the bytes of one pending document, streamed into the storage as they arrive
 * (fastify neither buffers nor parses them). The token is the credential (as with S3 presigned
 * URLs), so portals can hand it to a browser or a scanner station as it is.
 * 201 `{ id, sha256, size }`; refusals are `{ code, message, messageVi }` with 403/404/409/410/413/415/400,
 * and 429 RATE_LIMITED with Retry-After past RATE_LIMIT_UPLOADS_PER_MINUTE from one client address
 * (the link itself comes from a mutation, which counts against its user).
 */
export async function registerUploadRoute(app: FastifyInstance, { orm, config, storage }: UploadRouteDeps) {
  const { uploadsPerMinute, trustProxyHops } = config.limits.rate;
  const perAddress = new RateLimiter(uploadsPerMinute);
  await app.register(async (scope) => {
    // Whatever the type, the body is handed to the route as the request stream itself.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request: FastifyRequest, body: Readable, done: (e: null, b: Readable) => void) =>
      done(null, body),
    );
    scope.route<{ Params: { token: string } }>({
      method: 'PUT',
      url: '/uploads/:token',
      onRequest(request, reply, done) {
        const wait = perAddress.take(clientAddress(request.raw, trustProxyHops));
        if (!wait) return done();
        const refusal = rateLimitedError(wait);
        refuseMidBody(request, (h) => sendJson(reply, 429, refusal, { ...h, 'retry-after': String(wait) }));
      },
      async handler(request, reply) {
        const req = request.raw;
        try {
          const stored = await acceptUpload(
            { em: orm.em.fork(), config, storage },
            {
              token: request.params.token,
              body: req,
              contentLength: contentLength(req.headers['content-length']),
              contentType: req.headers['content-type'] ?? null,
            },
          );
          return sendJson(reply, 201, stored, { location: `${publicBase(config)}/documents/${stored.id}` });
        } catch (error) {
          // The client went away mid-upload: there is nobody to answer.
          if (req.destroyed && !req.complete) return reply.hijack();
          if (!(error instanceof DomainError)) throw error;
          return refuseMidBody(request, (headers) => sendError(reply, error, headers));
        }
      },
    });
  });
  refuseOtherMethods(app, '/uploads/:token', ['PUT']);
}
