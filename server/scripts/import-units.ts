import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  importUnitList,
  PRE_REFORM_LIST,
  REFORM_EFFECTIVE_ON,
  type ImportProgress,
} from '../importers/admin-unit.importer';
import { dayBefore, importMergeMapping } from '../importers/unit-merge.importer';
import { rehomeInFlight } from '../services/unit-rehoming.service';
import { packageRoot } from './package-root';
import { runWithDatabase } from './run-with-database';

// Beside the checkout (or installation), whether this runs from the source or from dist/.
const DEFAULT_DATA_DIR = resolve(packageRoot(), '..', 'shared', 'data');

/**
 * `npm run import:units -- --all` (or `node dist/server/scripts/import-units.js --all` in the image):
 * loads the official unit lists and the 2025 merge mapping into DATABASE_URL, then re-homes in-flight
 * nominations and open tasks. Every step is idempotent, so a re-run reports what it found unchanged.
 */
const USAGE = `Usage: import-units [--all] [--data DIR] [--before FILE] [--after FILE] [--merges FILE]
  --before FILE         the three-tier list (code,name,type,level,parent_code), valid ${PRE_REFORM_LIST.validFrom} → the day before --effective-on
  --after FILE          the two-tier list, valid from --effective-on
  --merges FILE         the merge mapping (new_code,old_code,old_name,merge); then re-homes in-flight work
  --all                 the three files of --data: admin-units-2024.csv, admin-units-2025.csv, admin-units-merges-2025.csv
  --data DIR            folder for --all (default ${DEFAULT_DATA_DIR})
  --effective-on DAY    the reform day (default ${REFORM_EFFECTIVE_ON})
  --before-valid-from DAY  first day of the three-tier list's version (default ${PRE_REFORM_LIST.validFrom})`;

const OPTIONS = {
  before: { type: 'string' },
  after: { type: 'string' },
  merges: { type: 'string' },
  all: { type: 'boolean', default: false },
  data: { type: 'string', default: DEFAULT_DATA_DIR },
  'effective-on': { type: 'string', default: REFORM_EFFECTIVE_ON },
  'before-valid-from': { type: 'string', default: PRE_REFORM_LIST.validFrom },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parseCommandLine() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return process.exit(1);
  }
}

const values = parseCommandLine();

const dataFile = (name: string) => (values.all ? resolve(values.data!, name) : undefined);
const files = {
  before: values.before ?? dataFile('admin-units-2024.csv'),
  after: values.after ?? dataFile('admin-units-2025.csv'),
  merges: values.merges ?? dataFile('admin-units-merges-2025.csv'),
};
if (values.help || (!files.before && !files.after && !files.merges)) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const missing = Object.values(files).filter((f): f is string => !!f && !existsSync(f));
if (missing.length) {
  console.error(`Not found: ${missing.join(', ')}`);
  process.exit(1);
}

const effectiveOn = values['effective-on']!;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function progress(label: string) {
  return ({ step, done, total }: ImportProgress) => {
    console.log(`  ${label}: ${step === 'read' ? 'read' : 'wrote'} ${done}${total ? `/${total}` : ''} rows`);
  };
}

async function timed<T>(label: string, work: () => Promise<T>, summary: (result: T) => string): Promise<T> {
  console.log(`${label}…`);
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${summary(result)} in ${seconds(started)}`);
  return result;
}

runWithDatabase(async (orm) => {
  const started = performance.now();
  const lists: [string, string | undefined, string, string | null][] = [
    ['three-tier list', files.before, values['before-valid-from']!, dayBefore(effectiveOn)],
    ['two-tier list', files.after, effectiveOn, null],
  ];
  for (const [label, file, validFrom, validTo] of lists) {
    if (!file) continue;
    const name = `${label} ${basename(file)} (valid ${validFrom} → ${validTo ?? 'open'})`;
    await timed(
      name,
      () => importUnitList(orm.em.fork(), { file, validFrom, validTo, onProgress: progress(label) }),
      (r) =>
        `${r.rows} rows (${Object.entries(r.byLevel)
          .filter(([, n]) => n)
          .map(([level, n]) => `${n} ${level}`)
          .join(', ')}): ` +
        `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged${r.notInFile ? `, ${r.notInFile} stored but not in the file (kept)` : ''}`,
    );
  }
  if (files.merges) {
    const merges = files.merges;
    await timed(
      `merge mapping ${basename(merges)} (effective ${effectiveOn})`,
      () => importMergeMapping(orm.em.fork(), { file: merges, effectiveOn, onProgress: progress('merge mapping') }),
      (r) =>
        `${r.rows} rows; successions ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged ` +
        `(incl. ${r.derivedProvinces} old provinces and ${r.derivedDistricts} districts derived); ${r.closed} old units closed` +
        (r.withoutSuccessor.length ? `; WITHOUT successor: ${r.withoutSuccessor.join(', ')}` : ''),
    );
    await timed(
      're-homing in-flight nominations and open tasks',
      () => rehomeInFlight(orm.em.fork(), { effectiveOn }),
      (r) =>
        `${r.nominations} nominations and ${r.tasks} tasks moved${r.withoutSuccessor ? `, ${r.withoutSuccessor} left (no successor)` : ''}`,
    );
  }
  console.log(`done in ${seconds(started)}`);
});
