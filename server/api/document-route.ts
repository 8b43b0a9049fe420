import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import type { Viewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import type { Orm } from '../db/open-database';
import { readableDocument } from '../services/dossier.service';
import { downloadableGeneratedFile } from '../services/generated-file.service';
import type { DocumentStorage } from '../storage/document-storage';
import { refuseOtherMethods } from './http-errors';
import { sendCode, sendError, viewerOf } from './http-util';
import { serveStoredFile, type StoredFile } from './serve-stored';

export interface DocumentRouteDeps {
  orm: Orm;
  config: AppConfig;
  storage: DocumentStorage;
}

type Find = (em: EntityManager, viewer: Viewer, id: string) => Promise<StoredFile>;

/** GET <url> with `Authorization: Bearer <token>`: the file `find` answers for this viewer, or its refusal. */
function downloadRoute(app: FastifyInstance, url: string, { orm, config, storage }: DocumentRouteDeps, find: Find) {
  app.get<{ Params: { id: string } }>(url, async (request, reply) => {
    const em = orm.em.fork();
    const viewer = await viewerOf(em, request.raw, config);
    if (!viewer) return sendCode(reply, ErrorCode.UNAUTHENTICATED, 401, { 'www-authenticate': 'Bearer' });
    request.access.userId = viewer.user.id;
    let file: StoredFile;
    try {
      file = await find(em, viewer, request.params.id);
    } catch (error) {
      if (error instanceof DomainError) return sendError(reply, error);
      throw error;
    }
    return serveStoredFile(request, reply, storage, file);
  });
  refuseOtherMethods(app, url, ['GET']);
}

/**
 * GET /documents/:id — a dossier document, for anyone holding a role over the nomination's unit
 * subtree (as for reading the nomination itself); GET /files/:id — a document the platform produced
 * (decision, certificates, export, report), for the units it belongs to or, for an export, its requester.
 */
export function registerDownloadRoutes(app: FastifyInstance, deps: DocumentRouteDeps): void {
  downloadRoute(app, '/documents/:id', deps, async (em, viewer, id) => {
    const document = await readableDocument(em, viewer, id);
    return { ...document, sha256: document.sha256 ?? '' };
  });
  downloadRoute(app, '/files/:id', deps, async (em, viewer, id) => {
    const file = await downloadableGeneratedFile(em, viewer, id);
    return { ...file, size: file.size ?? 0, sha256: file.sha256 ?? '', storageKey: file.storageKey! };
  });
}
