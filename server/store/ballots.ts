import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, RoundStatus, type Vote } from '../../domain/enums';
import { refusal } from '../../domain/messages/message';
import { roundMessages as M } from '../../domain/messages/round.messages';
import { CommendationRound } from '../entities/commendation-round.entity';
import { CouncilBallot } from '../entities/council-ballot.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import { User } from '../entities/user.entity';
import { addAudit, type AuditInput } from './audit';
import { lockName } from './locks';

export interface BallotPaper {
  roundId: string;
  votes: { entryId: string; vote: Vote }[];
  inWriting: boolean;
  actor: NonNullable<AuditInput['actor']>;
}

/**
 * The round's row, locked FOR SHARE: ballots and objections of a round go on side by side, while
 * closing the vote (or the notice) locks it FOR UPDATE and so waits for them, or they for it.
 */
export function shareRound(em: EntityManager, roundId: string) {
  return em.findOne(CommendationRound, roundId, { lockMode: LockMode.PESSIMISTIC_READ });
}

/**
 * Records a member's ballot paper in the caller's transaction, written by the API itself so the
 * period's workflow history does not grow with every vote: the round must be voting and before its
 * close (the tally takes the round's lock and counts what is committed), every vote on its shortlist.
 * A vote equal to the one recorded writes nothing. Answers the paper's ballots and how many changed.
 */
export async function recordBallotPaper(em: EntityManager, paper: BallotPaper) {
  const round = await shareRound(em, paper.roundId);
  if (!round) throw refusal(M.notInPeriod, undefined, 'roundId');
  const closesAt = round.votingClosesAt?.getTime() ?? 0;
  if (round.status !== RoundStatus.VOTING || Date.now() >= closesAt) throw refusal(M.votingClosed);
  const entryIds = paper.votes.map((v) => v.entryId);
  const entries = new Map((await em.find(RoundEntry, { id: { $in: entryIds } })).map((e) => [e.id, e]));
  if (!entryIds.length || entryIds.some((id) => entries.get(id)?.round.id !== round.id))
    throw refusal(M.voteOffShortlist, undefined, 'votes');
  // One member's papers take turns: two at once would both insert the same (entry, member) row.
  await lockName(em, `ballot:${round.id}:${paper.actor.userId}`);
  const member = em.getReference(User, paper.actor.userId);
  const earlier = new Map(
    (await em.find(CouncilBallot, { entry: { $in: entryIds }, member }, { refresh: true })).map((b) => [b.entry.id, b]),
  );
  const key = randomUUID();
  const ballots: CouncilBallot[] = [];
  let changed = 0;
  for (const { entryId, vote } of paper.votes) {
    const before = earlier.get(entryId);
    if (before && before.vote === vote && before.inWriting === paper.inWriting) {
      ballots.push(before);
      continue;
    }
    const was = before ? { vote: before.vote, inWriting: before.inWriting } : null;
    const ballot = before ?? em.create(CouncilBallot, { entry: entries.get(entryId)!, member, vote });
    Object.assign(ballot, { vote, inWriting: paper.inWriting });
    changed += 1;
    // Not on the nomination's history: how each member voted is for the council's records.
    addAudit(em, {
      key: `ballot:${key}:${entryId}`,
      nominationId: null,
      actor: paper.actor,
      action: AuditAction.VOTE_CAST,
      before: was,
      after: { entryId, vote, inWriting: paper.inWriting },
      entityType: 'CouncilBallot',
      entityId: ballot.id,
    });
    ballots.push(ballot);
  }
  await em.flush();
  return { ballots, changed };
}
