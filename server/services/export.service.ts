import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { GeneratedFileKind } from '../../domain/document-enums';
import { EXPORT_WORKFLOW, exportWorkflowId, type ExportInput } from '../../workflows/export.messages';
import { forbidden } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import { TABLE_CONTENT_TYPES } from '../documents/table-file';
import { GeneratedFile } from '../entities/generated-file.entity';
import { ExportFormat, ExportSubject, type ExportParameters } from '../exports/export-kinds';
import { EXPORT_SOURCES, exportFileName, writeExport } from '../exports/export-writer';
import type { DocumentStorage } from '../storage/document-storage';
import { paginate, type PageRequest } from '../store/pagination';
import { failGeneratedFile, newGeneratedFile, saveGeneratedFile } from './generated-file.service';
import { exportStartAttributes } from '../temporal/start-search-attributes';

export interface ExportDeps {
  em: EntityManager;
  viewer: Viewer;
  storage: DocumentStorage;
  temporal: Client;
  config: Pick<AppConfig, 'taskQueue' | 'exportInlineRows'>;
}

/** The unit an export is filed under when its filter names none: the viewer's widest unit. */
function viewerUnitId(viewer: Viewer): string {
  const widest = [...viewer.roles].sort((a, b) => a.unitPath.length - b.unitPath.length)[0];
  if (!widest) throw forbidden('You hold no role in any unit.', 'Bạn chưa được giao vai trò ở đơn vị nào.');
  return widest.unitId;
}

/**
 * Exports a list as the viewer sees it through its query, with the same filters. Counted first:
 * up to `config.exportInlineRows` rows the file is written now and comes back READY; a larger
 * one comes back PENDING and the workflow `export:<fileId>` writes it, then notifies the viewer.
 */
export async function requestExport(
  deps: ExportDeps,
  subject: ExportSubject,
  filter: Record<string, unknown>,
  format: ExportFormat,
): Promise<GeneratedFile> {
  const { em, viewer } = deps;
  const source = EXPORT_SOURCES[subject];
  // The count runs the list's own checks: an unknown unit or a round out of sight refuses here.
  const rows = await source.count(em.fork(), viewer, filter);
  const parameters: ExportParameters = { subject, format, filter: { ...filter }, rows };
  const spec = {
    kind: GeneratedFileKind.EXPORT,
    unitId: source.unitId?.(filter) ?? viewerUnitId(viewer),
    requestedById: viewer.user.id,
    roundId: subject === ExportSubject.ROUND_RESULTS ? String(filter.roundId) : null,
    parameters: parameters as unknown as Record<string, unknown>,
    fileName: exportFileName(parameters),
    contentType: TABLE_CONTENT_TYPES[format],
  };
  if (rows <= deps.config.exportInlineRows) {
    const { bytes } = await writeExport(em, viewer, parameters);
    return saveGeneratedFile(em, deps.storage, spec, bytes);
  }
  const file = newGeneratedFile(em, spec);
  await em.flush();
  try {
    await deps.temporal.workflow.start(EXPORT_WORKFLOW, {
      workflowId: exportWorkflowId(file.id),
      taskQueue: deps.config.taskQueue,
      args: [{ fileId: file.id }] as [ExportInput],
      typedSearchAttributes: await exportStartAttributes(em, spec.unitId),
    });
  } catch (error) {
    await failGeneratedFile(em, file.id, error instanceof Error ? error.message : String(error));
    throw error;
  }
  return file;
}

/** The viewer's own exports, newest first. */
export function myExports(em: EntityManager, viewer: Viewer, page: PageRequest) {
  return paginate(em, GeneratedFile, { requestedBy: viewer.user.id, kind: GeneratedFileKind.EXPORT }, page);
}
