import type { Orm } from '../db/open-database';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import type { AppConfig } from '../config/config';
import { readableDocument } from '../services/dossier.service';
import type { DocumentStorage } from '../storage/document-storage';
import { sendCode, sendError, viewerOf, type Route } from './http-util';
import { serveStoredFile } from './serve-stored';

export interface DocumentRouteDeps {
  orm: Orm;
  config: AppConfig;
  storage: DocumentStorage;
}

/**
 * GET /documents/<id> with `Authorization: Bearer <token>`: the stored bytes, for anyone holding a
 * role over the nomination's unit subtree (as for reading the nomination itself).
 */
export function documentRoute({ orm, config, storage }: DocumentRouteDeps): Route {
  return {
    methods: ['GET'],
    path: /^\/documents\/([^/]+)$/,
    async handle(req, res, match) {
      const em = orm.em.fork();
      const viewer = await viewerOf(em, req, config);
      if (!viewer) return sendCode(res, ErrorCode.UNAUTHENTICATED, 401, { 'www-authenticate': 'Bearer' });
      let document;
      try {
        document = await readableDocument(em, viewer, match[1]);
      } catch (error) {
        if (error instanceof DomainError) return sendError(res, error);
        throw error;
      }
      // The bytes came from a portal user: served as an attachment the browser must not reinterpret.
      await serveStoredFile(req, res, storage, { ...document, sha256: document.sha256 ?? '' });
    },
  };
}
