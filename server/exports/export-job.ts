import type { EntityManager } from '@mikro-orm/postgresql';
import { GeneratedFileStatus } from '../../domain/document-enums';
import { NotificationKind } from '../../domain/enums';
import { exportMessages as M } from '../../domain/messages/export.messages';
import { loadViewer } from '../auth/viewer';
import { GeneratedFile } from '../entities/generated-file.entity';
import { failGeneratedFile, setGeneratedFileProgress, storeGeneratedBytes } from '../services/generated-file.service';
import type { DocumentStorage } from '../storage/document-storage';
import { notify } from '../store/notifications';
import type { ExportParameters } from './export-kinds';
import { EXPORT_SOURCES, writeExport } from './export-writer';

/** The requester left or lost every role: there is nobody to produce the export for. */
export class ExportRequesterGoneError extends Error {
  override name = 'ExportRequesterGoneError';
}

/**
 * Produces a PENDING export in the background: as its requester sees the rows now, batch by batch
 * with `progress`, then stores it and tells the requester where to download it. A retry after
 * a crash starts the file again; a file already READY only (re)sends the notice, which its key sends once.
 */
export async function produceExportFile(
  em: EntityManager,
  storage: DocumentStorage,
  fileId: string,
  options: { batchSize?: number; heartbeat?: (written: number) => void } = {},
): Promise<{ rows: number }> {
  let file = await em.findOneOrFail(GeneratedFile, fileId, { populate: ['requestedBy'] });
  const params = file.parameters as unknown as ExportParameters;
  let rows = params.rows;
  if (file.status !== GeneratedFileStatus.READY) {
    const viewer = file.requestedBy && (await loadViewer(em, file.requestedBy.id));
    if (!viewer) throw new ExportRequesterGoneError(`The requester of export ${fileId} is no longer active.`);
    await setGeneratedFileProgress(em, fileId, 0);
    const expected = Math.max(1, params.rows);
    const written = await writeExport(
      em,
      viewer,
      params,
      async (done) => {
        options.heartbeat?.(done);
        // Never 1 before the bytes are stored: pollers take 1 for ready.
        await setGeneratedFileProgress(em, fileId, Math.min(0.99, done / expected));
      },
      options.batchSize,
    );
    rows = written.rows;
    file = await storeGeneratedBytes(em, storage, file, written.bytes);
  }
  const path = `/files/${file.id}`;
  const title = EXPORT_SOURCES[params.subject].title(params.filter);
  const heading = M.readyTitle;
  const body = { fileName: file.fileName, rows, path };
  await notify(em, {
    key: `file:${file.id}:ready`,
    recipients: [file.requestedBy!.id],
    kind: NotificationKind.FILE_READY,
    titleVi: heading.vi({ title }),
    titleEn: heading.en({ title }),
    bodyVi: M.readyBody.vi(body),
    bodyEn: M.readyBody.en(body),
  });
  return { rows };
}

/** The export failed for good: its row says why, and pollers stop waiting. */
export function failExportFile(em: EntityManager, fileId: string, error: string): Promise<void> {
  return failGeneratedFile(em, fileId, error);
}
