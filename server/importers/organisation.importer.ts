import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertDay } from '../../domain/campaign-rules';
import { AdminLevel, SuccessionKind, UnitKind } from '../../domain/enums';
import { UNIT_KIND_LABELS } from '../../domain/messages/labels';
import { vietnamToday } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { UnitSuccession } from '../entities/unit-succession.entity';
import { CsvRefusedError, type CsvProblem } from './admin-unit-csv';
import type { ImportProgress } from './admin-unit.importer';
import { readOrganisationList } from './organisation-csv';
import { dayBefore } from './unit-merge.importer';

export interface OrganisationListOptions {
  file: string;
  /** Each organisation joins the version of its parent unit in force on this day (default: today in Vietnam). */
  on?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface OrganisationListResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Organisations of the same list versions in the database but not in the file: kept, records may point at them. */
  notInFile: number;
  /** FULL successions written from an organisation of the version that ended the day before (same code). */
  successions: number;
  byKind: Partial<Record<UnitKind, number>>;
}

interface StoredUnit {
  id: string;
  code: string;
  name: string;
  type: string;
  kind: UnitKind;
  level: AdminLevel;
  parent_id: string | null;
  path: string;
  valid_from: string;
  valid_to: string | null;
}

interface Planned {
  id: string;
  code: string;
  name: string;
  type: string;
  kind: UnitKind;
  level: AdminLevel;
  parentId: string;
  path: string;
  validFrom: string;
  validTo: string | null;
}

const BATCH = 1000;
const UNIT_COLUMNS = `id, code, name, type, kind, level, parent_id, path,
  to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to`;

/**
 * Loads nominating organisations (sở, Mặt trận, cụm/khối thi đua, enterprises) in one transaction. An
 * organisation is a unit row below its administrative parent: it takes the parent's level (which decides
 * where its nominations route), its path (so the parent's officers see its nominations) and its list
 * version. (code, version) identifies it, so the same file updates in place and a second run changes nothing.
 */
export async function importOrganisationList(
  em: EntityManager,
  options: OrganisationListOptions,
): Promise<OrganisationListResult> {
  const on = assertDay(options.on ?? vietnamToday(), 'on');
  const rows = await readOrganisationList(options.file, (done) => options.onProgress?.({ step: 'read', done }));
  const byKind: Partial<Record<UnitKind, number>> = {};
  for (const row of rows) byKind[row.kind] = (byKind[row.kind] ?? 0) + 1;

  return em.transactional(async (tx) => {
    const problems: CsvProblem[] = [];
    const parentCodes = [...new Set(rows.map((r) => r.parentCode))];
    const parents = new Map<string, StoredUnit>();
    // Oldest version first, so where two versions are in force on the day the newest wins.
    if (parentCodes.length)
      for (const unit of await tx.execute<StoredUnit[]>(
        `select ${UNIT_COLUMNS} from admin_unit where kind = 'ADMINISTRATIVE' and code in (?)
            and valid_from <= ? and (valid_to is null or valid_to >= ?) order by valid_from asc`,
        [parentCodes, on, on],
      ))
        parents.set(unit.code, unit);
    for (const row of rows)
      if (!parents.has(row.parentCode))
        problems.push({
          line: row.line,
          message: `parent_code ${row.parentCode} is not an administrative unit in force on ${on}`,
        });
    if (problems.length) throw new CsvRefusedError(options.file, problems);

    const versions = [...new Set([...parents.values()].map((p) => p.valid_from))];
    const codes = rows.map((r) => r.code);
    const stored = codes.length
      ? await tx.execute<StoredUnit[]>(
          `select ${UNIT_COLUMNS} from admin_unit
            where valid_from in (?) and (kind <> 'ADMINISTRATIVE' or code in (?))`,
          [versions, codes],
        )
      : [];
    const existing = new Map(stored.map((u) => [`${u.code}|${u.valid_from}`, u]));
    const planned: Planned[] = [];
    for (const row of rows) {
      const parent = parents.get(row.parentCode)!;
      const before = existing.get(`${row.code}|${parent.valid_from}`);
      if (before?.kind === UnitKind.ADMINISTRATIVE) {
        problems.push({
          line: row.line,
          message: `code ${row.code} is already an administrative unit's code in the list from ${parent.valid_from}`,
        });
        continue;
      }
      const id = before?.id ?? randomUUID();
      planned.push({
        id,
        code: row.code,
        name: row.name,
        type: UNIT_KIND_LABELS[row.kind].vi,
        kind: row.kind,
        level: parent.level,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        validFrom: parent.valid_from,
        validTo: parent.valid_to,
      });
    }
    if (problems.length) throw new CsvRefusedError(options.file, problems);

    const created = planned.filter((p) => !existing.has(`${p.code}|${p.validFrom}`));
    const changed = planned.filter((p) => {
      const before = existing.get(`${p.code}|${p.validFrom}`);
      return before && differs(before, p);
    });
    await write(tx, created, changed, options.onProgress);
    const inFile = new Set(planned.map((p) => `${p.code}|${p.validFrom}`));
    const notInFile = stored.filter(
      (u) => u.kind !== UnitKind.ADMINISTRATIVE && !inFile.has(`${u.code}|${u.valid_from}`),
    ).length;
    const successions = await linkPredecessors(tx, planned);
    const unchanged = rows.length - created.length - changed.length;
    return {
      rows: rows.length,
      created: created.length,
      updated: changed.length,
      unchanged,
      notInFile,
      successions,
      byKind,
    };
  });
}

