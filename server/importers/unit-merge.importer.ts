import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertDay } from '../../domain/campaign-rules';
import { AdminLevel, SuccessionKind } from '../../domain/enums';
import { UnitSuccession } from '../entities/unit-succession.entity';
import { pathIds } from '../store/unit-tree';
import { CsvRefusedError, readMergeMapping, type CsvProblem } from './admin-unit-csv';
import { REFORM_EFFECTIVE_ON, type ImportProgress } from './admin-unit.importer';

export interface MergeMappingOptions {
  file: string;
  /** The reform day: the new list is the version starting that day, the old one is in force the day before. */
  effectiveOn?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface MergeMappingResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Derived rows: old provinces and districts, which the official mapping does not list. */
  derivedProvinces: number;
  derivedDistricts: number;
  /** Old-list units whose validTo was set to the day before the reform. */
  closed: number;
  /** Codes of old-list units still without any successor (should be none). */
  withoutSuccessor: string[];
}

interface ListUnit {
  id: string;
  code: string;
  level: AdminLevel;
  path: string;
}

interface Wanted {
  predecessor: string;
  successor: string;
  kind: SuccessionKind;
}

interface StoredSuccession {
  id: string;
  predecessor_id: string;
  successor_id: string;
  kind: SuccessionKind;
  effective_on: string;
}

const BATCH = 1000;
const OLD_LIST = `valid_from < ? and (valid_to is null or valid_to >= ?)`;

export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Writes the official mapping as UnitSuccession rows, derives a successor for every old province and
 * district (the new province that received most of its communes), and closes the old list the day
 * before the reform. Idempotent: rows are keyed by (predecessor, successor).
 */
export async function importMergeMapping(em: EntityManager, options: MergeMappingOptions): Promise<MergeMappingResult> {
  const effectiveOn = assertDay(options.effectiveOn ?? REFORM_EFFECTIVE_ON, 'effectiveOn');
  const lastOldDay = dayBefore(effectiveOn);
  const rows = await readMergeMapping(options.file, (done) => options.onProgress?.({ step: 'read', done }));

  return em.transactional(async (tx) => {
    // Oldest version first, so where a code recurs the newest version in force wins in the map.
    const oldUnits = await tx.execute<ListUnit[]>(
      `select id, code, level, path from admin_unit where ${OLD_LIST} order by valid_from asc`,
      [effectiveOn, lastOldDay],
    );
    const newUnits = await tx.execute<ListUnit[]>(`select id, code, level, path from admin_unit where valid_from = ?`, [
      effectiveOn,
    ]);
    if (!newUnits.length)
      throw new Error(`No unit list starts on ${effectiveOn}: import the new list before the mapping.`);
    const oldByCode = new Map(oldUnits.map((u) => [u.code, u]));
    const newByCode = new Map(newUnits.map((u) => [u.code, u]));

    const problems: CsvProblem[] = [];
    const wanted = new Map<string, Wanted>();
    for (const row of rows) {
      const from = oldByCode.get(row.oldCode);
      const to = newByCode.get(row.newCode);
      if (!from)
        problems.push({ line: row.line, message: `old_code ${row.oldCode} is not a unit in force on ${lastOldDay}` });
      if (!to)
        problems.push({
          line: row.line,
          message: `new_code ${row.newCode} is not a unit of the list starting ${effectiveOn}`,
        });
      if (!from || !to) continue;
      const kind = row.full ? SuccessionKind.FULL : SuccessionKind.PARTIAL;
      wanted.set(`${from.id}|${to.id}`, { predecessor: from.id, successor: to.id, kind });
    }
    if (problems.length) throw new CsvRefusedError(options.file, problems);
    const explicit = [...wanted.values()];
    const derived = deriveUpperTiers(oldUnits, new Map(newUnits.map((u) => [u.id, u])), explicit);
    for (const row of derived) wanted.set(`${row.predecessor}|${row.successor}`, row);

    const stored = await tx.execute<StoredSuccession[]>(
      `select s.id, s.predecessor_id, s.successor_id, s.kind, to_char(s.effective_on, 'YYYY-MM-DD') as effective_on
         from unit_succession s join admin_unit p on p.id = s.predecessor_id
        where p.valid_from < ? and (p.valid_to is null or p.valid_to >= ?)`,
      [effectiveOn, lastOldDay],
    );
    const storedByPair = new Map(stored.map((s) => [`${s.predecessor_id}|${s.successor_id}`, s]));
    const toCreate: Wanted[] = [];
    let updated = 0;
    for (const [pair, row] of wanted) {
      const before = storedByPair.get(pair);
      if (!before) toCreate.push(row);
      else if (before.kind !== row.kind || before.effective_on !== effectiveOn) {
        await tx.execute(
          `update unit_succession set kind = ?, effective_on = ? where id = ?`,
          [row.kind, effectiveOn, before.id],
          'run',
        );
        updated += 1;
      }
    }
    for (let i = 0; i < toCreate.length; i += BATCH) {
      const createdAt = new Date();
      const batch = toCreate.slice(i, i + BATCH).map((w) => ({ id: randomUUID(), createdAt, effectiveOn, ...w }));
      await tx.insertMany(UnitSuccession, batch);
      options.onProgress?.({ step: 'write', done: Math.min(i + BATCH, toCreate.length), total: toCreate.length });
    }
    const closed = await tx.execute<{ affectedRows: number }>(
      `update admin_unit set valid_to = ? where valid_from < ? and (valid_to is null or valid_to > ?)`,
      [lastOldDay, effectiveOn, lastOldDay],
      'run',
    );
    const succeeded = new Set([...wanted.values()].map((w) => w.predecessor));
    const levelOf = new Map(oldUnits.map((u) => [u.id, u.level]));
    return {
      rows: rows.length,
      created: toCreate.length,
      updated,
      unchanged: wanted.size - toCreate.length - updated,
      derivedProvinces: derived.filter((d) => levelOf.get(d.predecessor) === AdminLevel.PROVINCE).length,
      derivedDistricts: derived.filter((d) => levelOf.get(d.predecessor) === AdminLevel.DISTRICT).length,
      closed: closed.affectedRows,
      withoutSuccessor: oldUnits.filter((u) => !succeeded.has(u.id)).map((u) => u.code),
    };
  });
}

