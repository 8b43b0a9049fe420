import PDFDocument from 'pdfkit';
import { fontFile, type FontFace } from './fonts';

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/** Decree 30/2020 Annex I: A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const DECREE_30_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

export interface PdfOptions {
  /** A4 unless a form says otherwise (certificates may be printed on A3). */
  size?: 'A4' | 'A3';
  layout?: 'portrait' | 'landscape';
  margins?: { top: number; bottom: number; left: number; right: number };
  title?: string;
}

/** An A4 (or A3) document with the four Tinos faces registered under their FontFace names, embedded (subset). */
export function createPdf(options: PdfOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margins: options.margins ?? DECREE_30_MARGINS,
    info: { Title: options.title ?? '', Producer: 'thidua' },
    bufferPages: true,
  });
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as FontFace[]) doc.registerFont(face, fontFile(face));
  return doc.font('regular');
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
