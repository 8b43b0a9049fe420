import type { YearlyForm } from '../../services/reports/yearly-report-form';
import type { YearlyStatistics } from '../../services/reports/yearly-statistics.service';
import { drawBarChart, type BarChart } from '../bar-chart';
import { createPdf, mm, pdfBytes } from '../pdf-document';
import { drawYearlyTable } from './yearly-report-pdf-table';

/** A statistical form, not an administrative document: narrower margins than Decree 30 so the table fits. */
const MARGINS = { top: mm(12), bottom: mm(12), left: mm(12), right: mm(12) };
const CHART_HEIGHT = 250;
/** More movements than this are summed into one "Phong trào khác" series to keep the chart legible. */
const MAX_SERIES = 6;

/** Awards per subordinate unit (categories) and movement (series). */
export function yearlyChart(stats: YearlyStatistics): BarChart {
  const units = stats.byUnit.filter((u) => u.total > 0);
  const movements = [...stats.byMovement].sort((a, b) => b.total - a.total).filter((m) => m.total > 0);
  const shown = movements.length > MAX_SERIES ? movements.slice(0, MAX_SERIES - 1) : movements;
  const rest = movements.slice(shown.length).map((m) => m.label);
  const count = (unitKey: string, names: string[]) =>
    stats.byUnitAndMovement
      .filter((x) => x.unitKey === unitKey && names.includes(x.movement))
      .reduce((sum, x) => sum + x.count, 0);
  const series = shown.map((m) => ({ name: m.label, values: units.map((u) => count(u.key, [m.label])) }));
  if (rest.length) series.push({ name: 'Phong trào khác', values: units.map((u) => count(u.key, rest)) });
  return {
    title: `Số lượt khen thưởng năm ${stats.year} theo đơn vị và phong trào thi đua`,
    categories: units.map((u) => u.label.replace(/ \(đơn vị trực tiếp đề nghị\)$/, ' (trực tiếp)')),
    series: series.length ? series : [{ name: 'Tổng số', values: units.map((u) => u.total) }],
    unitLabel: 'Số lượt',
  };
}

function header(doc: PDFKit.PDFDocument, form: YearlyForm): number {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const half = width * 0.5;
  const top = doc.page.margins.top;
  doc.font('bold').fontSize(10).text(form.formNumber, left, top, { width: half });
  doc.font('italic').fontSize(9).text(form.basis, { width: half });
  doc.font('regular').fontSize(9).text(form.reception, { width: half });
  const leftBottom = doc.y;
  doc
    .font('bold')
    .fontSize(10)
    .text(`Đơn vị báo cáo: ${form.reportingUnit}`, left + half, top, { width: half, align: 'center' });
  doc.font('regular').fontSize(9).text(`Đơn vị nhận báo cáo: ${form.receivingUnit}`, { width: half, align: 'center' });
  const y = Math.max(leftBottom, doc.y) + 8;
  doc.font('bold').fontSize(14).text(form.title, left, y, { width, align: 'center' });
  doc.font('italic').fontSize(11).text(form.period, { width, align: 'center' });
  return doc.y + 6;
}

function signatures(doc: PDFKit.PDFDocument, form: YearlyForm, top: number): number {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  let y = top + 10;
  if (y + 60 > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  const third = width / 3;
  doc
    .font('italic')
    .fontSize(10)
    .text(form.signatures.place, left + 2 * third, y, { width: third, align: 'center' });
  const row = doc.y + 2;
  doc.font('bold').fontSize(10).text(form.signatures.left[0], left, row, { width: third, align: 'center' });
  doc.font('italic').fontSize(9).text(form.signatures.left[1], { width: third, align: 'center' });
  doc
    .font('bold')
    .fontSize(10)
    .text(form.signatures.right[0], left + 2 * third, row, { width: third, align: 'center' });
  doc.font('italic').fontSize(9).text(form.signatures.right[1], { width: third, align: 'center' });
  return doc.y + 50;
}

/** Landscape A4: the form's header and table, the signatures, then the chart (on a new page if it does not fit). */
export async function yearlyReportPdf(form: YearlyForm, stats: YearlyStatistics): Promise<Buffer> {
  const doc = createPdf({
    layout: 'landscape',
    margins: MARGINS,
    title: `${form.title} – ${form.period} – ${form.reportingUnit}`,
  });
  const tableBottom = drawYearlyTable(doc, form, header(doc, form));
  let y = signatures(doc, form, tableBottom);
  const chart = yearlyChart(stats);
  if (!chart.categories.length) {
    // Nothing to draw: say so rather than print an empty page of axes.
    doc
      .font('italic')
      .fontSize(10)
      .text(`Năm ${stats.year} không có khen thưởng nào; không có biểu đồ.`, doc.page.margins.left, y);
    return pdfBytes(doc);
  }
  if (y + CHART_HEIGHT > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  drawBarChart(doc, chart, { x: left, y, width, height: CHART_HEIGHT });
  return pdfBytes(doc);
}
