import type { EntityManager } from '@mikro-orm/postgresql';
import { GeneratedFileKind } from '../../../domain/document-enums';
import type { Viewer } from '../../auth/viewer';
import { yearlyReportPdf } from '../../documents/yearly-report/yearly-report-pdf';
import { yearlyReportXlsx } from '../../documents/yearly-report/yearly-report-xlsx';
import type { GeneratedFile } from '../../entities/generated-file.entity';
import type { DocumentStorage } from '../../storage/document-storage';
import { CONTENT_TYPES, saveGeneratedFile } from '../generated-file.service';
import { buildYearlyForm } from './yearly-report-form';
import { yearlyStatistics } from './yearly-statistics.service';

export enum YearlyReportFormat {
  XLSX = 'XLSX',
  PDF = 'PDF',
}

/**
 * The yearly report of a unit as a file: the statistics counted now, laid out on the ministry's form, stored
 * and downloadable by whoever may read the unit. Small enough to produce within the request.
 */
export async function yearlyReport(
  em: EntityManager,
  storage: DocumentStorage,
  viewer: Viewer,
  input: { unitId: string; year: number; format: YearlyReportFormat },
): Promise<GeneratedFile> {
  const stats = await yearlyStatistics(em, viewer, input.unitId, input.year);
  const form = buildYearlyForm(stats);
  const pdf = input.format === YearlyReportFormat.PDF;
  const bytes = pdf ? await yearlyReportPdf(form, stats) : await yearlyReportXlsx(form);
  const extension = pdf ? 'pdf' : 'xlsx';
  return saveGeneratedFile(
    em,
    storage,
    {
      kind: GeneratedFileKind.YEARLY_REPORT,
      unitId: stats.unit.id,
      requestedById: viewer.user.id,
      parameters: { year: input.year, format: input.format },
      fileName: `bao-cao-thong-ke-thi-dua-khen-thuong-nam-${input.year}-${stats.unit.code}.${extension}`,
      contentType: CONTENT_TYPES[extension],
    },
    bytes,
  );
}
