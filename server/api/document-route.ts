import type { Orm } from '../db/open-database';
import { pipeline } from 'node:stream/promises';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import type { AppConfig } from '../config/config';
import { readableDocument } from '../services/dossier.service';
import type { DocumentStorage } from '../storage/document-storage';
import { contentDisposition, sendCode, sendError, viewerOf, type Route } from './http-util';

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
      const sha256 = document.sha256 ?? '';
      const etag = `"${sha256}"`;
      const headers = {
        'content-type': document.contentType,
        'content-disposition': contentDisposition(document.fileName),
        // Served as an attachment that the browser must not reinterpret: the bytes came from a portal user.
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-cache',
        etag,
        'repr-digest': `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`,
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return void res.end();
      }
      const bytes = await storage.get(document.storageKey);
      res.writeHead(200, { ...headers, 'content-length': String(document.size) });
      await pipeline(bytes, res);
    },
  };
}
