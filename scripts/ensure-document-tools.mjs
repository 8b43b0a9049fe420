#!/usr/bin/env node
// Makes sure documents can be made and checked: the Tinos fonts that decisions and certificates embed
// (Debian's fonts-croscore), and with --for-tests poppler's pdftotext and pdftoppm, which the tests use
// to read PDFs back and render them to PNG. Without root the fonts are unpacked into ~/.cache/thidua/fonts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

const CROSCORE = 'usr/share/fonts/truetype/croscore';
const cacheRoot = join(homedir(), '.cache', 'thidua', 'fonts');
const fontDirs = [process.env.THIDUA_FONT_DIR, `/${CROSCORE}`, join(cacheRoot, CROSCORE)].filter(Boolean);
const isRoot = process.getuid?.() === 0;

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const fontsPresent = () => fontDirs.some((dir) => existsSync(join(dir, 'Tinos-Regular.ttf')));
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

function aptInstall(packages) {
  console.error(`Installing ${packages.join(', ')} from Debian's packages…`);
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
  try {
    install();
  } catch {
    run('apt-get', ['update']);
    install();
  }
}

/** Without root: download the .deb and unpack it into the cache (no install scripts are needed for fonts). */
function unpackFonts() {
  const work = mkdtempSync(join(tmpdir(), 'thidua-fonts-'));
  try {
    execFileSync('apt-get', ['download', 'fonts-croscore'], { cwd: work, stdio: 'inherit' });
    const deb = readdirSync(work).find((name) => name.endsWith('.deb'));
    run('dpkg-deb', ['-x', join(work, deb), cacheRoot]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  if (!fontsPresent()) {
    if (isRoot) aptInstall(['fonts-croscore']);
    else unpackFonts();
  }
  if (!fontsPresent()) throw new Error('The Tinos fonts are still missing.');
  console.log('Tinos fonts: present.');
  if (process.argv.includes('--for-tests')) {
    if (!has('pdftoppm') || !has('pdftotext')) {
      if (!isRoot)
        throw new Error(
          'pdftotext and pdftoppm are missing: install Debian poppler-utils (sudo apt-get install poppler-utils).',
        );
      aptInstall(['poppler-utils']);
    }
    console.log('pdftotext, pdftoppm: present.');
  }
} catch (error) {
  console.error(
    `${error.message}\nDocuments need the Tinos fonts (Debian fonts-croscore, or THIDUA_FONT_DIR pointing at Tinos-*.ttf)` +
      ' and the tests need poppler-utils.',
  );
  process.exit(1);
}
