import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, UnitKind } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';

/** Unit ids from the root down, as stored in `path` ("/a/b/c/"). */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The administrative unit at `level` on the way from `unit` up to its province (the unit itself included).
 * A nominating organisation never takes a stage: its level is its parent's, so the parent (or a unit above)
 * does. Where the tree has no district because districts were abolished (the two-tier tree from 1 July
 * 2025), a DISTRICT stage goes to the commune of the chain: district powers passed to the commune chair
 * (Decree 129/2025; DOMAIN-RULES "Who grants what"), never up to the province. Otherwise null.
 */
export async function ancestorAtLevel(
  em: EntityManager,
  unit: AdminUnit,
  level: AdminLevel,
): Promise<AdminUnit | null> {
  if (unit.level === level && unit.kind === UnitKind.ADMINISTRATIVE) return unit;
  const chain = await em.find(AdminUnit, { id: { $in: pathIds(unit.path) }, kind: UnitKind.ADMINISTRATIVE });
  const exact = chain.find((u) => u.level === level);
  if (exact) return exact;
  if (level === AdminLevel.DISTRICT) return chain.find((u) => u.level === AdminLevel.COMMUNE) ?? null;
  return null;
}
