import type { EntityManager } from '@mikro-orm/postgresql';
import { KINDS_CLOSED_BY_COMMENDATION, KINDS_TAKING_QUOTA } from '../../domain/stage-kinds';
import { Decision, NominationStatus, NomineeKind, PeriodKind, TaskStatus } from '../../domain/enums';
import type { QuotaRule } from '../../domain/quota-cut';
import { Quota } from '../entities/quota.entity';

/** Quotas and what counts against them: read by the API (quota use) and the worker (quota checks, the round). */

/** A decision quota or a forwarding cap, with the entity it came from. */
export interface QuotaRuleOf extends QuotaRule {
  quota: Quota;
}

/** The quotas of a campaign's period kind, split by scope: what deciding units award, what units forward. */
export async function quotaRules(em: EntityManager, campaignId: string, periodKind: PeriodKind) {
  const rows = await em.find(Quota, { campaign: campaignId, periodKind }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const base = (q: Quota) => ({
    id: q.id,
    movementId: q.movement.id,
    nomineeKind: q.nomineeKind,
    awardId: q.award?.id ?? null,
    maxCount: q.maxCount,
    quota: q,
  });
  const decision: QuotaRuleOf[] = [];
  const forwarding: QuotaRuleOf[] = [];
  for (const q of rows) {
    if (q.decidingUnit || q.decidingLevel)
      decision.push({ ...base(q), unitId: q.decidingUnit?.id ?? null, level: q.decidingLevel ?? null });
    else if (q.unit || q.unitLevel)
      forwarding.push({ ...base(q), unitId: q.unit?.id ?? null, level: q.unitLevel ?? null });
  }
  return { decision, forwarding };
}

/** How many of one group (unit × movement × nominee kind × award form) a count found. */
export interface GroupCount {
  unitId: string;
  movementId: string;
  nomineeKind: NomineeKind;
  awardId: string;
  count: number;
}

/** What a quota has used: the counts of its unit, movement and kind, of its award form or of every form. */
export function usedBy(rule: QuotaRule, unitId: string, counts: readonly GroupCount[]): number {
  return counts
    .filter(
      (c) =>
        c.unitId === unitId &&
        c.movementId === rule.movementId &&
        c.nomineeKind === rule.nomineeKind &&
        (rule.awardId === null || c.awardId === rule.awardId),
    )
    .reduce((sum, c) => sum + c.count, 0);
}

const toCounts = (rows: Record<string, unknown>[], column: string): GroupCount[] =>
  rows.map((r) => ({
    unitId: String(r.unit_id),
    movementId: String(r.movement_id),
    nomineeKind: r.nominee_kind as NomineeKind,
    awardId: String(r.award_id),
    count: Number(r[column]),
  }));

const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Nominations of a period commended by a decision of the given units (their decision task closed
 * by the commendation), and those still waiting at one, grouped in one query. No units: all of them.
 */
export async function decidedCounts(em: EntityManager, periodId: string, unitIds: string[] | null = null) {
  const rows: Record<string, unknown>[] = await em.execute(
    `select t.unit_id, n.movement_id, n.nominee_kind, n.award_id,
        count(distinct n.id) filter (where n.status = ? and t.status = ? and t.outcome = ?)::int as used,
        count(distinct n.id) filter (where n.status = ? and t.status in (?, ?))::int as waiting
      from review_task t join nomination n on n.id = t.nomination_id
      where n.period_id = ? and t.kind in (?) ${unitIds ? 'and t.unit_id in (?)' : ''}
      group by 1, 2, 3, 4`,
    [
      NominationStatus.COMMENDED,
      TaskStatus.DONE,
      Decision.APPROVE,
      NominationStatus.APPROVED,
      TaskStatus.OPEN,
      TaskStatus.CLAIMED,
      periodId,
      KINDS_CLOSED_BY_COMMENDATION,
      ...(unitIds ? [unitIds.length ? unitIds : [NO_ID]] : []),
    ],
  );
  return { used: toCounts(rows, 'used'), waiting: toCounts(rows, 'waiting') };
}

/**
 * Nominations of a period that `unitId` forwarded (approved at a review stage) and that are still
 * alive, by movement, kind and award form; `excludeId` leaves out the one being decided (two stages
 * may share a unit).
 */
export async function forwardedCounts(
  em: EntityManager,
  periodId: string,
  unitId: string,
  excludeId: string | null = null,
): Promise<GroupCount[]> {
  const rows: Record<string, unknown>[] = await em.execute(
    `select t.unit_id, n.movement_id, n.nominee_kind, n.award_id, count(distinct n.id)::int as used
      from review_task t join nomination n on n.id = t.nomination_id
      where t.unit_id = ? and t.kind in (?) and t.status = ? and t.outcome = ?
        and n.period_id = ? and n.status not in (?, ?)
        and n.id <> coalesce(?::uuid, '${NO_ID}'::uuid)
      group by 1, 2, 3, 4`,
    [
      unitId,
      KINDS_TAKING_QUOTA,
      TaskStatus.DONE,
      Decision.APPROVE,
      periodId,
      NominationStatus.WITHDRAWN,
      NominationStatus.REJECTED,
      excludeId,
    ],
  );
  return toCounts(rows, 'used');
}
