import type { EntityManager } from '@mikro-orm/postgresql';
import { assertWithinQuota } from '../../domain/quota';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import type { Nomination } from '../../server/entities/nomination.entity';
import { Period } from '../../server/entities/period.entity';
import { commendedCount, decisionLimit, forwardedCount, forwardLimit } from '../../server/services/quota.service';

/** Serialises decisions that share a quota, so two approvals cannot both take its last place. */
async function lockQuota(em: EntityManager, key: string): Promise<void> {
  // em.execute runs inside the activity's transaction, so the lock lasts until it commits.
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
}

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
  await lockQuota(em, `forward:${period.id}:${scope.movementId}:${scope.nomineeKind}:${unitId}`);
  const unit = await em.findOneOrFail(AdminUnit, unitId);
  const limit = await forwardLimit(em, scope, unit);
  if (!limit) return;
  const used = await forwardedCount(em, period.id, scope.movementId, scope.nomineeKind, unitId, nomination.id);
  assertWithinQuota(limit, used);
}

/** The commendation decisions of a period may not exceed the campaign quota. */
export async function assertDecisionQuota(em: EntityManager, nomination: Nomination): Promise<void> {
  const { period, scope } = await scopeOf(em, nomination);
  await lockQuota(em, `decision:${period.id}:${scope.movementId}:${scope.nomineeKind}`);
  const limit = await decisionLimit(em, scope);
  if (!limit) return;
  assertWithinQuota(limit, await commendedCount(em, period.id, scope.movementId, scope.nomineeKind));
}
