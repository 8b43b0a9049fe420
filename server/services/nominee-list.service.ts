import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { NomineeKind } from '../../domain/enums';
import { foldName } from '../../domain/nominee-records';
import { readablePrefixes } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Nominee } from '../entities/nominee.entity';
import { findOrRefuse } from '../store/load';
import { paginate, type PageRequest } from '../store/pagination';

export interface NomineeFilter {
  unitId?: string | null;
  kind?: NomineeKind | null;
  /** Part of the name, with or without diacritics; or a whole CCCD. */
  search?: string | null;
}

/** Nominee records of the units the viewer reads, to pick one for a new nomination. Newest first. */
export async function listNominees(em: EntityManager, viewer: Viewer, filter: NomineeFilter, page: PageRequest) {
  const scope = readablePrefixes(viewer).map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } }));
  const where: FilterQuery<Nominee>[] = [{ $or: scope.length ? scope : [{ id: null }] }];
  if (filter.unitId) {
    const unit = await findOrRefuse(em, AdminUnit, filter.unitId, 'filter.unitId');
    where.push({ unit: { path: { $like: `${unit.path}%` } } });
  }
  if (filter.kind) where.push({ kind: filter.kind });
  const search = filter.search?.trim();
  if (search) {
    const folded = foldName(search).replace(/[%_\\]/g, '');
    where.push(/^\d{12}$/.test(search) ? { identityNumber: search } : { foldedName: { $like: `%${folded}%` } });
  }
  return paginate(em, Nominee, { $and: where }, page);
}
