import { join, resolve } from 'node:path';
import { migrateDatabase, type Orm } from '../server/db/open-database';
import {
  importUnitList,
  PRE_REFORM_LIST,
  REFORM_EFFECTIVE_ON,
  type ImportProgress,
} from '../server/importers/admin-unit.importer';
import { dayBefore, importMergeMapping } from '../server/importers/unit-merge.importer';
import { REPO_ROOT } from './platform';

const DATA = resolve(REPO_ROOT, '..', 'shared', 'data');

/** Migrations and reference data, then both official unit lists and the 2025 merges through the product's importers. */
export async function prepareDatabase(orm: Orm, log: (l: string) => void): Promise<void> {
  const applied = await migrateDatabase(orm);
  log(`migrations applied: ${applied.length}; reference data seeded`);
  const progress =
    (label: string) =>
    ({ step, done, total }: ImportProgress) => {
      if (step === 'write' && (done % 5000 === 0 || done === total))
        log(`  ${label}: wrote ${done}${total ? `/${total}` : ''} units`);
    };
  const lists = [
    {
      label: 'three-tier list',
      file: 'admin-units-2024.csv',
      validFrom: PRE_REFORM_LIST.validFrom,
      validTo: dayBefore(REFORM_EFFECTIVE_ON),
    },
    { label: 'two-tier list', file: 'admin-units-2025.csv', validFrom: REFORM_EFFECTIVE_ON, validTo: null },
  ];
  for (const { label, file, validFrom, validTo } of lists) {
    const result = await importUnitList(orm.em.fork(), {
      file: join(DATA, file),
      validFrom,
      validTo,
      onProgress: progress(label),
    });
    log(`${label}: ${result.rows} units (${result.created} created)`);
  }
  const merges = await importMergeMapping(orm.em.fork(), {
    file: join(DATA, 'admin-units-merges-2025.csv'),
    effectiveOn: REFORM_EFFECTIVE_ON,
    onProgress: progress('merge mapping'),
  });
  log(`merge mapping: ${merges.rows} rows, ${merges.created} successions`);
}
