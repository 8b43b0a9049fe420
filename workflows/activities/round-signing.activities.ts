import type { EntityManager } from '@mikro-orm/postgresql';
import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { FINAL_STATUSES, NomineeKind, NotificationKind, ObjectionStatus, Role, RoundOutcome, RoundStatus } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import { certificatePrefix } from '../../domain/round-rules';
import { certificateNumber, decisionNumber } from '../../domain/shortlist';
import type { Orm } from '../../server/db/open-database';
import { AwardType } from '../../server/entities/award-type.entity';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { Movement } from '../../server/entities/movement.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { Objection } from '../../server/entities/objection.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import { User } from '../../server/entities/user.entity';
import { concludeUpdate, nominationWorkflowId, type ConcludeArgs } from '../nomination-pipeline.messages';
import type { SignRoundArgs } from '../period.messages';
import { transactionRunner } from './activity-transaction';
import { auditRound, lockRound } from './round.activities';
import { nominationFolk, notifyUsers } from './round-notices';

/** The order the shortlist is listed in (the database enum's): individuals, collectives, households. */
const KIND_ORDER: string[] = Object.values(NomineeKind);

/** Refusals that end by themselves: the nomination is busy for a moment, or suspended until resumed. */
const TRANSIENT = new Set<string>([ErrorCode.VERSION_CONFLICT, ErrorCode.NOMINATION_SUSPENDED, ErrorCode.WORKFLOW_UNAVAILABLE]);

/** The next number of the unit's yearly sequence; the upsert's row lock makes concurrent signings take turns. */
async function nextDecisionNumber(em: EntityManager, unitId: string, year: number): Promise<number> {
  const [row] = await em.execute(
    `insert into decision_sequence (id, created_at, unit_id, year, last_number) values (gen_random_uuid(), now(), ?, ?, 1)
     on conflict (unit_id, year) do update set last_number = decision_sequence.last_number + 1 returning last_number`,
    [unitId, year],
  );
  return Number(row.last_number);
}