async function write(
  tx: EntityManager,
  created: Planned[],
  changed: Planned[],
  onProgress?: (progress: ImportProgress) => void,
): Promise<void> {
  const total = created.length + changed.length;
  let done = 0;
  for (let i = 0; i < created.length; i += BATCH) {
    const now = new Date();
    const batch = created.slice(i, i + BATCH).map(({ parentId, ...u }) => ({ ...u, parent: parentId, createdAt: now }));
    await tx.insertMany(AdminUnit, batch);
    done += batch.length;
    onProgress?.({ step: 'write', done, total });
  }
  for (let i = 0; i < changed.length; i += BATCH) {
    const batch = changed.slice(i, i + BATCH);
    const values = batch.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    await tx.execute(
      `update admin_unit as u
          set name = v.name, type = v.type, kind = v.kind::unit_kind, level = v.level::admin_level,
              parent_id = v.parent_id::uuid, path = v.path, valid_to = v.valid_to::date
         from (values ${values}) as v(id, name, type, kind, level, parent_id, path, valid_to)
        where u.id = v.id::uuid`,
      batch.flatMap((u) => [u.id, u.name, u.type, u.kind, u.level, u.parentId, u.path, u.validTo]),
      'run',
    );
    done += batch.length;
    onProgress?.({ step: 'write', done, total });
  }
}

function differs(before: StoredUnit, after: Planned): boolean {
  return (
    before.name !== after.name ||
    before.type !== after.type ||
    before.kind !== after.kind ||
    before.level !== after.level ||
    before.parent_id !== after.parentId ||
    before.path !== after.path ||
    before.valid_to !== after.validTo
  );
}

/**
 * An organisation listed again in a version that starts the day after the previous one ended (the same code
 * across the 2025 reform) succeeds its old row, so re-homing moves its in-flight nominations to it.
 */
async function linkPredecessors(tx: EntityManager, planned: Planned[]): Promise<number> {
  let written = 0;
  const byStart = new Map<string, Planned[]>();
  for (const p of planned) byStart.set(p.validFrom, [...(byStart.get(p.validFrom) ?? []), p]);
  for (const [validFrom, group] of byStart) {
    const previous = await tx.execute<{ id: string; code: string; linked: boolean }[]>(
      `select u.id, u.code, exists (select 1 from unit_succession s where s.predecessor_id = u.id
                and s.effective_on = ?) as linked
         from admin_unit u where u.kind <> 'ADMINISTRATIVE' and u.valid_to = ? and u.code in (?)`,
      [validFrom, dayBefore(validFrom), group.map((p) => p.code)],
    );
    const heirs = new Map(group.map((p) => [p.code, p]));
    const rows = previous
      .filter((old) => !old.linked)
      .map((old) => ({
        id: randomUUID(),
        predecessor: old.id,
        successor: heirs.get(old.code)!.id,
        kind: SuccessionKind.FULL,
        effectiveOn: validFrom,
        createdAt: new Date(),
      }));
    if (rows.length) await tx.insertMany(UnitSuccession, rows);
    written += rows.length;
  }
  return written;
}
