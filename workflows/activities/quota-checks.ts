import type { EntityManager } from '@mikro-orm/postgresql';
import { TaskStatus } from '../../domain/enums';
import { assertWithinQuota } from '../../domain/quota';
import { quotasBounding } from '../../domain/quota-cut';
import { KINDS_CLOSED_BY_COMMENDATION } from '../../domain/stage-kinds';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { AwardType } from '../../server/entities/award-type.entity';
import { Movement } from '../../server/entities/movement.entity';
import type { Nomination } from '../../server/entities/nomination.entity';
import { Period } from '../../server/entities/period.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { lockName } from '../../server/store/locks';
import {
  decidedCounts,
  forwardedCounts,
  quotaRules,
  usedBy,
  type GroupCount,
  type QuotaRuleOf,
} from '../../server/store/quota-counts';

/** Refuses when one of the quotas bounding the nomination at `unit` has no place left. */
async function assertEvery(
  em: EntityManager,
  nomination: Nomination,
  unit: AdminUnit,
  rules: QuotaRuleOf[],
  counts: () => Promise<GroupCount[]>,
) {
  const target = {
    unitId: unit.id,
    level: unit.level,
    movementId: nomination.movement.id,
    nomineeKind: nomination.nomineeKind,
    awardId: nomination.award.id,
  };
  const bounding = quotasBounding(rules, target);
  if (!bounding.length) return;
  const used = await counts();
  const [movement, award] = await Promise.all([
    em.findOneOrFail(Movement, nomination.movement.id),
    em.findOneOrFail(AwardType, nomination.award.id),
  ]);
  for (const rule of bounding) {
    const unitName = rule.awardId ? `${unit.name} — "${award.name}"` : unit.name;
    const scope = { unitName, movementName: movement.name, nomineeKind: nomination.nomineeKind };
    assertWithinQuota({ maxCount: rule.maxCount, scope }, usedBy(rule, unit.id, used));
  }
}

/** A reviewing unit may forward no more nominations than its caps (this one not yet counted). */
export async function assertForwardQuota(em: EntityManager, nomination: Nomination, unitId: string): Promise<void> {
  const period = await em.findOneOrFail(Period, nomination.period.id);
  // Serialises approvals that share a cap (of one award form or of every form), so two cannot both take its last place.
  await lockName(em, `forward:${period.id}:${nomination.movement.id}:${nomination.nomineeKind}:${unitId}`);
  const unit = await em.findOneOrFail(AdminUnit, unitId);
  const { forwarding } = await quotaRules(em, period.campaign.id, period.kind);
  await assertEvery(em, nomination, unit, forwarding, () => forwardedCounts(em, period.id, unitId, nomination.id));
}

/**
 * A deciding unit awards no more than its quotas of the nomination's award form and of every form
 * it decides. The deciding unit is the unit of the nomination's open decision task.
 */
export async function assertDecisionQuota(
  em: EntityManager,
  nomination: Nomination,
  decidingUnitId?: string,
): Promise<void> {
  const period = await em.findOneOrFail(Period, nomination.period.id);
  const unitId = decidingUnitId ?? (await decidingUnitOf(em, nomination));
  if (!unitId) return;
  await lockName(em, `decision:${period.id}:${unitId}:${nomination.movement.id}:${nomination.nomineeKind}`);
  const unit = await em.findOneOrFail(AdminUnit, unitId);
  const { decision } = await quotaRules(em, period.campaign.id, period.kind);
  await assertEvery(em, nomination, unit, decision, async () => (await decidedCounts(em, period.id, [unitId])).used);
}

async function decidingUnitOf(em: EntityManager, nomination: Nomination): Promise<string | null> {
  const task = await em.findOne(
    ReviewTask,
    {
      nomination,
      kind: { $in: KINDS_CLOSED_BY_COMMENDATION },
      status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] },
    },
    { orderBy: { createdAt: 'desc' } },
  );
  return task?.unit.id ?? null;
}
