import type { EntityManager } from '@mikro-orm/postgresql';
import { KINDS_CLOSED_BY_COMMENDATION } from '../../domain/stage-kinds';
import { NominationStatus, type NomineeKind, TaskStatus } from '../../domain/enums';
import { meanScore } from '../../domain/round-rules';
import { buildShortlist, type ShortlistCandidate } from '../../domain/shortlist';
import type { Period } from '../../server/entities/period.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { commendedCount, decisionLimit } from '../../server/store/quota-counts';

export interface Candidate extends ShortlistCandidate {
  /** The deciding unit: the unit of its open decision task. */
  unitId: string;
}

export interface UnitShortlist {
  unitId: string;
  entries: { nominationId: string; rank: number; score: number }[];
  leftOutNominationIds: string[];
}

/** APPROVED nominations of the period waiting at a decision stage, scored by their reviewers. */
async function candidatesOf(em: EntityManager, period: Period): Promise<Candidate[]> {
  const waiting = await em.find(
    ReviewTask,
    {
      kind: { $in: KINDS_CLOSED_BY_COMMENDATION },
      status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] },
      nomination: { period, status: NominationStatus.APPROVED },
    },
    { populate: ['nomination'] },
  );
  const ids = waiting.map((t) => t.nomination.id);
  const scores = new Map<string, (number | null | undefined)[]>();
  for (const task of await em.find(ReviewTask, { nomination: { $in: ids }, status: TaskStatus.DONE })) {
    const own = scores.get(task.nomination.id) ?? scores.set(task.nomination.id, []).get(task.nomination.id)!;
    own.push(task.score);
  }
  return waiting.map(({ nomination: n, unit }) => ({
    id: n.id,
    unitId: unit.id,
    movementId: n.movement.id,
    nomineeKind: n.nomineeKind,
    gender: n.gender,
    memberCount: n.memberCount,
    femaleMemberCount: n.femaleMemberCount,
    score: meanScore(scores.get(n.id) ?? []),
  }));
}

/**
 * The shortlist of every deciding unit. The campaign quota bounds the period's decisions as a
 * whole, so candidates are ranked across units first (less what was already commended), then
 * each unit's shortlist is ranked again within its movement and nominee kind.
 */
export async function shortlistsOf(em: EntityManager, period: Period): Promise<UnitShortlist[]> {
  const candidates = await candidatesOf(em, period);
  const limits = new Map<string, number | null>();
  for (const c of candidates) {
    const key = `${c.movementId}|${c.nomineeKind}`;
    if (limits.has(key)) continue;
    const scope = {
      campaignId: period.campaign.id,
      movementId: c.movementId,
      periodKind: period.kind,
      nomineeKind: c.nomineeKind,
    };
    const limit = await decisionLimit(em, scope);
    const used = limit ? await commendedCount(em, period.id, c.movementId, c.nomineeKind) : 0;
    limits.set(key, limit ? Math.max(0, limit.maxCount - used) : null);
  }
  const quotaOf = (movementId: string, kind: NomineeKind) => limits.get(`${movementId}|${kind}`) ?? null;
  const chosen = new Set(buildShortlist(candidates, quotaOf).map((e) => e.candidate.id));
  const byUnit = new Map<string, Candidate[]>();
  for (const c of candidates) (byUnit.get(c.unitId) ?? byUnit.set(c.unitId, []).get(c.unitId)!).push(c);
  return [...byUnit.keys()].sort().map((unitId) => {
    const own = byUnit.get(unitId)!;
    const ranked = buildShortlist(
      own.filter((c) => chosen.has(c.id)),
      () => null,
    );
    return {
      unitId,
      entries: ranked.map(({ candidate, rank }) => ({ nominationId: candidate.id, rank, score: candidate.score })),
      leftOutNominationIds: own
        .filter((c) => !chosen.has(c.id))
        .map((c) => c.id)
        .sort(),
    };
  });
}
