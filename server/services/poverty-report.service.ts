import type { EntityManager } from '@mikro-orm/postgresql';
import { GeneratedFileKind } from '../../domain/document-enums';
import type { PovertyReportFormat } from '../../domain/poverty-enums';
import { povertyMessages as M, render } from '../../domain/messages';
import { povertyRate } from '../../domain/poverty-rules';
import { assertCanRead } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { povertyChart, povertyReportPdf, povertyReportXlsx } from '../documents/poverty-report';
import type { DocumentStorage } from '../storage/document-storage';
import { loadPovertyBook } from '../store/poverty-counts';
import { findOrRefuse } from '../store/load';
import { CONTENT_TYPES, saveGeneratedFile } from './generated-file.service';
import { povertyProgress } from './poverty-progress.service';

/** povertyReport: the table and chart of a district's or province's units, stored as a POVERTY_REPORT file. */
export async function povertyReport(
  deps: { em: EntityManager; viewer: Viewer; storage: DocumentStorage },
  input: { campaignId: string; unitId: string; year: number; format: PovertyReportFormat },
) {
  const campaign = await findOrRefuse(deps.em, Campaign, input.campaignId, 'campaignId');
  const unit = await findOrRefuse(deps.em, AdminUnit, input.unitId, 'unitId');
  assertCanRead(deps.viewer, unit.path);
  const rows = await povertyProgress(deps, campaign.id, unit.id, input.year);
  const report = {
    title: render(M.reportTitle, { unit: unit.name, year: input.year }).vi,
    campaignName: campaign.name,
    unitName: unit.name,
    year: input.year,
    rows,
  };
  const book = await loadPovertyBook(
    deps.em,
    rows.map((r) => r.unit),
    [input.year - 1],
  );
  const previous = new Map(
    rows.map((r) => {
      const got = book.figuresOf(r.unit.id, input.year - 1);
      return [r.unit.id, got ? povertyRate(got.figures) : null];
    }),
  );
  const pdf = input.format === 'PDF';
  const bytes = pdf ? await povertyReportPdf(report, povertyChart(report, previous)) : await povertyReportXlsx(report);
  const extension = pdf ? 'pdf' : 'xlsx';
  const file = await saveGeneratedFile(
    deps.em,
    deps.storage,
    {
      kind: GeneratedFileKind.POVERTY_REPORT,
      unitId: unit.id,
      requestedById: deps.viewer.user.id,
      parameters: { campaignId: campaign.id, year: input.year, format: input.format },
      fileName: `bao-cao-giam-ngheo-${unit.code}-${input.year}.${extension}`,
      contentType: CONTENT_TYPES[extension],
    },
    bytes,
  );
  return { file };
}
