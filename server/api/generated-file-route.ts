import { DomainError, ErrorCode } from '../../domain/error-codes';
import { downloadableGeneratedFile } from '../services/generated-file.service';
import type { DocumentRouteDeps } from './document-route';
import { sendCode, sendError, viewerOf, type Route } from './http-util';
import { serveStoredFile } from './serve-stored';

/**
 * GET /files/<id> with `Authorization: Bearer <token>`: a document the platform produced (decision,
 * certificates, export, report), for the units it belongs to or, for an export, its requester.
 */
export function generatedFileRoute({ orm, config, storage }: DocumentRouteDeps): Route {
  return {
    methods: ['GET'],
    path: /^\/files\/([^/]+)$/,
    async handle(req, res, match) {
      const em = orm.em.fork();
      const viewer = await viewerOf(em, req, config);
      if (!viewer) return sendCode(res, ErrorCode.UNAUTHENTICATED, 401, { 'www-authenticate': 'Bearer' });
      let file;
      try {
        file = await downloadableGeneratedFile(em, viewer, match[1]);
      } catch (error) {
        if (error instanceof DomainError) return sendError(res, error);
        throw error;
      }
      await serveStoredFile(req, res, storage, {
        ...file,
        size: file.size ?? 0,
        sha256: file.sha256 ?? '',
        storageKey: file.storageKey!,
      });
    },
  };
}
