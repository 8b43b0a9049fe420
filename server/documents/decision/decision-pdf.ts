import { DRAFT_MARK, moneyVi, NATIONAL_MOTTO, NATIONAL_TITLE } from '../../../domain/decision-document';
import type { FontFace } from '../fonts';
import { createPdf, mm, pdfBytes } from '../pdf-document';
import type { DecisionData } from './decision-data';

/** Decree 30/2020 annex I in points: body 13 (13–14), header 13, Quốc hiệu 12–13, Nơi nhận 12 and 11. */
const BODY = 13;
const HEADER = 13;
const LEADING = 3;

type Doc = PDFKit.PDFDocument;

const frame = (doc: Doc) => ({
  left: doc.page.margins.left,
  width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
  bottom: doc.page.height - doc.page.margins.bottom,
});

/** Centred lines in a column from `y`; returns the y below them. */
function centred(
  doc: Doc,
  lines: { text: string; face: FontFace; size: number }[],
  x: number,
  width: number,
  y: number,
) {
  for (const line of lines) {
    doc.font(line.face).fontSize(line.size).text(line.text, x, y, { width, align: 'center', lineGap: 1 });
    y = doc.y;
  }
  return y;
}

/** A short rule centred under a line, as the header draws under the issuer and the motto. */
function rule(doc: Doc, centreX: number, y: number, length: number) {
  doc
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

function header(doc: Doc, d: DecisionData) {
  const { left, width } = frame(doc);
  const top = doc.page.margins.top;
  const leftWidth = width * 0.4;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;
  let yLeft = centred(
    doc,
    d.header.map((h) => ({ text: h.text, face: h.bold ? 'bold' : 'regular', size: HEADER })),
    left,
    leftWidth,
    top,
  );
  rule(doc, left + leftWidth / 2, yLeft + 3, leftWidth / 3);
  let yRight = centred(doc, [{ text: NATIONAL_TITLE, face: 'bold', size: 12 }], rightX, rightWidth, top);
  yRight = centred(doc, [{ text: NATIONAL_MOTTO, face: 'bold', size: HEADER }], rightX, rightWidth, yRight);
  rule(doc, rightX + rightWidth / 2, yRight + 3, doc.font('bold').fontSize(HEADER).widthOfString(NATIONAL_MOTTO));
  const row = Math.max(yLeft, yRight) + 8;
  yLeft = centred(doc, [{ text: d.numberLine, face: 'regular', size: HEADER }], left, leftWidth, row);
  yRight = centred(doc, [{ text: d.placeAndDate, face: 'italic', size: BODY }], rightX, rightWidth, row);
  if (d.draft) {
    const w = doc.font('bold').fontSize(BODY).widthOfString(DRAFT_MARK) + 12;
    doc
      .rect(left, top - 26, w, 20)
      .lineWidth(1)
      .stroke();
    doc.text(DRAFT_MARK, left, top - 22, { width: w, align: 'center' });
  }
  return Math.max(yLeft, yRight) + 18;
}

function paragraph(doc: Doc, runs: { text: string; face: FontFace }[], y: number, opts: { centre?: boolean } = {}) {
  const { left, width } = frame(doc);
  doc.fontSize(BODY);
  runs.forEach((r, i) => {
    const options = {
      width,
      align: opts.centre ? ('center' as const) : ('justify' as const),
      indent: opts.centre || i > 0 ? 0 : mm(12.7),
      lineGap: LEADING,
      continued: i < runs.length - 1,
    };
    doc.font(r.face);
    if (i === 0) doc.text(r.text, left, y, options);
    else doc.text(r.text, options);
  });
  return doc.y + 4;
}

/** Nơi nhận on the left, the signature block on the right. */
function signature(doc: Doc, d: DecisionData, y: number) {
  const { left, width, bottom } = frame(doc);
  // The block keeps together: Nơi nhận or the signature (its lines, the space to sign, the name), whichever is taller.
  const needed = Math.max(14 + d.recipients.length * 13, (d.signature.length + 2) * (BODY + 4) + 60);
  if (y + needed > bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  const leftWidth = width * 0.45;
  doc.font('boldItalic').fontSize(12).text('Nơi nhận:', left, y, { width: leftWidth });
  doc.font('regular').fontSize(11);
  for (const line of d.recipients) doc.text(line, left, doc.y, { width: leftWidth });
  const x = left + leftWidth;
  const sigLines = d.signature.map((text) => ({ text, face: 'bold' as const, size: BODY }));
  let yRight = centred(doc, sigLines, x, width - leftWidth, y);
  yRight = centred(
    doc,
    [{ text: d.draft ? '(Dự thảo, chưa ký)' : '(Đã ký)', face: 'italic', size: BODY }],
    x,
    width - leftWidth,
    yRight,
  );
  centred(doc, [{ text: d.signerName ?? '', face: 'bold', size: BODY }], x, width - leftWidth, yRight + 60);
}

const COLUMNS: [string, number][] = [
  ['STT', 0.07],
  ['Họ và tên / Tên tập thể', 0.33],
  ['Đơn vị', 0.27],
  ['Số vào sổ', 0.17],
  ['Tiền thưởng (đồng)', 0.16],
];

/** One bordered table row; `span` draws a full-width group heading. */
function tableRow(doc: Doc, y: number, cells: string[], face: FontFace, span = false, heading = false): number {
  const { left, width } = frame(doc);
  const pad = 3;
  const widths = span ? [width] : COLUMNS.map(([, w]) => w * width);
  doc.font(face).fontSize(12);
  const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * pad }))) + 2 * pad;
  let x = left;
  cells.forEach((c, i) => {
    doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke();
    const align = !heading && (span || i === 1 || i === 2) ? 'left' : 'center';
    doc.text(c, x + pad, y + pad, { width: widths[i] - 2 * pad, align });
    x += widths[i];
  });
  return y + height;
}

