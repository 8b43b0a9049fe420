import type { EntityManager } from '@mikro-orm/postgresql';
import type { NomineeKind } from '../../domain/enums';
import { assertCanRead } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Movement } from '../entities/movement.entity';
import { Period } from '../entities/period.entity';
import { findOrRefuse } from '../store/load';
import { commendedCount, decisionLimit, forwardedCount, forwardLimit } from '../store/quota-counts';

/** One quota's use: `unit` null for the campaign's decisions, `maxCount` null where no quota is set. */
export interface QuotaUsage {
  movement: Movement;
  nomineeKind: NomineeKind;
  unit: AdminUnit | null;
  maxCount: number | null;
  used: number;
}

/**
 * Quota use in a period for every movement and nominee kind: what `unitId` forwarded against its
 * quota, or without a unit what the campaign's decisions awarded against the campaign quota.
 */
export async function quotaUsage(em: EntityManager, viewer: Viewer, periodId: string, unitId?: string | null) {
  const period = await findOrRefuse(em, Period, periodId, 'periodId');
  const unit = unitId ? await findOrRefuse(em, AdminUnit, unitId, 'unitId') : null;
  if (unit) assertCanRead(viewer, unit.path);
  const movements = await em.find(Movement, { campaign: period.campaign.id }, { orderBy: { position: 'asc' } });
  const rows: QuotaUsage[] = [];
  for (const movement of movements) {
    for (const nomineeKind of movement.nomineeKinds) {
      const scope = { campaignId: period.campaign.id, movementId: movement.id, periodKind: period.kind, nomineeKind };
      const limit = unit ? await forwardLimit(em, scope, unit) : await decisionLimit(em, scope);
      const used = unit
        ? await forwardedCount(em, period.id, movement.id, nomineeKind, unit.id)
        : await commendedCount(em, period.id, movement.id, nomineeKind);
      rows.push({ movement, nomineeKind, unit, maxCount: limit?.maxCount ?? null, used });
    }
  }
  return rows;
}