/** The chair's signature, and each nomination's conclusion through its own workflow. */
export function createRoundSigningActivities({ orm, temporal }: { orm: Orm; temporal: () => Client }) {
  const inTransaction = transactionRunner(orm);

  /** Why a nomination of the round is not awarded, for its audit trail. */
  async function reasonNotAwarded(em: EntityManager, entry: RoundEntry | null): Promise<string> {
    if (!entry) return 'Ngoài chỉ tiêu khen thưởng của đợt (xếp hạng sau chỉ tiêu).';
    if (await em.count(Objection, { entry, status: ObjectionStatus.UPHELD })) return 'Ý kiến phản ánh trong thời gian công khai được chấp nhận.';
    return `Không đạt tỷ lệ phiếu đồng ý của Hội đồng (${entry.yesVotes} phiếu đồng ý).`;
  }

  return {
    /** Numbers the decision "N/QĐ-UBND" and the certificates (in rank order); a retry finds it signed. */
    async signRound(args: SignRoundArgs & { leftOutNominationIds: string[] }): Promise<void> {
      await inTransaction(async (em) => {
        const round = await lockRound(em, args.roundId);
        if (round.status === RoundStatus.ISSUED) return;
        if (round.status !== RoundStatus.SIGNING) throw ApplicationFailure.nonRetryable(`The round is ${round.status}.`, ErrorCode.INVALID_STATE);
        const entries = await em.find(RoundEntry, { round }, { populate: ['nomination'] });
        const movements = new Map((await em.find(Movement, { id: { $in: entries.map((e) => e.nomination.movement.id) } })).map((m) => [m.id, m.position]));
        const awarded = entries
          .filter((e) => e.outcome === RoundOutcome.PENDING)
          .sort((a, b) => movements.get(a.nomination.movement.id)! - movements.get(b.nomination.movement.id)! || KIND_ORDER.indexOf(a.nomination.nomineeKind) - KIND_ORDER.indexOf(b.nomination.nomineeKind) || a.rank - b.rank);
        const year = Number(args.decisionDate.slice(0, 4));
        // A round that awards nobody needs no decision, and takes no number from the sequence.
        round.decisionNumber = awarded.length ? decisionNumber(await nextDecisionNumber(em, round.unit.id, year)) : null;
        const issued = new Map<string, number>();
        for (const entry of awarded) {
          const prefix = certificatePrefix(await em.findOneOrFail(AwardType, entry.nomination.award.id));
          issued.set(prefix, (issued.get(prefix) ?? 0) + 1);
          Object.assign(entry, { outcome: RoundOutcome.AWARDED, certificateNumber: certificateNumber(prefix, year, issued.get(prefix)!) });
        }
        Object.assign(round, { status: RoundStatus.ISSUED, decisionDate: args.decisionDate, signedBy: em.getReference(User, args.actor.userId) });
        await auditRound(em, round.id, `round:${round.id}:signed`, args.actor, {
          status: round.status, decisionNumber: round.decisionNumber, decisionDate: args.decisionDate,
          awarded: awarded.map((e) => e.nomination.id), notAwarded: entries.length - awarded.length, leftOut: args.leftOutNominationIds,
        });
      });
    },

    /**
     * Concludes one nomination through its workflow's `conclude` update (the pipeline stays the writer
     * of its own state). The update id makes a retried call count once; an already-final nomination is
     * left alone; a refusal that will not pass is recorded and the rest of the round goes on.
     */
    async concludeNomination(args: { roundId: string; nominationId: string }): Promise<{ concluded: boolean }> {
      const em = orm.em.fork();
      const nomination = await em.findOneOrFail(Nomination, args.nominationId);
      if (FINAL_STATUSES.includes(nomination.status)) return { concluded: false };
      const round = await em.findOneOrFail(CommendationRound, args.roundId);
      const entry = await em.findOne(RoundEntry, { round, nomination });
      const awarded = entry?.outcome === RoundOutcome.AWARDED;
      const conclusion: ConcludeArgs = {
        awarded,
        decisionNumber: awarded ? round.decisionNumber ?? null : null,
        decisionDate: awarded ? round.decisionDate ?? null : null,
        certificateNumber: awarded ? entry?.certificateNumber ?? null : null,
        comment: awarded ? `Khen thưởng theo Quyết định số ${round.decisionNumber}.` : await reasonNotAwarded(em, entry),
        actor: round.signedBy ? { userId: round.signedBy.id, role: Role.APPROVER, unitId: round.unit.id } : null,
      };
      try {
        await temporal().workflow.getHandle(nominationWorkflowId(nomination.id)).executeUpdate(concludeUpdate, { args: [conclusion], updateId: `conclude:${round.id}` });
      } catch (error) {
        const refused = error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure ? error.cause : null;
        const gone = error instanceof WorkflowNotFoundError;
        if ((!refused && !gone) || (refused && TRANSIENT.has(refused.type ?? ''))) throw error;
        await orm.em.fork().transactional((tx) =>
          auditRound(tx, round.id, `round:${round.id}:not-concluded:${nomination.id}`, null, { nominationId: nomination.id, awarded, code: refused?.type ?? 'WORKFLOW_NOT_FOUND' }, refused?.message),
        );
        return { concluded: false };
      }
      await inTransaction(async (tx) => {
        const fresh = await tx.findOneOrFail(Nomination, nomination.id, { populate: ['unit'] });
        await notifyUsers(tx, await nominationFolk(tx, fresh, Role.SUBMITTER), {
          key: `round:${round.id}:concluded:${nomination.id}`,
          kind: NotificationKind.DECISION,
          nominationId: nomination.id,
          titleVi: awarded ? `Được khen thưởng: ${fresh.nomineeName}` : `Không được khen thưởng: ${fresh.nomineeName}`,
          titleEn: awarded ? `Commended: ${fresh.nomineeName}` : `Not awarded: ${fresh.nomineeName}`,
          bodyVi: awarded ? `Quyết định số ${round.decisionNumber} ngày ${round.decisionDate}; số hiệu ${conclusion.certificateNumber}.` : conclusion.comment!,
          bodyEn: awarded ? `Decision ${round.decisionNumber} of ${round.decisionDate}; certificate ${conclusion.certificateNumber}.` : 'The commendation round did not award this nomination.',
        });
      });
      return { concluded: true };
    },
  };
}
