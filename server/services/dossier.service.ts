import type { EntityManager } from '@mikro-orm/postgresql';
import { assertAcceptableFile, assertDossierComplete } from '../../domain/dossier-rules';
import { DocumentSlot, NominationStatus, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { actorFor, assertCanRead } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import { DossierDocument } from '../entities/dossier-document.entity';
import { Nomination } from '../entities/nomination.entity';
import { User } from '../entities/user.entity';
import { documentStorageKey } from '../storage/document-storage';
import { findOrRefuse } from '../store/load';
import { readableNomination } from './nomination.service';
import { signUploadToken } from '../auth/upload-token';
import { requiredSlotsFor } from './dossier-profile.service';
import { stageUploader, storedSlots } from './level-documents.service';

/** Statuses in which the commune still owns the dossier; afterwards it is what the reviewers saw. */
export const DOSSIER_EDITABLE: readonly NominationStatus[] = [NominationStatus.DRAFT, NominationStatus.RETURNED];

export function assertDossierEditable(status: NominationStatus, field = 'nominationId'): void {
  if (DOSSIER_EDITABLE.includes(status)) return;
  throw DomainError.of(ErrorCode.DOCUMENT_FROZEN, field, {
    en: `The nomination is ${status}; its documents change only while it is DRAFT or RETURNED.`,
    vi: 'Hồ sơ đã nộp; chỉ bổ sung tài liệu khi hồ sơ ở trạng thái dự thảo hoặc bị trả lại.',
  });
}

/** Base of the links we hand out; the API server fills in its own address when PUBLIC_URL is unset. */
export function publicBase(config: AppConfig): string {
  if (!config.publicUrl) throw new Error('config.publicUrl is unresolved: serve through startApiServer.');
  return config.publicUrl;
}

export function downloadUrl(config: AppConfig, document: DossierDocument): string | null {
  return document.storedAt ? `${publicBase(config)}/documents/${document.id}` : null;
}

/** The last path segment, NFC (macOS sends NFD Vietnamese), without control characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = [...base.normalize('NFC')]
    .filter((c) => c >= ' ' && c !== '\u007f')
    .join('')
    .trim();
  if (!name) throw DomainError.of(ErrorCode.REQUIRED, 'fileName', { en: 'Name the file.', vi: 'Hãy nhập tên tệp.' });
  if (name.length > 255) {
    throw DomainError.of(ErrorCode.TEXT_TOO_LONG, 'fileName', {
      en: `A file name has at most 255 characters; this one has ${name.length}.`,
      vi: `Tên tệp tối đa 255 ký tự; tên này có ${name.length} ký tự.`,
    });
  }
  return name;
}

/** A file about to be uploaded into a slot; `size` is the exact byte count the upload must send. */
export interface DocumentUploadRequest {
  nominationId: string;
  slot: DocumentSlot;
  fileName: string;
  contentType: string;
  size: number;
  /** A reviewing stage's own document (its tờ trình or biên bản), uploaded by a holder of its task. */
  stageKey?: string | null;
}

export interface DossierDeps {
  em: EntityManager;
  viewer: Viewer;
  config: AppConfig;
}

/**
 * Reserves the next version of a slot as a pending document and signs a short-lived link to PUT its
 * bytes to. Under the nomination's row lock, so two requests never take the same version.
 */
export function requestDocumentUpload(
  { em, viewer, config }: DossierDeps,
  input: DocumentUploadRequest,
  now = new Date(),
) {
  return em.transactional(async (tx) => {
    const nomination = await readableNomination(tx, viewer, input.nominationId, 'nominationId', true);
    const stageKey = input.stageKey?.trim() || null;
    if (stageKey) {
      await stageUploader(tx, viewer, nomination, stageKey, input.slot);
    } else {
      actorFor(viewer, Role.SUBMITTER, nomination.unit.path);
      assertDossierEditable(nomination.status);
    }
    const fileName = cleanFileName(input.fileName);
    const contentType = input.contentType.trim().toLowerCase();
    assertAcceptableFile(fileName, contentType, input.size);
    const latest = await tx.findOne(
      DossierDocument,
      { nomination, slot: input.slot, stageKey },
      { orderBy: { version: 'desc' } },
    );
    const document = tx.create(DossierDocument, {
      nomination,
      slot: input.slot,
      stageKey,
      version: (latest?.version ?? 0) + 1,
      fileName,
      contentType,
      size: input.size,
      storageKey: '',
      uploadedBy: tx.getReference(User, viewer.user.id),
    });
    document.storageKey = documentStorageKey(nomination.id, document.id);
    await tx.flush();
    const expiresAt = new Date(now.getTime() + config.uploadUrlTtlSeconds * 1000);
    const token = signUploadToken(document.id, config.jwtSecret, expiresAt);
    return { document, uploadUrl: `${publicBase(config)}/uploads/${token}`, expiresAt };
  });
}

/** The same slot of the same owner: the nominating unit's, or one reviewing stage's. */
const sameSlot = (a: DossierDocument, b: DossierDocument) => a.slot === b.slot && a.stageKey === b.stageKey;

/**
 * Stored documents of a nomination, by slot then version. `current`: the highest stored version of
 * each slot (the unit's and each stage's apart), and every evidence file (evidence accumulates).
 */
export async function listDocuments(em: EntityManager, nominationId: string, current: boolean) {
  const stored = await em.find(
    DossierDocument,
    { nomination: nominationId, storedAt: { $ne: null } },
    { orderBy: { slot: 'asc', version: 'asc' } },
  );
  if (!current) return stored;
  return stored.filter(
    (doc) => doc.slot === DocumentSlot.EVIDENCE || !stored.some((o) => sameSlot(o, doc) && o.version > doc.version),
  );
}

/** Whether a document is among `listDocuments(…, true)`. */
export async function isCurrent(em: EntityManager, document: DossierDocument): Promise<boolean> {
  if (!document.storedAt) return false;
  if (document.slot === DocumentSlot.EVIDENCE) return true;
  const newer = await em.count(DossierDocument, {
    nomination: document.nomination.id,
    slot: document.slot,
    stageKey: document.stageKey ?? null,
    version: { $gt: document.version },
    storedAt: { $ne: null },
  });
  return newer === 0;
}

/** A stored document the viewer may read: any role over the nomination's unit subtree. */
export async function readableDocument(em: EntityManager, viewer: Viewer, id: string) {
  const document = await findOrRefuse(em, DossierDocument, id, 'id', ['nomination.unit']);
  if (!document.storedAt)
    throw DomainError.of(ErrorCode.NOT_FOUND, 'id', {
      en: 'The document has no bytes yet.',
      vi: 'Tài liệu chưa được tải lên.',
    });
  assertCanRead(viewer, document.nomination.unit.path);
  return document;
}

/**
 * For submission: DOSSIER_INCOMPLETE naming every slot the nomination's dossier profile requires
 * (domain/dossier-profiles.ts, or its province's) without a stored document of the nominating unit.
 */
export async function assertDossierReady(em: EntityManager, nominationId: string): Promise<void> {
  const nomination = await em.findOneOrFail(Nomination, nominationId);
  const { slots } = await requiredSlotsFor(em, nomination);
  assertDossierComplete(await storedSlots(em, nominationId, null), slots);
}
