import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertDay, assertRange } from '../../domain/campaign-rules';
import { AdminLevel, LEVEL_DEPTH } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';
import { readUnitList } from './admin-unit-csv';

/**
 * Version dates of the two official lists. The three-tier list is dated from 2020-01-01 so that it is in
 * force at the start of every period of the 2021–2025 movement (a period routes along the tree in force
 * at its start); the demo seed uses the same date, so an import reuses the demo units. It ends the day
 * before the reform; the two-tier list starts on the reform day and stays open.
 */
export const REFORM_EFFECTIVE_ON = '2025-07-01';
export const PRE_REFORM_LIST = { validFrom: '2020-01-01', validTo: '2025-06-30' } as const;
export const POST_REFORM_LIST = { validFrom: REFORM_EFFECTIVE_ON, validTo: null } as const;

export interface ImportProgress {
  step: 'read' | 'write';
  done: number;
  total?: number;
}

export interface UnitListOptions {
  file: string;
  /** The version: (code, validFrom) identifies a unit, so the same file and date update in place. */
  validFrom: string;
  /** Last day of the version; undefined keeps what stored units have (new ones stay open). */
  validTo?: string | null;
  onProgress?: (progress: ImportProgress) => void;
}

export interface UnitListResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Units of this version in the database but not in the file: kept, since records may point at them. */
  notInFile: number;
  byLevel: Record<AdminLevel, number>;
}

interface StoredUnit {
  id: string;
  code: string;
  name: string;
  type: string;
  level: AdminLevel;
  parent_id: string | null;
  path: string;
  valid_to: string | null;
}

interface PlannedUnit {
  id: string;
  code: string;
  name: string;
  type: string;
  level: AdminLevel;
  parentId: string | null;
  path: string;
  validTo: string | null;
}

const BATCH = 1000;

/** Loads one list version in one transaction, with batched inserts and updates. */
export async function importUnitList(em: EntityManager, options: UnitListOptions): Promise<UnitListResult> {
  const { file, validFrom, validTo, onProgress } = options;
  assertDay(validFrom, 'validFrom');
  if (validTo) assertRange(validFrom, assertDay(validTo, 'validTo'), 'validTo');
  const rows = await readUnitList(file, (done) => onProgress?.({ step: 'read', done }));
  // Parents before children, so each path can be built from its parent's.
  const ordered = [...rows].sort((a, b) => LEVEL_DEPTH[a.level] - LEVEL_DEPTH[b.level]);
  const byLevel = { PROVINCE: 0, DISTRICT: 0, COMMUNE: 0 };
  for (const row of rows) byLevel[row.level] += 1;

  return em.transactional(async (tx) => {
    const stored = await tx.execute<StoredUnit[]>(
      `select id, code, name, type, level, parent_id, path, to_char(valid_to, 'YYYY-MM-DD') as valid_to
         from admin_unit where valid_from = ? and kind = 'ADMINISTRATIVE'`,
      [validFrom],
    );
    const existing = new Map(stored.map((u) => [u.code, u]));
    const planned = new Map<string, PlannedUnit>();
    const created: PlannedUnit[] = [];
    const changed: PlannedUnit[] = [];
    for (const row of ordered) {
      const before = existing.get(row.code);
      const parent = row.parentCode ? planned.get(row.parentCode)! : null;
      const id = before?.id ?? randomUUID();
      const unit: PlannedUnit = {
        id,
        code: row.code,
        name: row.name,
        type: row.type,
        level: row.level,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        validTo: validTo === undefined ? (before?.valid_to ?? null) : validTo,
      };
      planned.set(row.code, unit);
      if (!before) created.push(unit);
      else if (differs(before, unit)) changed.push(unit);
    }
    const total = created.length + changed.length;
    let done = 0;
    for (let i = 0; i < created.length; i += BATCH) {
      const now = new Date();
      const batch = created
        .slice(i, i + BATCH)
        .map(({ parentId, ...u }) => ({ ...u, parent: parentId ?? undefined, validFrom, createdAt: now }));
      await tx.insertMany(AdminUnit, batch);
      done += Math.min(BATCH, created.length - i);
      onProgress?.({ step: 'write', done, total });
    }
    for (let i = 0; i < changed.length; i += BATCH) {
      await updateBatch(tx, changed.slice(i, i + BATCH));
      done += Math.min(BATCH, changed.length - i);
      onProgress?.({ step: 'write', done, total });
    }
    const notInFile = stored.filter((u) => !planned.has(u.code)).length;
    const unchanged = rows.length - created.length - changed.length;
    return { rows: rows.length, created: created.length, updated: changed.length, unchanged, notInFile, byLevel };
  });
}

function differs(before: StoredUnit, after: PlannedUnit): boolean {
  return (
    before.name !== after.name ||
    before.type !== after.type ||
    before.level !== after.level ||
    before.parent_id !== after.parentId ||
    before.path !== after.path ||
    before.valid_to !== after.validTo
  );
}

/** One UPDATE … FROM (VALUES …) per batch instead of a statement per unit. */
async function updateBatch(tx: EntityManager, units: PlannedUnit[]): Promise<void> {
  const values = units.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ');
  const params = units.flatMap((u) => [u.id, u.name, u.type, u.level, u.parentId, u.path, u.validTo]);
  await tx.execute(
    `update admin_unit as u
        set name = v.name, type = v.type, level = v.level::admin_level, parent_id = v.parent_id::uuid,
            path = v.path, valid_to = v.valid_to::date
       from (values ${values}) as v(id, name, type, level, parent_id, path, valid_to)
      where u.id = v.id::uuid`,
    params,
    'run',
  );
}
