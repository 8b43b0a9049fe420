import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationFailure } from '@temporalio/common';
import { AuditAction, NotificationKind, Role, RoundOutcome, RoundStatus } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import { tallyBallots } from '../../domain/round-rules';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { CouncilBallot } from '../../server/entities/council-ballot.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { Period } from '../../server/entities/period.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import { User } from '../../server/entities/user.entity';
import type { Orm } from '../../server/db/open-database';
import { addAudit, hasAudit, recordAudit } from '../../server/store/audit';
import { lockName } from '../../server/store/locks';
import { holdersOf } from '../../server/store/role-holders';
import type { ActorRef } from '../nomination-pipeline.messages';
import type { CastBallotArgs, OpenedRoundCounts } from '../period.messages';
import { transactionRunner } from './activity-transaction';
import { assertCouncilMember } from './actor-guard';
import { notifyUsers } from './round-notices';
import { entriesBeyondQuota } from './round-quota';
import { shortlistsOf } from './round-shortlist';

export interface OpenedRound {
  roundId: string;
  unitId: string;
  entryIds: string[];
  nominationIds: string[];
  leftOutNominationIds: string[];
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** Audits a change of a round (not of one nomination). */
export function auditRound(
  em: EntityManager,
  roundId: string,
  key: string,
  actor: ActorRef | null,
  after: Record<string, unknown>,
  comment?: string,
) {
  return recordAudit(em, {
    key,
    nominationId: null,
    actor,
    action: AuditAction.ROUND_CHANGED,
    after,
    comment,
    entityType: 'CommendationRound',
    entityId: roundId,
  });
}

/** Lock a round's row: its status changes and the ballots counted under it queue up behind each other. */
export function lockRound(em: EntityManager, roundId: string) {
  return em.findOneOrFail(CommendationRound, roundId, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** Shortlisting and the council vote. */
export function createRoundActivities({ orm }: { orm: Orm }) {
  const inTransaction = transactionRunner(orm);

  return {
    /** One round per deciding unit with its ranked shortlist; a retry answers what the first run made. */
    async openRounds(args: { periodId: string; actor: ActorRef | null }): Promise<OpenedRound[]> {
      return inTransaction(async (em) => {
        const done = await em.findOne(AuditEvent, { idempotencyKey: openedKey(args.periodId) });
        if (done) return (done.after as { rounds: OpenedRound[] }).rounds;
        const opened = await openAll(em, args);
        await recordAudit(em, {
          key: openedKey(args.periodId),
          nominationId: null,
          actor: args.actor,
          action: AuditAction.ROUND_CHANGED,
          after: { rounds: opened },
          entityType: 'Period',
          entityId: args.periodId,
        });
        return opened;
      });
    },

    /** As `openRounds`, answering counts: the ids stay in the database, whatever the size of the round. */
    async openRoundCounts(args: { periodId: string; actor: ActorRef | null }): Promise<OpenedRoundCounts[]> {
      return inTransaction(async (em) => {
        const done = await em.findOne(AuditEvent, { idempotencyKey: openedKey(args.periodId) });
        if (done) return (done.after as { rounds: (OpenedRound | OpenedRoundCounts)[] }).rounds.map(countsOf);
        const opened = (await openAll(em, args)).map(countsOf);
        await recordAudit(em, {
          key: openedKey(args.periodId),
          nominationId: null,
          actor: args.actor,
          action: AuditAction.ROUND_CHANGED,
          after: { rounds: opened },
          entityType: 'Period',
          entityId: args.periodId,
        });
        return opened;
      });
    },

    async startVoting(args: { periodId: string; votingClosesAt: string; noticeClosesAt: string }): Promise<void> {
      await inTransaction(async (em) => {
        const rounds = await em.find(
          CommendationRound,
          { period: args.periodId, status: RoundStatus.SHORTLISTING },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        for (const round of rounds) {
          Object.assign(round, {
            status: RoundStatus.VOTING,
            votingClosesAt: new Date(args.votingClosesAt),
            noticeClosesAt: new Date(args.noticeClosesAt),
          });
          await auditRound(em, round.id, `round:${round.id}:voting-opened`, null, {
            status: round.status,
            votingClosesAt: args.votingClosesAt,
            noticeClosesAt: args.noticeClosesAt,
          });
          const count = await em.count(RoundEntry, { round });
          await notifyUsers(em, await holdersOf(em, round.unit.id, Role.COUNCIL_MEMBER, { ownOnly: true }), {
            key: `round:${round.id}:vote-requested`,
            kind: NotificationKind.VOTE_REQUESTED,
            titleVi: 'Phiếu bầu Hội đồng thi đua khen thưởng',
            titleEn: 'Council vote on the commendation shortlist',
            bodyVi: `Danh sách đề nghị khen thưởng có ${count} trường hợp; hạn bỏ phiếu ${when(args.votingClosesAt)} (UTC). Thành viên vắng mặt có thể gửi phiếu bằng văn bản trước hạn.`,
            bodyEn: `The shortlist has ${count} nominee(s); voting closes at ${when(args.votingClosesAt)} UTC. Absent members may vote in writing before then.`,
          });
        }
      });
    },

    /** A member's ballot paper; a later vote on an entry replaces the earlier one until voting closes. */
    async recordBallots(args: CastBallotArgs & { key: string }): Promise<{ ballotIds: string[] }> {
      return inTransaction(async (em) => {
        const member = em.getReference(User, args.actor.userId);
        const entryIds = args.votes.map((v) => v.entryId);
        const entries = new Map((await em.find(RoundEntry, { id: { $in: entryIds } })).map((e) => [e.id, e]));
        // The workflow no longer holds a large round's entry ids: the paper is checked here, before anything is written.
        if (entryIds.some((id) => entries.get(id)?.round.id !== args.roundId)) {
          throw ApplicationFailure.create({
            type: ErrorCode.NOT_FOUND,
            message: "Every vote must be on an entry of this round's shortlist.",
            details: ['Phiếu bầu có hồ sơ không thuộc danh sách của đợt xét.'],
            nonRetryable: true,
          });
        }
        // A retry of a paper whose first attempt timed out but still runs waits here, then finds it recorded.
        await lockName(em, `ballot:${args.key}`);
        const earlier = new Map(
          (await em.find(CouncilBallot, { entry: { $in: entryIds }, member })).map((b) => [b.entry.id, b]),
        );
        // One transaction writes a whole paper: one of its keys on record means all of it is.
        if (await hasAudit(em, `ballot:${args.key}:${entryIds[0]}`))
          return { ballotIds: entryIds.map((id) => earlier.get(id)!.id) };
        await assertCouncilMember(em, (await em.findOneOrFail(CommendationRound, args.roundId)).unit.id, args.actor);
        const ballotIds: string[] = [];
        for (const { entryId, vote } of args.votes) {
          const entry = entries.get(entryId)!;
          const ballot = earlier.get(entryId) ?? em.create(CouncilBallot, { entry, member, vote });
          const before =
            ballot.vote === vote && ballot.inWriting === args.inWriting
              ? null
              : { vote: ballot.vote, inWriting: ballot.inWriting };
          Object.assign(ballot, { vote, inWriting: args.inWriting });
          // Not on the nomination's history: how each member voted is for the council's records.
          addAudit(em, {
            key: `ballot:${args.key}:${entry.id}`,
            nominationId: null,
            actor: args.actor,
            action: AuditAction.VOTE_CAST,
            before,
            after: { entryId: entry.id, vote, inWriting: args.inWriting },
            entityType: 'CouncilBallot',
            entityId: ballot.id,
          });
          ballotIds.push(ballot.id);
        }
        return { ballotIds };
      });
    },

    /** Counts every round's ballots against its award's threshold; entries that fail are not awarded. */
    async closeVoting(args: { periodId: string }): Promise<{ roundId: string; passedEntryIds: string[] }[]> {
      return inTransaction((em) => tallyAll(em, args.periodId));
    },

    /** As `closeVoting`, answering how many passed in each round. */
    async closeVotingCounts(args: { periodId: string }): Promise<{ roundId: string; passed: number }[]> {
      const tallies = await inTransaction((em) => tallyAll(em, args.periodId));
      return tallies.map((t) => ({ roundId: t.roundId, passed: t.passedEntryIds.length }));
    },
  };
}

const openedKey = (periodId: string) => `period:${periodId}:rounds-opened`;

function countsOf(round: OpenedRound | OpenedRoundCounts): OpenedRoundCounts {
  if (!('entryIds' in round)) return round;
  return {
    roundId: round.roundId,
    unitId: round.unitId,
    entries: round.entryIds.length,
    leftOut: round.leftOutNominationIds.length,
  };
}

/** Creates the rounds and their entries (inserted in batches at commit) and audits each round with its lists. */
async function openAll(em: EntityManager, args: { periodId: string; actor: ActorRef | null }): Promise<OpenedRound[]> {
  const period = await em.findOneOrFail(Period, args.periodId);
  const opened: OpenedRound[] = [];
  for (const list of await shortlistsOf(em, period)) {
    const round = em.create(CommendationRound, { period, unit: em.getReference(AdminUnit, list.unitId) });
    const entries = list.entries.map((e) =>
      em.create(RoundEntry, {
        round,
        nomination: em.getReference(Nomination, e.nominationId),
        rank: e.rank,
        score: e.score,
      }),
    );
    const result = {
      roundId: round.id,
      unitId: list.unitId,
      entryIds: entries.map((e) => e.id),
      nominationIds: list.entries.map((e) => e.nominationId),
      leftOutNominationIds: list.leftOutNominationIds,
    };
    // The conclusion pages through `leftOut` in this order: keep it here.
    await auditRound(em, round.id, `round:${round.id}:opened`, args.actor, {
      status: RoundStatus.SHORTLISTING,
      shortlisted: result.nominationIds,
      leftOut: result.leftOutNominationIds,
    });
    opened.push(result);
  }
  return opened;
}

/**
 * Tallies each voting round in a few queries (awards and ballots loaded per round, not per entry),
 * then applies the deciding unit's quotas to the entries that passed, in rank order: those beyond
 * are not awarded, and the closing audit lists them (`beyondQuota`) for their conclusion.
 */
async function tallyAll(em: EntityManager, periodId: string): Promise<{ roundId: string; passedEntryIds: string[] }[]> {
  const rounds = await em.find(
    CommendationRound,
    { period: periodId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
  );
  const period = rounds.length ? await em.findOneOrFail(Period, periodId) : null;
  const results = [];
  for (const round of rounds) {
    const entries = await em.find(RoundEntry, { round }, { populate: ['nomination.award'] });
    if (round.status === RoundStatus.VOTING) {
      const members = await holdersOf(em, round.unit.id, Role.COUNCIL_MEMBER, { ownOnly: true });
      const ballots = new Map<string, { memberId: string; vote: CouncilBallot['vote'] }[]>();
      for (const b of await em.find(CouncilBallot, { entry: { round } })) {
        (ballots.get(b.entry.id) ?? ballots.set(b.entry.id, []).get(b.entry.id)!).push({
          memberId: b.member.id,
          vote: b.vote,
        });
      }
      for (const entry of entries) {
        const count = tallyBallots(entry.nomination.award.approvalThreshold, ballots.get(entry.id) ?? [], members);
        Object.assign(entry, {
          yesVotes: count.yesVotes,
          noVotes: count.noVotes,
          outcome: count.passed ? RoundOutcome.PENDING : RoundOutcome.NOT_AWARDED,
        });
      }
      const voted = entries.filter((e) => e.outcome === RoundOutcome.PENDING);
      const unit = await em.findOneOrFail(AdminUnit, round.unit.id);
      const beyond = await entriesBeyondQuota(em, period!, unit, voted);
      for (const entry of beyond) entry.outcome = RoundOutcome.NOT_AWARDED;
      round.status = RoundStatus.PUBLIC_NOTICE;
      await auditRound(em, round.id, `round:${round.id}:voting-closed`, null, {
        status: round.status,
        members: members.length,
        passed: voted.length - beyond.length,
        failed: entries.length - voted.length,
        beyondQuota: beyond.map((e) => e.id).sort(),
      });
    }
    results.push({
      roundId: round.id,
      passedEntryIds: entries.filter((e) => e.outcome === RoundOutcome.PENDING).map((e) => e.id),
    });
  }
  return results;
}
