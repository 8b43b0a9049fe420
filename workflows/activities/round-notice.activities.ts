import { LockMode } from '@mikro-orm/core';
import { ApplicationFailure } from '@temporalio/common';
import { AuditAction, NotificationKind, ObjectionStatus, Role, RoundOutcome, RoundStatus } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import type { Orm } from '../../server/db/open-database';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { Objection } from '../../server/entities/objection.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import { User } from '../../server/entities/user.entity';
import { recordAudit } from '../../server/store/audit';
import { noticeClosedKey, openObjectionCount, resolveObjectionInDb } from '../../server/store/objections';
import { holdersOf } from '../../server/store/role-holders';
import type { FileObjectionArgs, ResolveObjectionArgs } from '../period.messages';
import { transactionRunner } from './activity-transaction';
import { auditRound, lockRound } from './round.activities';
import { notifyUsers } from './round-notices';

/** The public notice: objections pause a nominee until an administrator resolves them; then the chair signs. */
export function createRoundNoticeActivities({ orm }: { orm: Orm }) {
  const inTransaction = transactionRunner(orm);

  return {
    /** The workflow picks the objection's id, so a retry finds the row it already wrote. */
    async recordObjection(args: FileObjectionArgs & { objectionId: string }): Promise<{ objectionId: string }> {
      return inTransaction(async (em) => {
        const entry = await em.findOneOrFail(RoundEntry, args.entryId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (await em.findOne(Objection, args.objectionId)) return { objectionId: args.objectionId };
        // Approved by the council: still pending, or not awarded only through an upheld objection (not by the vote).
        const approved =
          entry.outcome === RoundOutcome.PENDING ||
          (await em.count(Objection, { entry, status: ObjectionStatus.UPHELD })) > 0;
        if (entry.round.id !== args.roundId || !approved) {
          throw ApplicationFailure.create({
            type: ErrorCode.INVALID_STATE,
            message: 'Only nominees the council approved are on public notice.',
            details: ['Chỉ các đối tượng được Hội đồng thông qua mới được công khai.'],
            nonRetryable: true,
          });
        }
        const round = await em.findOneOrFail(CommendationRound, entry.round.id);
        em.create(Objection, {
          id: args.objectionId,
          entry,
          filedBy: em.getReference(User, args.actor.userId),
          reason: args.reason,
        });
        entry.objected = true;
        // Kept off the nomination's own history, which its commune reads: the filer is not exposed there.
        await recordAudit(em, {
          key: `objection:${args.objectionId}:filed`,
          nominationId: null,
          actor: args.actor,
          action: AuditAction.OBJECTION_FILED,
          after: { entryId: entry.id, nominationId: entry.nomination.id, status: ObjectionStatus.OPEN },
          comment: args.reason,
          entityType: 'Objection',
          entityId: args.objectionId,
        });
        await notifyUsers(em, await holdersOf(em, round.unit.id, Role.ADMIN), {
          key: `objection:${args.objectionId}:filed`,
          kind: NotificationKind.OBJECTION,
          nominationId: entry.nomination.id,
          titleVi: 'Có ý kiến phản ánh trong thời gian công khai',
          titleEn: 'An objection was filed during the public notice',
          bodyVi: `Một trường hợp đề nghị khen thưởng bị phản ánh: "${args.reason}". Đợt xét chờ kết quả xử lý trước khi trình ký.`,
          bodyEn: `A shortlisted nominee received an objection: "${args.reason}". The round waits for its resolution before signing.`,
        });
        return { objectionId: args.objectionId };
      });
    },

    /** Upheld: the nominee is not awarded. Dismissed: it goes on. Either way the pause on it ends. */
    async resolveObjection(args: ResolveObjectionArgs): Promise<void> {
      await inTransaction(async (em) => {
        const objection = await em.findOneOrFail(Objection, args.objectionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        // A retry after it went through (the store's version refuses a closed objection instead).
        if (objection.status !== ObjectionStatus.OPEN) return;
        await resolveObjectionInDb(em, args);
      });
    },

    /**
     * The notice is over: marks each noticed round's notice closed under its lock (an objection the
     * API files takes the same lock, so it lands before the mark or is refused after it) and answers
     * how many objections each has open. A retry finds the marks and counts again.
     */
    async closeNotice(args: { periodId: string }): Promise<{ roundId: string; open: number }[]> {
      return inTransaction(async (em) => {
        const rounds = await em.find(
          CommendationRound,
          { period: args.periodId },
          { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
        );
        const counts = [];
        for (const round of rounds) {
          if (round.status === RoundStatus.PUBLIC_NOTICE)
            await auditRound(em, round.id, noticeClosedKey(round.id), null, { noticeClosed: true });
          counts.push({ roundId: round.id, open: await openObjectionCount(em, round.id) });
        }
        return counts;
      });
    },

    /** How many of the round's objections are still open. */
    async countOpenObjections(args: { roundId: string }): Promise<number> {
      return openObjectionCount(orm.em.fork(), args.roundId);
    },

    /** The notice is over and nothing is open: the round waits for its chair's signature. */
    async openSigning(args: { roundId: string }): Promise<void> {
      await inTransaction(async (em) => {
        const round = await lockRound(em, args.roundId);
        if (round.status !== RoundStatus.PUBLIC_NOTICE) return;
        round.status = RoundStatus.SIGNING;
        await auditRound(em, round.id, `round:${round.id}:signing`, null, { status: round.status });
        const awarded = await em.count(RoundEntry, { round, outcome: RoundOutcome.PENDING });
        await notifyUsers(em, await holdersOf(em, round.unit.id, Role.APPROVER), {
          key: `round:${round.id}:signing`,
          kind: NotificationKind.DECISION,
          titleVi: 'Trình ký quyết định khen thưởng',
          titleEn: 'Commendation decision ready for signature',
          bodyVi: `Hội đồng đã thông qua và hết thời gian công khai: ${awarded} trường hợp đề nghị khen thưởng chờ Chủ tịch ký quyết định.`,
          bodyEn: `The council vote and the public notice are over: ${awarded} nominee(s) await the chair's signed decision.`,
        });
      });
    },
  };
}
