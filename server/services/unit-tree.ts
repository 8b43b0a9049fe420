import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';

/** Unit ids from the root down, as stored in `path` ("/a/b/c/"). */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The unit at `level` on the way from `unit` up to its province (the unit itself included). */
export async function ancestorAtLevel(em: EntityManager, unit: AdminUnit, level: AdminLevel): Promise<AdminUnit | null> {
  if (unit.level === level) return unit;
  return em.findOne(AdminUnit, { id: { $in: pathIds(unit.path) }, level });
}