/**
 * Old provinces and districts are not in the official mapping: each goes to the new province that
 * received most of its communes (FULL when all of them, ties to the lower code). Units that the
 * mapping already names (island districts turned special zones) keep only their official rows.
 */
export function deriveUpperTiers(oldUnits: ListUnit[], newById: Map<string, ListUnit>, explicit: Wanted[]): Wanted[] {
  const oldById = new Map(oldUnits.map((u) => [u.id, u]));
  const named = new Set(explicit.map((w) => w.predecessor));
  // upper-tier old unit id → new province id → old commune ids that went there
  const tally = new Map<string, Map<string, Set<string>>>();
  for (const row of explicit) {
    const commune = oldById.get(row.predecessor);
    const target = newById.get(row.successor);
    if (!commune || commune.level !== AdminLevel.COMMUNE || !target) continue;
    const newProvince = pathIds(target.path)[0];
    for (const ancestor of pathIds(commune.path).slice(0, -1)) {
      const perProvince = tally.get(ancestor) ?? new Map<string, Set<string>>();
      tally.set(ancestor, perProvince);
      const communes = perProvince.get(newProvince) ?? new Set<string>();
      perProvince.set(newProvince, communes.add(commune.id));
    }
  }
  const derived: Wanted[] = [];
  for (const [upper, perProvince] of tally) {
    if (named.has(upper) || !oldById.has(upper)) continue;
    const ranked = [...perProvince].sort(
      ([a, x], [b, y]) => y.size - x.size || newById.get(a)!.code.localeCompare(newById.get(b)!.code),
    );
    const kind = ranked.length === 1 ? SuccessionKind.FULL : SuccessionKind.PARTIAL;
    derived.push({ predecessor: upper, successor: ranked[0][0], kind });
  }
  return derived;
}
