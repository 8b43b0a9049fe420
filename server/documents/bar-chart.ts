import { layoutBarChart, type BarChart, type Box, type ChartLayout } from './bar-chart-layout';

export type { BarChart, BarSeries, Box } from './bar-chart-layout';
export { formatCount } from './bar-chart-layout';

/** The face the documents use (Decree 30/2020 asks for Times New Roman; Tinos is its metric twin). */
export const CHART_FONT = "Tinos, 'Times New Roman', serif";

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const n = (value: number): string => String(Math.round(value * 100) / 100);

function svgBody(layout: ChartLayout): string[] {
  const out: string[] = [];
  for (const l of layout.lines)
    out.push(
      `<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" stroke="${l.color}" stroke-width="${n(l.width)}"/>`,
    );
  for (const r of layout.rects) {
    const role =
      r.series === undefined
        ? ' class="legend"'
        : ` class="bar" data-series="${r.series}" data-category="${r.category}"`;
    out.push(
      `<rect${role} x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${r.color}"/>`,
    );
  }
  for (const t of layout.texts) {
    // The layout places text by the top of its line; SVG places it by the baseline (Tinos ascent ≈ 0.9 em).
    const weight = t.bold ? ' font-weight="bold"' : '';
    out.push(
      `<text x="${n(t.x)}" y="${n(t.y + t.size * 0.9)}" font-size="${n(t.size)}" text-anchor="${t.anchor}"${weight}>${escapeXml(t.text)}</text>`,
    );
  }
  return out;
}

/** A standalone SVG of the chart (white background, the documents' serif face). */
export function barChartSvg(
  chart: BarChart,
  size: { width: number; height: number } = { width: 800, height: 450 },
): string {
  const layout = layoutBarChart(chart, { x: 0, y: 0, ...size });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${CHART_FONT.replace(/"/g, '&quot;')}">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...svgBody(layout),
    '</svg>',
    '',
  ].join('\n');
}

/**
 * Draws the chart into `box` with pdfkit's vector primitives, measuring text with the document's own fonts
 * ('regular' and 'bold', registered by createPdf). Leaves the document's font, colour and position as it found them.
 */
export function drawBarChart(doc: PDFKit.PDFDocument, chart: BarChart, box: Box): void {
  const measure = (text: string, size: number, bold?: boolean) =>
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .widthOfString(text);
  const layout = layoutBarChart(chart, box, measure);
  const { x: savedX, y: savedY } = doc;
  doc.save();
  for (const l of layout.lines)
    doc.moveTo(l.x1, l.y1).lineTo(l.x2, l.y2).lineWidth(l.width).strokeColor(l.color).stroke();
  for (const r of layout.rects) if (r.height > 0) doc.rect(r.x, r.y, r.width, r.height).fillColor(r.color).fill();
  doc.fillColor('#000000');
  for (const t of layout.texts) {
    const width = measure(t.text, t.size, t.bold);
    const left = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - width / 2 : t.x - width;
    doc.text(t.text, left, t.y, { lineBreak: false });
  }
  doc.restore();
  doc.font('regular').fillColor('#000000');
  doc.x = savedX;
  doc.y = savedY;
}
