import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { GeneratedFileKind, GeneratedFileStatus } from '../../domain/document-enums';
import { documentMessages as M, refusal } from '../../domain/messages';
import { assertCanRead, canReadUnit } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { CommendationRound } from '../entities/commendation-round.entity';
import { GeneratedFile } from '../entities/generated-file.entity';
import { User } from '../entities/user.entity';
import { assertStorageKey, ObjectExistsError, type DocumentStorage } from '../storage/document-storage';
import { findOrRefuse } from '../store/load';

/** What a generated file is about and who may download it. */
export interface GeneratedFileSpec {
  kind: GeneratedFileKind;
  /** Whoever holds a role over this unit (or above it) may download, except exports (the requester only). */
  unitId: string;
  sharedWithUnitIds?: string[];
  requestedById?: string | null;
  roundId?: string | null;
  parameters?: Record<string, unknown>;
  fileName: string;
  contentType: string;
}

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** A PENDING row for a file a job will produce (persisted, not flushed). */
export function newGeneratedFile(em: EntityManager, spec: GeneratedFileSpec): GeneratedFile {
  return em.create(GeneratedFile, {
    kind: spec.kind,
    unit: em.getReference(AdminUnit, spec.unitId),
    sharedWithUnitIds: spec.sharedWithUnitIds ?? [],
    requestedBy: spec.requestedById ? em.getReference(User, spec.requestedById) : null,
    round: spec.roundId ? em.getReference(CommendationRound, spec.roundId) : null,
    parameters: spec.parameters ?? {},
    fileName: spec.fileName,
    contentType: spec.contentType,
  });
}

/**
 * Writes the bytes under `files/<id>` and marks the file READY with their size and SHA-256. A retry
 * after a crash between the write and the commit finds the object there and keeps it.
 */
export async function storeGeneratedBytes(
  em: EntityManager,
  storage: DocumentStorage,
  file: GeneratedFile,
  bytes: Buffer,
): Promise<GeneratedFile> {
  const key = `files/${file.id}`;
  assertStorageKey(key);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await storage.put(key, Readable.from([bytes]), { maxBytes: bytes.length }).catch((error: unknown) => {
    if (!(error instanceof ObjectExistsError)) throw error;
  });
  Object.assign(file, {
    storageKey: key,
    size: bytes.length,
    sha256,
    status: GeneratedFileStatus.READY,
    progress: 1,
    error: null,
    readyAt: new Date(),
  });
  await em.flush();
  return file;
}

/** Creates and stores a file in one step, for documents produced at once. */
export async function saveGeneratedFile(
  em: EntityManager,
  storage: DocumentStorage,
  spec: GeneratedFileSpec,
  bytes: Buffer,
): Promise<GeneratedFile> {
  return storeGeneratedBytes(em, storage, newGeneratedFile(em, spec), bytes);
}

/** Progress of a background job (0–1), written straight away so pollers see it. */
export async function setGeneratedFileProgress(em: EntityManager, id: string, progress: number): Promise<void> {
  const share = Math.max(0, Math.min(1, progress));
  await em.nativeUpdate(GeneratedFile, { id }, { status: GeneratedFileStatus.RUNNING, progress: share });
}

export async function failGeneratedFile(em: EntityManager, id: string, error: string): Promise<void> {
  await em.nativeUpdate(GeneratedFile, { id }, { status: GeneratedFileStatus.FAILED, error: error.slice(0, 2000) });
}

/** Whether the viewer may see the file's row: its requester, or a role over its unit or a unit it is shared with. */
export function canSeeGeneratedFile(viewer: Viewer, file: GeneratedFile, sharedPaths: string[]): boolean {
  if (file.requestedBy?.id === viewer.user.id) return true;
  if (file.kind === GeneratedFileKind.EXPORT) return false;
  return [file.unit.path, ...sharedPaths].some((path) => canReadUnit(viewer, path));
}

/** The file row for a viewer allowed to see it; FORBIDDEN otherwise. */
export async function visibleGeneratedFile(em: EntityManager, viewer: Viewer, id: string): Promise<GeneratedFile> {
  const file = await findOrRefuse(em, GeneratedFile, id, 'id', ['unit']);
  const sharedPaths = file.sharedWithUnitIds.length
    ? (await em.find(AdminUnit, { id: { $in: file.sharedWithUnitIds } }, { fields: ['path'] })).map((u) => u.path)
    : [];
  if (canSeeGeneratedFile(viewer, file, sharedPaths)) return file;
  if (file.kind === GeneratedFileKind.EXPORT) throw refusal(M.notRequester);
  assertCanRead(viewer, file.unit.path);
  return file;
}

/** A READY file the viewer may download. */
export async function downloadableGeneratedFile(em: EntityManager, viewer: Viewer, id: string) {
  const file = await visibleGeneratedFile(em, viewer, id);
  if (file.status === GeneratedFileStatus.FAILED) throw refusal(M.fileFailed, {}, 'id');
  if (file.status !== GeneratedFileStatus.READY || !file.storageKey) throw refusal(M.fileNotReady, {}, 'id');
  return file;
}
