import { PovertyTargetKind, PovertyTargetStatus } from '../../domain/poverty-enums';
import { roundRate } from '../../domain/poverty-rules';
import type { PovertyProgressRow, TargetProgressRow } from '../services/poverty-progress.service';
import type { BarChart } from './bar-chart';
import { drawBarChart } from './bar-chart';
import { formatCount } from './bar-chart-layout';
import { createPdf, mm, pdfBytes } from './pdf-document';
import { tableFile, type CellValue, type TableColumn } from './table-file';

/** The poverty report of a district or province: one line per unit and target, and a chart of the rates. */
export interface PovertyReportInput {
  title: string;
  campaignName: string;
  unitName: string;
  year: number;
  rows: PovertyProgressRow[];
}

export const STATUS_VI: Record<PovertyTargetStatus, string> = {
  [PovertyTargetStatus.MET]: 'Đạt',
  [PovertyTargetStatus.NOT_MET]: 'Chưa đạt',
  [PovertyTargetStatus.NOT_YET_DUE]: 'Chưa đến hạn',
  [PovertyTargetStatus.NO_DATA]: 'Chưa có số liệu',
};

export const REPORT_COLUMNS: TableColumn[] = [
  { header: 'STT', type: 'number', width: 6 },
  { header: 'Mã đơn vị', width: 10 },
  { header: 'Đơn vị', width: 28 },
  { header: 'Tổng số hộ', type: 'number', width: 12 },
  { header: 'Số hộ nghèo', type: 'number', width: 12 },
  { header: 'Tỷ lệ hộ nghèo (%)', type: 'number', width: 14 },
  { header: 'Chỉ tiêu', width: 44 },
  { header: 'Năm so sánh', type: 'number', width: 12 },
  { header: 'Số liệu năm so sánh', type: 'number', width: 14 },
  { header: 'Yêu cầu', type: 'number', width: 12 },
  { header: 'Đơn vị tính', width: 10 },
  { header: 'Kết quả', width: 16 },
];

/** 2,5 and 0,06: two decimals at most, a decimal comma, thousands grouped with dots. */
const decimal = (value: number) => {
  const [whole, fraction] = (Math.round(value * 100) / 100).toFixed(2).split('.');
  const digits = fraction.replace(/0+$/, '');
  return `${formatCount(Number(whole))}${digits ? `,${digits}` : ''}`;
};

/** The target in the words an officer uses. */
export function targetLabel(t: TargetProgressRow['target']): string {
  switch (t.kind) {
    case PovertyTargetKind.YEARLY_RATE_REDUCTION: {
      const high =
        t.highRateThreshold !== null && t.highRateThreshold !== undefined && t.highRateReductionPoints
          ? `; nơi tỷ lệ trên ${decimal(t.highRateThreshold)}%: từ ${decimal(t.highRateReductionPoints)}%/năm`
          : '';
      return `Giảm tỷ lệ hộ nghèo từ ${decimal(t.reductionPoints ?? 0)}%/năm${high}`;
    }
    case PovertyTargetKind.NO_POOR_BY_YEAR:
      return t.maxRatePercent
        ? `Cơ bản không còn hộ nghèo (tỷ lệ không quá ${decimal(t.maxRatePercent)}%) từ năm ${t.targetYear}`
        : `Không còn hộ nghèo từ cuối năm ${t.targetYear}`;
    case PovertyTargetKind.REDUCTION_VS_BASE:
      return `Hộ nghèo giảm ${t.strict ? 'trên' : 'từ'} ${decimal(t.reductionPercent ?? 0)}% so với năm ${t.baseYear} (cuối năm ${t.targetYear})`;
  }
}

const rounded = (value: number | null | undefined, measure: string) =>
  value === null || value === undefined
    ? null
    : measure === 'RATE_PERCENT'
      ? roundRate(value)
      : Math.round(value * 100) / 100;

