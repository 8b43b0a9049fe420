import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

/** Where rendered pages go; kept after the run so a failing test's pages can be looked at. */
const renderDir = () => mkdtempSync(join(tmpdir(), 'thidua-render-'));

/** The PDF's text as poppler extracts it (-layout keeps each line's words together). */
export function pdfText(pdf: Buffer): string {
  const dir = renderDir();
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
}

export function pdfPageCount(pdf: Buffer): number {
  const dir = renderDir();
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  const info = execFileSync('pdfinfo', [join(dir, 'doc.pdf')], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/**
 * Renders one page to PNG (kept for looking at) and measures its ink: the share of pixels darker
 * than light grey in a greyscale render of the same page. A blank page gives 0.
 */
export function renderPage(pdf: Buffer, page = 1): { png: string; inkShare: number } {
  const dir = renderDir();
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  const range = ['-f', String(page), '-l', String(page), '-singlefile'];
  execFileSync('pdftoppm', [...range, '-png', '-r', '80', file, join(dir, 'page')]);
  execFileSync('pdftoppm', [...range, '-gray', '-r', '40', file, join(dir, 'grey')]);
  const pgm = readFileSync(join(dir, 'grey.pgm'));
  // P5 header: magic, width, height, max value, each followed by whitespace; then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const value of pixels) if (value < 200) ink++;
  return { png: join(dir, 'page.png'), inkShare: ink / pixels.length };
}

/** The text of each paragraph of a DOCX body (w:p), in order, with its runs joined. */
export async function docxParagraphs(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'))
      .join(''),
  );
}
