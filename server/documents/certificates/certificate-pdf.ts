import {
  CERTIFICATE_FIELDS,
  CertificateAlign,
  CertificatePrintMode,
  sheetSize,
  type CertificateField,
  type CertificateLayout,
  type CertificatePage,
  type FieldPosition,
} from '../../../domain/certificate-layout';
import type { FontFace } from '../fonts';
import { createPdf, mm, pdfBytes } from '../pdf-document';
import { drawOrnaments } from './certificate-ornaments';

/** What one certificate says: the texts are final (the service words them), the renderer only places them. */
export interface CertificateContent {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG" (FULL mode only). */
  issuer: string;
  /** "BẰNG KHEN", "GIẤY KHEN" (FULL mode only). */
  title: string;
  fields: Record<CertificateField, string>;
}

/** One sheet: the form it is printed on and its content. */
export interface CertificateSheet {
  page: CertificatePage;
  mode: CertificatePrintMode;
  layout: CertificateLayout;
  content: CertificateContent;
}

const FACE: Record<CertificateField, FontFace> = {
  recipientName: 'bold',
  recipientUnit: 'regular',
  achievement: 'regular',
  decisionNumber: 'regular',
  placeDate: 'italic',
  signerTitle: 'bold',
  signerName: 'bold',
  certificateNumber: 'regular',
};

/** Lines a field may take before it is cut with an ellipsis, so it never runs into the next field. */
const MAX_LINES: Partial<Record<CertificateField, number>> = { achievement: 4, signerTitle: 3, recipientUnit: 2 };

const RED = '#b0171f';
const INK = '#111111';

const ALIGN: Record<CertificateAlign, 'left' | 'center' | 'right'> = {
  LEFT: 'left',
  CENTER: 'center',
  RIGHT: 'right',
};

function placeField(doc: PDFKit.PDFDocument, field: CertificateField, text: string, at: FieldPosition, full: boolean) {
  if (!text) return;
  const lineHeight = at.fontSize * 1.25;
  doc
    .font(FACE[field])
    .fontSize(at.fontSize)
    // The name stands out in red on a full certificate; a pre-printed blank gets black ink only.
    .fillColor(full && field === 'recipientName' ? RED : INK)
    .text(text, mm(at.x), mm(at.y), {
      width: mm(at.width),
      align: ALIGN[at.align],
      height: lineHeight * (MAX_LINES[field] ?? 1) + 1,
      ellipsis: true,
      lineGap: at.fontSize * 0.25,
    });
}

/** Centred text across the sheet, for the fixed parts of a FULL certificate. */
function centred(doc: PDFKit.PDFDocument, text: string, y: number, size: number, face: FontFace, color = INK) {
  const width = doc.page.width;
  doc.font(face).fontSize(size).fillColor(color).text(text, 0, mm(y), { width, align: 'center', lineBreak: false });
}

/** The printed parts of a certificate, placed above the recipient's name wherever the form puts it. */
function drawFullForm(doc: PDFKit.PDFDocument, sheet: CertificateSheet) {
  const { width, height } = sheetSize(sheet.page);
  const scale = Math.min(width, height) / 210;
  drawOrnaments(doc, sheet.page);
  const top = 35 * scale;
  centred(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', top, 13 * scale, 'bold');
  centred(doc, 'Độc lập - Tự do - Hạnh phúc', top + 6 * scale, 13 * scale, 'bold');
  const mottoWidth = doc
    .font('bold')
    .fontSize(13 * scale)
    .widthOfString('Độc lập - Tự do - Hạnh phúc');
  const middle = doc.page.width / 2;
  doc
    .moveTo(middle - mottoWidth / 2, mm(top + 12 * scale))
    .lineTo(middle + mottoWidth / 2, mm(top + 12 * scale))
    .lineWidth(0.7)
    .strokeColor(INK)
    .stroke();
  centred(doc, sheet.content.issuer, top + 17 * scale, 14 * scale, 'bold');
  centred(doc, sheet.content.title, top + 26 * scale, 44 * scale, 'bold', RED);
  const name = sheet.layout.recipientName;
  doc
    .font('italic')
    .fontSize(15 * scale)
    .fillColor(INK)
    .text('Tặng', mm(name.x), mm(name.y) - 16 * scale * 1.3, { width: mm(name.width), align: ALIGN[name.align] });
}

function drawSheet(doc: PDFKit.PDFDocument, sheet: CertificateSheet) {
  const full = sheet.mode === CertificatePrintMode.FULL;
  if (full) drawFullForm(doc, sheet);
  for (const field of CERTIFICATE_FIELDS)
    placeField(doc, field, sheet.content.fields[field], sheet.layout[field], full);
}

const pdfSize = (page: CertificatePage) => ({
  size: page.pageSize,
  layout: page.orientation === 'LANDSCAPE' ? ('landscape' as const) : ('portrait' as const),
});

/** One page per certificate, each on its own form's sheet; one PDF for all the awardees of a decision. */
export async function certificatesPdf(sheets: CertificateSheet[], title: string): Promise<Buffer> {
  if (!sheets.length) throw new Error('no certificate to print');
  const margins = { top: 0, bottom: 0, left: 0, right: 0 };
  const doc = createPdf({ ...pdfSize(sheets[0].page), margins, title });
  sheets.forEach((sheet, i) => {
    if (i > 0) doc.addPage({ ...pdfSize(sheet.page), margins });
    drawSheet(doc, sheet);
  });
  return pdfBytes(doc);
}
