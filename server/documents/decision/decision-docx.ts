import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { DRAFT_MARK, moneyVi, NATIONAL_MOTTO, NATIONAL_TITLE } from '../../../domain/decision-document';
import type { DecisionData } from './decision-data';

/** Decree 30/2020 annex I: Times New Roman 13–14 pt (sizes are half-points), A4, margins in twips. */
const FONT = 'Times New Roman';
const BODY = 26;
const SMALL = 24;
const TWIP_PER_MM = 56.7;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

type RunStyle = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean };
const run = (text: string, style: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: style.size ?? BODY, ...style, underline: style.underline ? {} : undefined });

function para(
  children: ParagraphChild[] | string,
  options: { center?: boolean; justify?: boolean; indent?: boolean; after?: number; style?: RunStyle } = {},
) {
  return new Paragraph({
    children: typeof children === 'string' ? [run(children, options.style)] : children,
    alignment: options.center ? AlignmentType.CENTER : options.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
    indent: options.indent ? { firstLine: Math.round(12.7 * TWIP_PER_MM) } : undefined,
    spacing: { after: options.after ?? 60, line: 300 },
  });
}

/** A short centred rule (the line under the issuer, the motto and the title): an empty paragraph's bottom border. */
const rule = (indentMm: number, after = 120) =>
  new Paragraph({
    children: [],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: Math.round(indentMm * TWIP_PER_MM), right: Math.round(indentMm * TWIP_PER_MM) },
    spacing: { after, line: 120 },
  });

const cell = (children: Paragraph[], widthPct: number, opts: { center?: boolean } = {}) =>
  new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    verticalAlign: opts.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
  });

/** The two-column header without borders: issuing body and number on the left, Quốc hiệu and date on the right. */
function headerTable(d: DecisionData): Table {
  const left = [
    ...d.header.map((line) => para([run(line.text, { bold: line.bold, size: SMALL })], { center: true, after: 0 })),
    rule(21),
    para([run(d.numberLine, { size: SMALL })], { center: true }),
  ];
  const right = [
    para([run(NATIONAL_TITLE, { bold: true, size: 24 })], { center: true, after: 0 }),
    para([run(NATIONAL_MOTTO, { bold: true, size: BODY })], { center: true, after: 0 }),
    rule(21),
    para([run(d.placeAndDate, { italics: true })], { center: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 38), cell(right, 62)] })],
  });
}

/** Nơi nhận on the left, the signature block on the right, borderless as the header. */
function signatureTable(d: DecisionData): Table {
  const left = [
    para([run('Nơi nhận:', { bold: true, italics: true, size: 24 })], { after: 0 }),
    ...d.recipients.map((line) => para([run(line, { size: 22 })], { after: 0 })),
  ];
  const right = [
    ...d.signature.map((line) => para([run(line, { bold: true })], { center: true, after: 0 })),
    para(d.draft ? [run('(Dự thảo, chưa ký)', { italics: true })] : [run('(Đã ký)', { italics: true })], {
      center: true,
      after: 1000,
    }),
    para([run(d.signerName ?? '', { bold: true })], { center: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 45), cell(right, 55)] })],
  });
}

const COLUMNS: [string, number][] = [
  ['STT', 7],
  ['Họ và tên / Tên tập thể', 33],
  ['Đơn vị', 27],
  ['Số vào sổ', 17],
  ['Tiền thưởng (đồng)', 16],
];

function annexTable(d: DecisionData): Table {
  const text = (value: string, center = false, style: RunStyle = {}) =>
    para([run(value, { size: SMALL, ...style })], { center, after: 0 });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: COLUMNS.map(([title, w]) => cell([text(title, true, { bold: true })], w, { center: true })),
    }),
  ];
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  let movement = '';
  let movementIndex = 0;
  let kindIndex = 0;
  let index = 0;
  for (const group of d.groups) {
    if (group.movementName !== movement) {
      movement = group.movementName;
      kindIndex = 0;
      const label = `${roman[movementIndex++] ?? movementIndex}. ${movement}`;
      rows.push(
        new TableRow({ children: [new TableCell({ columnSpan: 5, children: [text(label, false, { bold: true })] })] }),
      );
    }
    const kind = `${++kindIndex}. ${group.kindLabel.charAt(0).toLocaleUpperCase('vi')}${group.kindLabel.slice(1)}`;
    rows.push(
      new TableRow({
        children: [new TableCell({ columnSpan: 5, children: [text(kind, false, { bold: true, italics: true })] })],
      }),
    );
    for (const a of group.awardees) {
      const bonus = a.bonus === null ? '' : moneyVi(a.bonus).replace(' đồng', '');
      const values = [String(++index), a.name, a.unitName, a.certificateNumber ?? '', bonus];
      rows.push(new TableRow({ children: values.map((v, i) => cell([text(v, i !== 1 && i !== 2)], COLUMNS[i][1])) }));
    }
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: GRID, rows });
}

/** The decision as an editable DOCX for the văn thư: the same content as the PDF. */
export async function decisionDocx(d: DecisionData): Promise<Buffer> {
  const body = [
    ...(d.draft ? [para([run(DRAFT_MARK, { bold: true, size: BODY })], { center: true })] : []),
    headerTable(d),
    para('', { after: 120 }),
    para([run('QUYẾT ĐỊNH', { bold: true })], { center: true, after: 0 }),
    para([run(d.subject, { bold: true })], { center: true, after: 0 }),
    rule(68),
    para([run(d.authority, { bold: true })], { center: true, after: 120 }),
    ...d.bases.map((line) => para([run(line, { italics: true })], { justify: true, indent: true })),
    para([run('QUYẾT ĐỊNH:', { bold: true })], { center: true, after: 120 }),
    ...d.articles.map((a) => para([run(`${a.label} `, { bold: true }), run(a.text)], { justify: true, indent: true })),
    para('', { after: 120 }),
    signatureTable(d),
    new Paragraph({ children: [new PageBreak()] }),
    para([run('Phụ lục', { bold: true })], { center: true, after: 0 }),
    para([run(d.annexTitle, { bold: true })], { center: true, after: 0 }),
    para([run(d.annexReference, { italics: true })], { center: true, after: 200 }),
    annexTable(d),
  ];
  const doc = new Document({
    creator: 'thidua',
    title: `${d.numberLine} ${d.subject}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: Math.round(210 * TWIP_PER_MM), height: Math.round(297 * TWIP_PER_MM) },
            margin: {
              top: Math.round(20 * TWIP_PER_MM),
              bottom: Math.round(20 * TWIP_PER_MM),
              left: Math.round(30 * TWIP_PER_MM),
              right: Math.round(15 * TWIP_PER_MM),
            },
          },
        },
        // Decree 30/2020: page numbers centred in the top margin, none on the first page.
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SMALL })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
