import type { EntityManager } from '@mikro-orm/postgresql';
import { assertWithinQuota } from '../../domain/quota';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import type { Nomination } from '../../server/entities/nomination.entity';
import { Period } from '../../server/entities/period.entity';
import { lockName } from '../../server/store/locks';
import { commendedCount, decisionLimit, forwardedCount, forwardLimit } from '../../server/store/quota-counts';

async function scopeOf(em: EntityManager, nomination: Nomination) {
  const period = await em.findOneOrFail(Period, nomination.period.id);
  return {
    period,
    scope: {
      campaignId: period.campaign.id,
      movementId: nomination.movement.id,
      periodKind: period.kind,
      nomineeKind: nomination.nomineeKind,
    },
  };
}

/** A reviewing unit may forward no more nominations than its quota (this one not yet counted). */
export async function assertForwardQuota(em: EntityManager, nomination: Nomination, unitId: string): Promise<void> {
  const { period, scope } = await scopeOf(em, nomination);
  // Serialises decisions that share a quota, so two approvals cannot both take its last place.
  await lockName(em, `forward:${period.id}:${scope.movementId}:${scope.nomineeKind}:${unitId}`);
  const unit = await em.findOneOrFail(AdminUnit, unitId);
  const limit = await forwardLimit(em, scope, unit);
  if (!limit) return;
  const used = await forwardedCount(em, period.id, scope.movementId, scope.nomineeKind, unitId, nomination.id);
  assertWithinQuota(limit, used);
}

/** The commendation decisions of a period may not exceed the campaign quota. */
export async function assertDecisionQuota(em: EntityManager, nomination: Nomination): Promise<void> {
  const { period, scope } = await scopeOf(em, nomination);
  await lockName(em, `decision:${period.id}:${scope.movementId}:${scope.nomineeKind}`);
  const limit = await decisionLimit(em, scope);
  if (!limit) return;
  assertWithinQuota(limit, await commendedCount(em, period.id, scope.movementId, scope.nomineeKind));
}
