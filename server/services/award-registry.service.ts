import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { CommendationKind } from '../../domain/enums';
import { readablePrefixes } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardRecord } from '../entities/award-record.entity';
import { Nominee } from '../entities/nominee.entity';
import { findOrRefuse } from '../store/load';
import { paginate, type PageRequest } from '../store/pagination';
import { assertHandlesNominee } from './nominee.service';

export interface AwardRegistryFilter {
  /** This unit's awards and those of the units below it. */
  unitId?: string | null;
  nomineeId?: string | null;
  year?: number | null;
  awardCode?: string | null;
  movementId?: string | null;
  commendationKind?: CommendationKind | null;
  /** Revoked awards are listed unless this is false. */
  includeRevoked?: boolean | null;
}

/** The register of awards of the units the viewer reads, newest entry first. */
export async function listAwardRegistry(
  em: EntityManager,
  viewer: Viewer,
  filter: AwardRegistryFilter,
  page: PageRequest,
) {
  const where: FilterQuery<AwardRecord>[] = [];
  if (filter.nomineeId) {
    // A nominee's whole history, wherever it was proposed, for the units that handle the nominee.
    const nominee = await findOrRefuse(em, Nominee, filter.nomineeId, 'filter.nomineeId', ['unit']);
    await assertHandlesNominee(em, viewer, nominee);
    where.push({ nominee });
  } else {
    const scope = readablePrefixes(viewer).map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } }));
    where.push({ $or: scope.length ? scope : [{ id: null }] });
  }
  if (filter.unitId) {
    const unit = await findOrRefuse(em, AdminUnit, filter.unitId, 'filter.unitId');
    where.push({ unit: { path: { $like: `${unit.path}%` } } });
  }
  if (filter.year) where.push({ year: filter.year });
  if (filter.awardCode) where.push({ award: { code: filter.awardCode.trim() } });
  if (filter.movementId) where.push({ movement: filter.movementId });
  if (filter.commendationKind) where.push({ commendationKind: filter.commendationKind });
  if (filter.includeRevoked === false) where.push({ revokedAt: null });
  return paginate(em, AwardRecord, { $and: where }, page);
}

/** A nominee the viewer handles, or a refusal. */
export async function handledNominee(em: EntityManager, viewer: Viewer, id: string) {
  const nominee = await findOrRefuse(em, Nominee, id, 'id', ['unit']);
  await assertHandlesNominee(em, viewer, nominee);
  return nominee;
}
