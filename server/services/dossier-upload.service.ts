import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Readable, Writable } from 'node:stream';
import { AuditAction, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { actorFor, forbidden } from '../auth/access';
import { loadViewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import { DossierDocument } from '../entities/dossier-document.entity';
import { Nomination } from '../entities/nomination.entity';
import { SignatureCheck } from '../storage/content-signature';
import {
  ObjectExistsError,
  ObjectTooLargeError,
  ObjectTooSmallError,
  type DocumentStorage,
} from '../storage/document-storage';
import { recordAudit } from '../store/audit';
import { assertDossierEditable } from './dossier.service';
import { assertStageOpen, stageUploader } from './level-documents.service';
import { findOrRefuse } from '../store/load';
import { verifyUploadToken } from '../auth/upload-token';

export interface UploadDeps {
  em: EntityManager;
  config: AppConfig;
  storage: DocumentStorage;
}

/** One PUT to a signed upload URL, as the HTTP layer saw it. */
export interface UploadRequest {
  token: string;
  /** Read but never destroyed here, so the caller can still answer a refusal on the same connection. */
  body: Readable;
  contentLength: number | null;
  contentType: string | null;
}

const alreadyUsed = () =>
  DomainError.of(ErrorCode.DUPLICATE, 'token', {
    en: 'This upload link was already used; request a new one to add another version.',
    vi: 'Đường dẫn tải lên đã được sử dụng; hãy yêu cầu đường dẫn mới để bổ sung phiên bản khác.',
  });

const frozenLink = () =>
  DomainError.of(ErrorCode.DOCUMENT_FROZEN, 'token', {
    en: 'The nomination was submitted before this upload finished; its dossier is frozen.',
    vi: 'Hồ sơ đã được nộp trước khi tải lên xong; tài liệu không thể thay đổi.',
  });

function sizeRefusal(declared: number, received: number): DomainError {
  if (received > declared) {
    return DomainError.of(ErrorCode.FILE_TOO_LARGE, 'size', {
      en: `The upload is longer than the ${declared} bytes declared.`,
      vi: `Tệp gửi lên dài hơn ${declared} byte đã khai báo.`,
    });
  }
  return DomainError.of(ErrorCode.INVALID_VALUE, 'size', {
    en: `The upload has ${received} of the ${declared} bytes declared.`,
    vi: `Tệp gửi lên chỉ có ${received} trên ${declared} byte đã khai báo.`,
  });
}

const interrupted = () => new Error('The upload was interrupted.');

/**
 * Feeds `source` into `sink` without letting a failure of the sink tear down the source (the
 * request), and only once the sink is read: a refusal raised before its consumer is attached
 * would be an unhandled 'error' event.
 */
function feed(source: Readable, sink: Readable & Writable) {
  sink.once('resume', () => {
    if (source.destroyed && !source.readableEnded) return void sink.destroy(interrupted());
    source.pipe(sink);
    source.once('error', (error) => sink.destroy(error));
    source.once('close', () => {
      if (!source.readableEnded) sink.destroy(interrupted());
    });
  });
}

/** The nominating unit's documents change while it holds the dossier; a stage's while that stage reviews it. */
function assertWritable(nomination: Nomination, document: DossierDocument): void {
  if (document.stageKey) assertStageOpen(nomination, document.stageKey);
  else assertDossierEditable(nomination.status, 'token');
}

/** Checks the link and the document's state before a byte is read. */
async function pendingDocument({ em, config, storage }: UploadDeps, request: UploadRequest) {
  const id = verifyUploadToken(request.token, config.jwtSecret);
  const document = await findOrRefuse(em, DossierDocument, id, 'token', ['nomination.unit']);
  if (document.storedAt || (await storage.exists(document.storageKey))) throw alreadyUsed();
  if (document.frozen) throw frozenLink();
  assertWritable(document.nomination, document);
  // The link acts for whoever asked for it: they must still be the unit's submitter.
  const viewer = await loadViewer(em, document.uploadedBy.id);
  if (!viewer)
    throw forbidden(
      'The user who asked for this link can no longer upload.',
      'Người yêu cầu đường dẫn này không còn quyền tải lên.',
    );
  // A stage's document: its uploader must still hold the stage's open task.
  const actor = document.stageKey
    ? await stageUploader(em, viewer, document.nomination, document.stageKey, document.slot)
    : actorFor(viewer, Role.SUBMITTER, document.nomination.unit.path);
  const declared = request.contentType?.split(';')[0].trim().toLowerCase();
  if (declared && declared !== document.contentType) {
    throw DomainError.of(ErrorCode.FILE_TYPE_NOT_ALLOWED, 'contentType', {
      en: `This link takes ${document.contentType}, not ${declared}.`,
      vi: `Đường dẫn này chỉ nhận tệp ${document.contentType}, không nhận ${declared}.`,
    });
  }
  if (request.contentLength !== null && request.contentLength !== document.size)
    throw sizeRefusal(document.size, request.contentLength);
  return { document, actor };
}

/**
 * Stores the bytes of a pending document: verified link, declared size as a hard cap and a floor,
 * leading bytes matching the declared type, SHA-256; then marks it stored and audits it, unless
 * the nomination was submitted meanwhile.
 */
export async function acceptUpload(deps: UploadDeps, request: UploadRequest) {
  const { document, actor } = await pendingDocument(deps, request);
  const signature = new SignatureCheck(document.contentType);
  feed(request.body, signature);
  const stored = await deps.storage
    .put(document.storageKey, signature, { maxBytes: document.size, minBytes: document.size })
    .catch((error: unknown) => {
      if (error instanceof ObjectTooLargeError) throw sizeRefusal(document.size, document.size + 1);
      if (error instanceof ObjectTooSmallError) throw sizeRefusal(document.size, error.received);
      if (error instanceof ObjectExistsError) throw alreadyUsed();
      throw error;
    });
  await deps.em.transactional(async (tx) => {
    // FOR SHARE: a submission (which locks the nomination to change it) waits for this to commit or sees it.
    const nomination = await tx.findOneOrFail(Nomination, document.nomination.id, {
      lockMode: LockMode.PESSIMISTIC_READ,
      refresh: true,
    });
    assertWritable(nomination, document);
    const storedAt = new Date();
    const updated = await tx.nativeUpdate(
      DossierDocument,
      { id: document.id, storedAt: null, frozen: false },
      { sha256: stored.sha256, size: stored.size, storedAt },
    );
    if (!updated)
      throw (await tx.count(DossierDocument, { id: document.id, frozen: true })) ? frozenLink() : alreadyUsed();
    await recordAudit(tx, {
      key: `document:${document.id}:stored`,
      nominationId: nomination.id,
      actor,
      action: AuditAction.DOCUMENT_UPLOADED,
      after: {
        documentId: document.id,
        slot: document.slot,
        ...(document.stageKey ? { stageKey: document.stageKey } : {}),
        version: document.version,
        fileName: document.fileName,
        size: stored.size,
        sha256: stored.sha256,
      },
    });
    await tx.flush();
  });
  return { id: document.id, sha256: stored.sha256, size: stored.size };
}
