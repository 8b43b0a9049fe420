import type { EntityManager } from '@mikro-orm/postgresql';
import { KINDS_TAKING_QUOTA } from '../../domain/stage-kinds';
import { Decision, NominationStatus, NomineeKind, PeriodKind, TaskStatus } from '../../domain/enums';
import type { QuotaLimit } from '../../domain/quota';
import type { AdminUnit } from '../entities/admin-unit.entity';
import { Quota } from '../entities/quota.entity';

/** Quotas and what counts against them: read by the API (quota use) and the worker (quota checks). */

export interface QuotaScope {
  campaignId: string;
  movementId: string;
  periodKind: PeriodKind;
  nomineeKind: NomineeKind;
}

/** What one unit may forward: its own quota, else the quota for every unit of its level. */
export async function forwardLimit(em: EntityManager, scope: QuotaScope, unit: AdminUnit): Promise<QuotaLimit | null> {
  const base = {
    campaign: scope.campaignId,
    movement: scope.movementId,
    periodKind: scope.periodKind,
    nomineeKind: scope.nomineeKind,
  };
  const quota =
    (await em.findOne(Quota, { ...base, unit })) ??
    (await em.findOne(Quota, { ...base, unit: null, unitLevel: unit.level }));
  return quota ? { maxCount: quota.maxCount, scope: `${unit.name}, ${scope.nomineeKind}` } : null;
}

/** What the campaign's decisions may award in one period kind. */
export async function decisionLimit(em: EntityManager, scope: QuotaScope): Promise<QuotaLimit | null> {
  const quota = await em.findOne(Quota, {
    campaign: scope.campaignId,
    movement: scope.movementId,
    periodKind: scope.periodKind,
    nomineeKind: scope.nomineeKind,
    unit: null,
    unitLevel: null,
  });
  return quota ? { maxCount: quota.maxCount, scope: `${scope.periodKind}, ${scope.nomineeKind}` } : null;
}

/**
 * Nominations of a period's movement and kind that `unitId` forwarded (approved at a review stage)
 * and that are still alive; `excludeId` leaves out the one being decided (two stages may share a unit).
 */
export async function forwardedCount(
  em: EntityManager,
  periodId: string,
  movementId: string,
  kind: NomineeKind,
  unitId: string,
  excludeId: string | null = null,
) {
  const [row] = await em.execute(
    `select count(distinct n.id)::int as used from review_task t join nomination n on n.id = t.nomination_id
      where t.unit_id = ? and t.kind in (?) and t.status = ? and t.outcome = ?
        and n.period_id = ? and n.movement_id = ? and n.nominee_kind = ? and n.status not in (?, ?)
        and n.id <> coalesce(?::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`,
    [
      unitId,
      KINDS_TAKING_QUOTA,
      TaskStatus.DONE,
      Decision.APPROVE,
      periodId,
      movementId,
      kind,
      NominationStatus.WITHDRAWN,
      NominationStatus.REJECTED,
      excludeId,
    ],
  );
  return Number(row.used);
}

/** Nominations of a period's movement and kind already commended. */
export async function commendedCount(em: EntityManager, periodId: string, movementId: string, kind: NomineeKind) {
  return em
    .execute(
      `select count(*)::int as used from nomination where period_id = ? and movement_id = ? and nominee_kind = ? and status = ?`,
      [periodId, movementId, kind, NominationStatus.COMMENDED],
    )
    .then(([row]) => Number(row.used));
}
