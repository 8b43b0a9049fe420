import { sheetSize, type CertificatePage } from '../../../domain/certificate-layout';
import { mm } from '../pdf-document';

/**
 * The decorative frame of a certificate printed on plain paper: a red and gold double border with a
 * chain of diamonds, corner pieces, and a red emblem with the gold star above the Quốc hiệu. Vector
 * drawing only, so the PDF needs no image and prints sharply at any size.
 */
const RED = '#b0171f';
const GOLD = '#c9a227';

function diamond(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number, color: string) {
  doc
    .moveTo(cx, cy - r)
    .lineTo(cx + r, cy)
    .lineTo(cx, cy + r)
    .lineTo(cx - r, cy)
    .closePath()
    .fill(color);
}

/** A chain of diamonds along the band between the outer and the inner line. */
function chain(doc: PDFKit.PDFDocument, width: number, height: number, band: number, step: number, r: number) {
  const countX = Math.floor((width - 2 * band) / step);
  const offsetX = (width - countX * step) / 2;
  for (let i = 0; i <= countX; i++) {
    diamond(doc, offsetX + i * step, band, r, GOLD);
    diamond(doc, offsetX + i * step, height - band, r, GOLD);
  }
  const countY = Math.floor((height - 2 * band) / step);
  const offsetY = (height - countY * step) / 2;
  for (let i = 1; i < countY; i++) {
    diamond(doc, band, offsetY + i * step, r, GOLD);
    diamond(doc, width - band, offsetY + i * step, r, GOLD);
  }
}

function star(doc: PDFKit.PDFDocument, cx: number, cy: number, outer: number, color: string) {
  const inner = outer * 0.382;
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? inner : outer;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const [x, y] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
    if (i === 0) doc.moveTo(x, y);
    else doc.lineTo(x, y);
  }
  doc.closePath().fill(color);
}

/** The emblem: a red disc ringed in gold with the gold five-pointed star. */
function emblem(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number) {
  doc.circle(cx, cy, r).fill(GOLD);
  doc.circle(cx, cy, r * 0.86).fill(RED);
  for (let i = 0; i < 16; i++) {
    const angle = (i * Math.PI) / 8;
    diamond(doc, cx + r * 0.93 * Math.cos(angle), cy + r * 0.93 * Math.sin(angle), r * 0.05, RED);
  }
  star(doc, cx, cy, r * 0.62, GOLD);
}

function cornerPiece(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number) {
  diamond(doc, cx, cy, r, RED);
  diamond(doc, cx, cy, r * 0.55, GOLD);
  doc.circle(cx, cy, r * 0.2).fill(RED);
}

export function drawOrnaments(doc: PDFKit.PDFDocument, page: CertificatePage) {
  const { width, height } = sheetSize(page);
  const scale = Math.min(width, height) / 210;
  const [w, h] = [mm(width), mm(height)];
  const at = (value: number) => mm(value * scale);
  doc.save();
  doc.rect(0, 0, w, h).fill('#fffdf4');
  doc
    .rect(at(6), at(6), w - 2 * at(6), h - 2 * at(6))
    .lineWidth(at(1.1))
    .stroke(RED);
  doc
    .rect(at(8.2), at(8.2), w - 2 * at(8.2), h - 2 * at(8.2))
    .lineWidth(at(0.35))
    .stroke(GOLD);
  chain(doc, w, h, at(10.4), at(5), at(1.1));
  doc
    .rect(at(12.6), at(12.6), w - 2 * at(12.6), h - 2 * at(12.6))
    .lineWidth(at(0.35))
    .stroke(GOLD);
  doc
    .rect(at(13.6), at(13.6), w - 2 * at(13.6), h - 2 * at(13.6))
    .lineWidth(at(0.6))
    .stroke(RED);
  for (const [x, y] of [
    [at(10.4), at(10.4)],
    [w - at(10.4), at(10.4)],
    [at(10.4), h - at(10.4)],
    [w - at(10.4), h - at(10.4)],
  ])
    cornerPiece(doc, x, y, at(4.2));
  emblem(doc, w / 2, at(24), at(8.2));
  doc.restore();
}