function annex(doc: Doc, d: DecisionData) {
  doc.addPage();
  let y = centred(
    doc,
    [
      { text: 'Phụ lục', face: 'bold', size: BODY },
      { text: d.annexTitle, face: 'bold', size: BODY },
      { text: d.annexReference, face: 'italic', size: BODY },
    ],
    frame(doc).left,
    frame(doc).width,
    doc.page.margins.top,
  );
  y += 10;
  const headings = COLUMNS.map(([title]) => title);
  y = tableRow(doc, y, headings, 'bold', false, true);
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  let movement = '';
  let movementIndex = 0;
  let kindIndex = 0;
  let index = 0;
  const next = (cells: string[], face: FontFace, span = false) => {
    // A row that would cross the bottom margin starts a new page under the repeated headings.
    if (y + 40 > frame(doc).bottom) {
      doc.addPage();
      y = tableRow(doc, doc.page.margins.top, headings, 'bold', false, true);
    }
    y = tableRow(doc, y, cells, face, span);
  };
  for (const group of d.groups) {
    if (group.movementName !== movement) {
      movement = group.movementName;
      kindIndex = 0;
      next([`${roman[movementIndex++] ?? movementIndex}. ${movement}`], 'bold', true);
    }
    next(
      [`${++kindIndex}. ${group.kindLabel.charAt(0).toLocaleUpperCase('vi')}${group.kindLabel.slice(1)}`],
      'boldItalic',
      true,
    );
    for (const a of group.awardees) {
      const bonus = a.bonus === null ? '' : moneyVi(a.bonus).replace(' đồng', '');
      next([String(++index), a.name, a.unitName, a.certificateNumber ?? '', bonus], 'regular');
    }
  }
}

/** Decree 30/2020: page numbers centred in the top margin from the second page. */
function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const { left, width } = frame(doc);
    const top = doc.page.margins.top;
    doc.page.margins.top = 0;
    doc
      .font('regular')
      .fontSize(HEADER)
      .text(String(i + 1), left, mm(10), { width, align: 'center', lineBreak: false });
    doc.page.margins.top = top;
  }
}

/** The decision as a PDF with Tinos embedded: the same content as the DOCX. */
export async function decisionPdf(d: DecisionData): Promise<Buffer> {
  const doc = createPdf({ title: `${d.numberLine} ${d.subject}` });
  let y = header(doc, d);
  y = centred(
    doc,
    [
      { text: 'QUYẾT ĐỊNH', face: 'bold', size: BODY },
      { text: d.subject, face: 'bold', size: BODY },
    ],
    frame(doc).left,
    frame(doc).width,
    y,
  );
  rule(doc, frame(doc).left + frame(doc).width / 2, y + 4, 60);
  y = centred(doc, [{ text: d.authority, face: 'bold', size: BODY }], frame(doc).left, frame(doc).width, y + 14) + 6;
  for (const line of d.bases) y = paragraph(doc, [{ text: line, face: 'italic' }], y);
  y = paragraph(doc, [{ text: 'QUYẾT ĐỊNH:', face: 'bold' }], y + 4, { centre: true }) + 4;
  for (const a of d.articles)
    y = paragraph(
      doc,
      [
        { text: `${a.label} `, face: 'bold' },
        { text: a.text, face: 'regular' },
      ],
      y,
    );
  signature(doc, d, y + 10);
  annex(doc, d);
  pageNumbers(doc);
  return pdfBytes(doc);
}
