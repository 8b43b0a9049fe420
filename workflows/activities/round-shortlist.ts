import type { EntityManager } from '@mikro-orm/postgresql';
import { KINDS_CLOSED_BY_COMMENDATION } from '../../domain/stage-kinds';
import { NominationStatus, TaskStatus } from '../../domain/enums';
import { meanScore } from '../../domain/round-rules';
import { buildShortlist, type ShortlistCandidate } from '../../domain/shortlist';
import type { Period } from '../../server/entities/period.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';

export interface Candidate extends ShortlistCandidate {
  /** The deciding unit: the unit of its open decision task. */
  unitId: string;
  awardId: string;
}

export interface UnitShortlist {
  unitId: string;
  entries: { nominationId: string; rank: number; score: number }[];
  /** Nobody is left out at opening any more (the quota follows the vote); kept for the rounds' shape. */
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
    awardId: n.award.id,
    movementId: n.movement.id,
    nomineeKind: n.nomineeKind,
    gender: n.gender,
    memberCount: n.memberCount,
    femaleMemberCount: n.femaleMemberCount,
    score: meanScore(scores.get(n.id) ?? []),
  }));
}

/**
 * The shortlist of every deciding unit: every approved candidate waiting there, ranked within its
 * award form, movement and nominee kind. The council votes on all of them (DOMAIN-RULES: ranking
 * and the quota cut follow the vote); the quota is applied when voting closes.
 */
export async function shortlistsOf(em: EntityManager, period: Period): Promise<UnitShortlist[]> {
  const byUnit = new Map<string, Candidate[]>();
  for (const c of await candidatesOf(em, period))
    (byUnit.get(c.unitId) ?? byUnit.set(c.unitId, []).get(c.unitId)!).push(c);
  return [...byUnit.keys()].sort().map((unitId) => ({
    unitId,
    entries: buildShortlist(byUnit.get(unitId)!).map(({ candidate, rank }) => ({
      nominationId: candidate.id,
      rank,
      score: candidate.score,
    })),
    leftOutNominationIds: [],
  }));
}
