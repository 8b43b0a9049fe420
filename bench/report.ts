import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './platform';

/** One line of the table: a figure, the product's value, the baseline's, their ratio and the target. */
export interface Row {
  figure: string;
  product: string;
  raw: string;
  ratio: string;
  target: string;
}

const PACKAGES = [
  '@apollo/server',
  'type-graphql',
  'graphql',
  '@mikro-orm/core',
  '@temporalio/worker',
  '@temporalio/client',
  'pg',
  'autocannon',
];

function versionOf(name: string): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(join(REPO_ROOT, 'node_modules', name, 'package.json')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export const ratio = (a: number, b: number, digits = 2) =>
  Number.isFinite(a) && Number.isFinite(b) && b ? (a / b).toFixed(digits) : '—';

export function printTable(title: string, rows: Row[]): string {
  const header: Row = {
    figure: 'figure',
    product: 'GraphQL / product',
    raw: 'raw baseline',
    ratio: 'ratio',
    target: 'target',
  };
  const keys = Object.keys(header) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...[header, ...rows].map((r) => r[k].length)));
  const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(widths[i])).join(' | ')} |`;
  const text = [title, line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join(
    '\n',
  );
  console.log(`\n${text}\n`);
  return text;
}

/** bench/results.json: the figures, the table, and the machine and package versions they were measured on. */
export function writeResults(mode: string, rows: Row[], figures: Record<string, unknown>, table: string) {
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
  };
  const packages = Object.fromEntries(PACKAGES.map((name) => [name, versionOf(name)]));
  const file = join(REPO_ROOT, 'bench', 'results.json');
  writeFileSync(
    file,
    `${JSON.stringify({ mode, finishedAt: new Date().toISOString(), machine, packages, table: table.split('\n'), rows, figures }, null, 2)}\n`,
  );
  return file;
}
