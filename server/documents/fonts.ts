import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Tinos: metric-compatible with Times New Roman, which Decree 30/2020 asks for; full Vietnamese coverage. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontFace, string> = {
  regular: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italic: 'Tinos-Italic.ttf',
  boldItalic: 'Tinos-BoldItalic.ttf',
};

/** Where Debian's fonts-croscore puts it, and where scripts/ensure-document-tools.mjs unpacks it without root. */
const CROSCORE = 'usr/share/fonts/truetype/croscore';

function fontDirectories(): string[] {
  return [
    process.env.THIDUA_FONT_DIR?.trim(),
    `/${CROSCORE}`,
    join(homedir(), '.cache', 'thidua', 'fonts', CROSCORE),
  ].filter((dir): dir is string => Boolean(dir));
}

let found: string | null = null;

/** The directory holding the four Tinos files; a clear error naming the fix when there is none. */
export function fontDirectory(): string {
  if (found) return found;
  const dir = fontDirectories().find((d) => Object.values(FILES).every((f) => existsSync(join(d, f))));
  if (!dir)
    throw new Error(
      `The Tinos fonts are missing (looked in ${fontDirectories().join(', ')}): ` +
        'run `node scripts/ensure-document-tools.mjs`, install Debian fonts-croscore, or set THIDUA_FONT_DIR.',
    );
  return (found = dir);
}

export function fontFile(face: FontFace): string {
  return join(fontDirectory(), FILES[face]);
}
