import type { Orm } from '../db/open-database';
import { DomainError } from '../../domain/error-codes';
import type { AppConfig } from '../config/config';
import { acceptUpload } from '../services/dossier-upload.service';
import { publicBase } from '../services/dossier.service';
import type { DocumentStorage } from '../storage/document-storage';
import { refuseMidBody, sendError, sendJson, type Route } from './http-util';
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
 * PUT /uploads/<signed token>: the bytes of one pending document. The token is the credential (as
 * with S3 presigned URLs), so portals can hand it to a browser or a scanner station as it is.
 * 201 `{ id, sha256, size }`; refusals are `{ code, message, messageVi }` with 403/404/409/410/413/415/400,
 * and 429 RATE_LIMITED with Retry-After past RATE_LIMIT_UPLOADS_PER_MINUTE from one client address
 * (the link itself comes from a mutation, which counts against its user).
 */
export function uploadRoute({ orm, config, storage }: UploadRouteDeps): Route {
  const { uploadsPerMinute, trustProxyHops } = config.limits.rate;
  const perAddress = new RateLimiter(uploadsPerMinute);
  return {
    methods: ['PUT'],
    path: /^\/uploads\/([A-Za-z0-9_.-]+)$/,
    async handle(req, res, match) {
      const wait = perAddress.take(clientAddress(req, trustProxyHops));
      if (wait) {
        const refusal = rateLimitedError(wait);
        return refuseMidBody(req, res, (h) => sendJson(res, 429, refusal, { ...h, 'retry-after': String(wait) }));
      }
      try {
        const stored = await acceptUpload(
          { em: orm.em.fork(), config, storage },
          {
            token: match[1],
            body: req,
            contentLength: contentLength(req.headers['content-length']),
            contentType: req.headers['content-type'] ?? null,
          },
        );
        sendJson(res, 201, stored, { location: `${publicBase(config)}/documents/${stored.id}` });
      } catch (error) {
        // The client went away mid-upload: there is nobody to answer.
        if (req.destroyed && !req.complete) return;
        if (!(error instanceof DomainError)) throw error;
        refuseMidBody(req, res, (headers) => sendError(res, error, headers));
      }
    },
  };
}