/** The table's lines: a unit with several targets takes a line per target; one without any, a single line. */
export function reportLines(rows: PovertyProgressRow[]): CellValue[][] {
  const lines: CellValue[][] = [];
  rows.forEach((row, i) => {
    const unit = [i + 1, row.unit.code, row.unit.name, row.figures?.households, row.figures?.poorHouseholds];
    const rate = row.rate === null ? null : roundRate(row.rate);
    if (!row.targets.length) lines.push([...unit, rate, 'Không có chỉ tiêu áp dụng', null, null, null, null, null]);
    for (const t of row.targets)
      lines.push([
        ...unit,
        rate,
        targetLabel(t.target),
        t.comparedYear,
        rounded(t.base, t.measure),
        rounded(t.required, t.measure),
        t.measure === 'RATE_PERCENT' ? '%' : 'hộ',
        STATUS_VI[t.status],
      ]);
  });
  return lines;
}

/** Rates of the units below the report's unit (the unit alone if it has none), the year before and the year. */
export function povertyChart(input: PovertyReportInput, previous: Map<string, number | null>): BarChart {
  const units = input.rows.length > 1 ? input.rows.slice(1) : input.rows;
  return {
    title: `Tỷ lệ hộ nghèo năm ${input.year - 1} và năm ${input.year} – ${input.unitName}`,
    categories: units.map((r) => r.unit.name),
    series: [
      { name: `Cuối năm ${input.year - 1}`, values: units.map((r) => roundRate(previous.get(r.unit.id) ?? 0)) },
      { name: `Cuối năm ${input.year}`, values: units.map((r) => roundRate(r.rate ?? 0)) },
    ],
    unitLabel: 'Tỷ lệ hộ nghèo (%)',
  };
}

export function povertyReportXlsx(input: PovertyReportInput): Promise<Buffer> {
  return tableFile(
    'XLSX',
    { title: input.title, sheetName: `Giảm nghèo ${input.year}`, columns: REPORT_COLUMNS },
    reportLines(input.rows),
  );
}

const PDF_WIDTHS = [26, 38, 120, 48, 44, 44, 184, 40, 48, 44, 30, 56];
const YEAR_COLUMN = 7;

/** A4 landscape: title, the table, then the chart on its own page. */
export async function povertyReportPdf(input: PovertyReportInput, chart: BarChart): Promise<Buffer> {
  const margins = { top: mm(20), bottom: mm(15), left: mm(20), right: mm(15) };
  const doc = createPdf({ layout: 'landscape', margins, title: input.title });
  const left = margins.left;
  doc.font('bold').fontSize(14).text(input.title, { align: 'center' });
  doc.font('italic').fontSize(11).text(`Phong trào thi đua “${input.campaignName}”`, { align: 'center' }).moveDown(0.8);
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: PDF_WIDTHS[i] - 4 }))) + 6;
    if (doc.y + height > doc.page.height - margins.bottom) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.rect(x, top, PDF_WIDTHS[i], height).lineWidth(0.5).stroke('#000000');
      doc.text(c, x + 2, top + 3, {
        width: PDF_WIDTHS[i] - 4,
        align: i >= 3 && i !== 6 && i !== 11 && i !== 10 ? 'right' : 'left',
      });
      x += PDF_WIDTHS[i];
    });
    doc.x = left;
    doc.y = top + height;
  };
  row(
    REPORT_COLUMNS.map((c) => c.header),
    true,
  );
  // A year is written as is ("2021"), other numbers the Vietnamese way ("3.200", "0,73").
  const cell = (v: CellValue, column: number) =>
    v === null || v === undefined
      ? ''
      : typeof v !== 'number'
        ? String(v)
        : column === YEAR_COLUMN
          ? String(v)
          : Number.isInteger(v)
            ? formatCount(v)
            : decimal(v);
  for (const line of reportLines(input.rows))
    row(
      line.map((v, i) => cell(v, i)),
      false,
    );
  doc.addPage();
  const width = doc.page.width - margins.left - margins.right;
  drawBarChart(doc, chart, {
    x: left,
    y: margins.top,
    width,
    height: doc.page.height - margins.top - margins.bottom - mm(10),
  });
  return pdfBytes(doc);
}
