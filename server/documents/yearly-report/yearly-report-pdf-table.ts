import type { FormRow, YearlyForm } from '../../services/reports/yearly-report-form';
import { formatCount } from '../bar-chart';

const HEAD_SIZE = 6.5;
const BODY_SIZE = 8;
const PAD = 2;

interface Columns {
  x: number[];
  width: number[];
}

/** Label, Mã số, Đơn vị tính and Tổng số get fixed widths; the awards share what is left. */
function columns(form: YearlyForm, left: number, width: number): Columns {
  const fixed = [150, 26, 36, 34];
  const rest = Math.max(0, width - fixed.reduce((a, b) => a + b, 0));
  const each = form.awardNames.length ? rest / form.awardNames.length : 0;
  const widths = [...fixed, ...form.awardNames.map(() => each)];
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), left);
  return { x: xs, width: widths };
}

function cellText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  height: number,
  options: { bold?: boolean; size: number; align: 'left' | 'center' | 'right' },
) {
  doc.font(options.bold ? 'bold' : 'regular').fontSize(options.size);
  const textHeight = doc.heightOfString(text, { width: width - 2 * PAD });
  const top = y + Math.max(PAD, (height - textHeight) / 2);
  doc.text(text, x + PAD, top, { width: width - 2 * PAD, align: options.align, lineGap: 0 });
}

const box = (doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number) =>
  doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#000000').stroke();

/** The merged header: Tổng số / Chia ra / level groups / award names, then the A, B, C, 1… row. Returns its bottom. */
function drawHeader(doc: PDFKit.PDFDocument, form: YearlyForm, c: Columns, top: number): number {
  doc.font('bold').fontSize(HEAD_SIZE);
  const nameHeight = Math.max(
    24,
    ...form.awardNames.map((n, i) => doc.heightOfString(n, { width: c.width[4 + i] - 2 * PAD }) + 2 * PAD),
  );
  const groupHeight = Math.max(
    16,
    ...form.groups.map((g, gi) => {
      const start = 4 + form.groups.slice(0, gi).reduce((s, x) => s + x.span, 0);
      const width = c.width.slice(start, start + g.span).reduce((a, b) => a + b, 0);
      return doc.heightOfString(g.label, { width: width - 2 * PAD }) + 2 * PAD;
    }),
  );
  const rows = [14, groupHeight, nameHeight];
  const height = rows.reduce((a, b) => a + b, 0);
  const opts = { bold: true, size: HEAD_SIZE + 1, align: 'center' as const };
  ['', 'Mã số', 'Đơn vị tính', 'Tổng số'].forEach((label, i) => {
    box(doc, c.x[i], top, c.width[i], height);
    cellText(doc, label, c.x[i], top, c.width[i], height, opts);
  });
  const awardsWidth = c.width.slice(4).reduce((a, b) => a + b, 0);
  if (form.awardNames.length) {
    box(doc, c.x[4], top, awardsWidth, rows[0]);
    cellText(doc, 'Chia ra', c.x[4], top, awardsWidth, rows[0], opts);
    let col = 4;
    for (const group of form.groups) {
      const width = c.width.slice(col, col + group.span).reduce((a, b) => a + b, 0);
      box(doc, c.x[col], top + rows[0], width, rows[1]);
      cellText(doc, group.label, c.x[col], top + rows[0], width, rows[1], { ...opts, size: HEAD_SIZE });
      col += group.span;
    }
    form.awardNames.forEach((name, i) => {
      box(doc, c.x[4 + i], top + rows[0] + rows[1], c.width[4 + i], rows[2]);
      cellText(doc, name, c.x[4 + i], top + rows[0] + rows[1], c.width[4 + i], rows[2], { ...opts, size: HEAD_SIZE });
    });
  }
  const keysTop = top + height;
  form.columnKeys.forEach((key, i) => {
    box(doc, c.x[i], keysTop, c.width[i], 11);
    cellText(doc, key, c.x[i], keysTop, c.width[i], 11, { bold: true, size: HEAD_SIZE, align: 'center' });
  });
  return keysTop + 11;
}

function rowHeight(doc: PDFKit.PDFDocument, row: FormRow, c: Columns): number {
  doc.font(row.style === 'item' ? 'regular' : 'bold').fontSize(BODY_SIZE);
  return Math.max(13, doc.heightOfString(row.label, { width: c.width[0] - 2 * PAD }) + 2 * PAD);
}

/**
 * Draws the form's table from `top`, repeating the header on each new page. Returns the y below the table
 * (on the page it ends on).
 */
export function drawYearlyTable(doc: PDFKit.PDFDocument, form: YearlyForm, top: number): number {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const c = columns(form, left, width);
  let y = drawHeader(doc, form, c, top);
  for (const row of form.rows) {
    const h = rowHeight(doc, row, c);
    if (y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = drawHeader(doc, form, c, doc.page.margins.top);
    }
    const bold = row.style !== 'item';
    const values = [
      row.label,
      row.code,
      row.measure,
      row.total === null ? '' : formatCount(row.total),
      ...row.counts.map((n) => (n === null ? '' : formatCount(n))),
    ];
    values.forEach((value, i) => {
      box(doc, c.x[i], y, c.width[i], h);
      cellText(doc, value, c.x[i], y, c.width[i], h, { bold, size: BODY_SIZE, align: i === 0 ? 'left' : 'center' });
    });
    y += h;
  }
  return y;
}
