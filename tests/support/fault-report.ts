import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fault-processes';

/**
 * The table of fault runs printed in the test output. Jest runs each test file in its own module
 * registry, so rows go to a file of this jest run (named after the run's PostgreSQL, unique per run)
 * and each fault test file prints, in its afterAll, every row recorded so far: the last one to end
 * prints the whole table.
 */
export interface FaultRow {
  fault: string;
  injected: string;
  survived: string;
  lost: number;
}

function runFile(): string {
  const run = createHash('sha1').update(process.env.THIDUA_TEST_PG_ADMIN_URL ?? String(process.ppid)).digest('hex');
  const dir = join(REPO_ROOT, '.data', 'fault-report');
  mkdirSync(dir, { recursive: true });
  // Files of runs older than a day are of no use to anyone.
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (Date.now() - statSync(file).mtimeMs > 86_400_000) rmSync(file, { force: true });
  }
  return join(dir, `${run.slice(0, 12)}.jsonl`);
}

const mine: FaultRow[] = [];

export function recordFault(row: FaultRow): void {
  mine.push(row);
  appendFileSync(runFile(), `${JSON.stringify(row)}\n`);
}

function table(rows: FaultRow[]): string {
  const header = ['fault', 'injected', 'survived', 'lost'];
  const cells = rows.map((r) => [r.fault, r.injected, r.survived, String(r.lost)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Prints this file's rows and, below, every row of this jest run so far. */
export function printFaultTable(): void {
  const file = runFile();
  const all = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as FaultRow)
    : mine;
  const others = all.length > mine.length ? `\n\nAll fault runs of this jest run so far:\n${table(all)}` : '';
  console.log(`Fault runs of this file:\n${table(mine)}${others}`);
}
