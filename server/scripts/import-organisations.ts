import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { vietnamToday } from '../auth/viewer';
import type { ImportProgress } from '../importers/admin-unit.importer';
import { importOrganisationList } from '../importers/organisation.importer';
import { runWithDatabase } from './run-with-database';

/**
 * `npm run import:organisations -- FILE [--on DAY]` (or `node dist/server/scripts/import-organisations.js FILE`
 * in the image): loads nominating organisations into DATABASE_URL, each attached to the version of its parent
 * unit in force on DAY. Idempotent: a re-run reports every row unchanged.
 */
const USAGE = `Usage: import-organisations FILE [--on DAY]
  FILE        code,name,kind,parent_code — kind is AGENCY, ORGANISATION, ENTERPRISE, EMULATION_CLUSTER
              or the Vietnamese word (sở, mặt trận, doanh nghiệp, cụm thi đua…); parent_code is the GSO code
              of the administrative unit the organisation belongs to; code has at least one letter (SYT-15)
  --on DAY    attach to the units in force on DAY, YYYY-MM-DD (default today in Vietnam, ${vietnamToday()})`;

function parseCommandLine() {
  try {
    return parseArgs({
      options: { on: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return process.exit(1);
  }
}

const { values, positionals } = parseCommandLine();
if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const [file] = positionals;
if (!existsSync(file)) {
  console.error(`Not found: ${file}`);
  process.exit(1);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const progress = ({ step, done, total }: ImportProgress) =>
  console.log(`  ${step === 'read' ? 'read' : 'wrote'} ${done}${total ? `/${total}` : ''} rows`);

runWithDatabase(async (orm) => {
  const started = performance.now();
  const on = values.on ?? vietnamToday();
  console.log(`organisations ${basename(file)} (attached to the units in force on ${on})…`);
  const r = await importOrganisationList(orm.em.fork(), { file, on, onProgress: progress });
  const kinds = Object.entries(r.byKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const nothing = r.created + r.updated + r.successions === 0 ? ' — nothing to change' : '';
  console.log(
    `organisations: ${r.rows} rows (${kinds}): ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged` +
      (r.successions ? `, ${r.successions} succeeding the previous list's organisation of the same code` : '') +
      (r.notInFile ? `, ${r.notInFile} stored but not in the file (kept)` : '') +
      `${nothing} in ${seconds(started)}`,
  );
});
