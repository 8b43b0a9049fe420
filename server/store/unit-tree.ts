import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, isLevelAbove } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';

/** Unit ids from the root down, as stored in `path` ("/a/b/c/"). */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The unit at `level` on the way from `unit` up to its province (the unit itself included). Where
 * the tree has no such level (a district stage of a nomination re-homed into the two-tier tree),
 * the nearest unit above it takes the stage.
 */
export async function ancestorAtLevel(
  em: EntityManager,
  unit: AdminUnit,
  level: AdminLevel,
): Promise<AdminUnit | null> {
  if (unit.level === level) return unit;
  const chain = await em.find(AdminUnit, { id: { $in: pathIds(unit.path) } });
  const exact = chain.find((u) => u.level === level);
  if (exact) return exact;
  const above = chain.filter((u) => isLevelAbove(u.level, level));
  return above.sort((a, b) => b.path.length - a.path.length)[0] ?? null;
}
