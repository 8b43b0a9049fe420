import type { EntityManager } from '@mikro-orm/postgresql';
import { SuccessionKind } from '../../domain/enums';
import { sumFigures, type PovertyFigures } from '../../domain/poverty-rules';
import type { AdminUnit } from '../entities/admin-unit.entity';
import { PovertyCount } from '../entities/poverty-count.entity';
import { UnitSuccession } from '../entities/unit-succession.entity';

/** A unit's figures for a year, and the predecessors they were added up from (empty: its own count). */
export interface YearFigures {
  figures: PovertyFigures;
  fromPredecessors: string[];
}

/** Reforms chain at most a few times (2025: one); the bound keeps a cyclic mapping from looping. */
const MAX_GENERATIONS = 4;

/**
 * The counts of some units for some years, read in a few statements. A unit created by a merger has no
 * review of the years before it existed: those are the sum of its predecessors' (all of them wholly merged
 * into it; a split predecessor's households cannot be apportioned, so then the unit must enter its own).
 */
export async function loadPovertyBook(em: EntityManager, units: AdminUnit[], years: number[]) {
  const predecessors = new Map<string, { unit: AdminUnit; kind: SuccessionKind }[]>();
  const all = new Map(units.map((u) => [u.id, u]));
  let frontier = units.map((u) => u.id);
  for (let generation = 0; generation < MAX_GENERATIONS && frontier.length; generation++) {
    const rows = await em.find(UnitSuccession, { successor: { $in: frontier } }, { populate: ['predecessor'] });
    frontier = [];
    for (const row of rows) {
      const list = predecessors.get(row.successor.id) ?? [];
      list.push({ unit: row.predecessor, kind: row.kind });
      predecessors.set(row.successor.id, list);
      if (!all.has(row.predecessor.id)) frontier.push(row.predecessor.id);
      all.set(row.predecessor.id, row.predecessor);
    }
  }
  const counts = await em.find(PovertyCount, { unit: { $in: [...all.keys()] }, year: { $in: [...new Set(years)] } });
  const own = new Map(counts.map((c) => [`${c.unit.id}:${c.year}`, c]));

  function figuresOf(unitId: string, year: number, depth = 0): YearFigures | null {
    const count = own.get(`${unitId}:${year}`);
    if (count) return { figures: count, fromPredecessors: [] };
    const unit = all.get(unitId);
    const before = predecessors.get(unitId) ?? [];
    // Only a unit that did not exist at the end of that year takes its predecessors' figures.
    if (!unit || unit.validFrom <= `${year}-12-31` || !before.length || depth >= MAX_GENERATIONS) return null;
    if (before.some((p) => p.kind !== SuccessionKind.FULL)) return null;
    const parts = before.map((p) => ({ code: p.unit.code, got: figuresOf(p.unit.id, year, depth + 1) }));
    if (parts.some((p) => !p.got)) return null;
    const figures = sumFigures(parts.map((p) => p.got!.figures));
    return figures && { figures, fromPredecessors: parts.map((p) => p.code).sort() };
  }
  return { figuresOf };
}
