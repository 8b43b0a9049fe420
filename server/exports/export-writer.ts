import { vietnamToday } from '../auth/viewer';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { tableWriter, type TableColumn } from '../documents/table-file';
import { MAX_PAGE } from '../store/pagination';
import { ExportSubject, type ExportParameters } from './export-kinds';
import type { ExportSource } from './export-source';
import { monitoringExport } from './monitoring-export';
import { nominationExport } from './nomination-export';
import { registryExport } from './registry-export';
import { roundResultsExport } from './round-results-export';
import { taskExport } from './task-export';

// Each source fixes its own filter type; here they are looked up by subject.
export const EXPORT_SOURCES: Record<ExportSubject, ExportSource<any>> = {
  [ExportSubject.NOMINATIONS]: nominationExport,
  [ExportSubject.INBOX]: taskExport,
  [ExportSubject.ROUND_RESULTS]: roundResultsExport,
  [ExportSubject.REGISTRY]: registryExport,
  [ExportSubject.MONITORING]: monitoringExport,
};

const NUMBER_COLUMN: TableColumn = { header: 'STT', type: 'number', width: 6 };

/** The file name an officer sees: the list's name, the day (Vietnam time) and the extension. */
export function exportFileName(params: Pick<ExportParameters, 'subject' | 'format'>, at = new Date()): string {
  const day = vietnamToday(at).replace(/-/g, '');
  return `${EXPORT_SOURCES[params.subject].fileBase}-${day}.${params.format === 'XLSX' ? 'xlsx' : 'csv'}`;
}

export interface WriteProgress {
  /** Called after each batch with the rows written so far. */
  (written: number): Promise<void> | void;
}

/**
 * Writes the export's rows batch by batch, as the viewer sees them, each batch read through a fresh
 * fork of `em` that is cleared afterwards (a large export does not pile up entities). Answers the bytes
 * and how many rows were written.
 */
export async function writeExport(
  em: EntityManager,
  viewer: Viewer,
  params: ExportParameters,
  onBatch?: WriteProgress,
  batchSize = MAX_PAGE,
): Promise<{ bytes: Buffer; rows: number }> {
  const source = EXPORT_SOURCES[params.subject];
  const writer = tableWriter(params.format, {
    title: source.title(params.filter),
    sheetName: source.title(params.filter),
    columns: [NUMBER_COLUMN, ...source.columns],
  });
  const reader = em.fork({ clear: true });
  let written = 0;
  for await (const batch of source.batches(reader, viewer, params.filter, batchSize)) {
    writer.addRows(batch.map((cells) => [++written, ...cells]));
    reader.clear();
    await onBatch?.(written);
  }
  return { bytes: await writer.finish(), rows: written };
}
