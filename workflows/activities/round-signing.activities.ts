import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { NomineeKind, RoundOutcome, RoundStatus } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import { certificatePrefix } from '../../domain/round-rules';
import { certificateNumber, decisionNumber } from '../../domain/shortlist';
import type { Orm } from '../../server/db/open-database';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { Movement } from '../../server/entities/movement.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import { User } from '../../server/entities/user.entity';
import type { SignRoundArgs } from '../period.messages';
import { transactionRunner } from './activity-transaction';
import { auditRound, lockRound } from './round.activities';
import { loadConclusionItems, roundConcluder } from './round-conclusion';

/** The order the shortlist is listed in (the database enum's): individuals, collectives, households. */
const KIND_ORDER: string[] = Object.values(NomineeKind);

/** The next number of the unit's yearly sequence; the upsert's row lock makes concurrent signings take turns. */
async function nextDecisionNumber(em: EntityManager, unitId: string, year: number): Promise<number> {
  const [row] = await em.execute(
    `insert into decision_sequence (id, created_at, unit_id, year, last_number) values (gen_random_uuid(), now(), ?, ?, 1)
     on conflict (unit_id, year) do update set last_number = decision_sequence.last_number + 1 returning last_number`,
    [unitId, year],
  );
  return Number(row.last_number);
}

/** The nominations the quota left out, as the round's opening recorded them. */
async function leftOutOf(em: EntityManager, roundId: string): Promise<string[]> {
  const opened = await em.findOne(AuditEvent, { idempotencyKey: `round:${roundId}:opened` });
  return (opened?.after as { leftOut?: string[] } | null)?.leftOut ?? [];
}

/** The chair's signature, and each nomination's conclusion through its own workflow. */
export function createRoundSigningActivities({ orm, temporal }: { orm: Orm; temporal: () => Client }) {
  const inTransaction = transactionRunner(orm);

  return {
    /**
     * Numbers the decision "N/QĐ-UBND" and the certificates (in rank order); a retry finds it signed.
     * Rounds opened with counts pass no `leftOutNominationIds`: the round's opening audit has them.
     */
    async signRound(args: SignRoundArgs & { leftOutNominationIds?: string[] }): Promise<void> {
      await inTransaction(async (em) => {
        const round = await lockRound(em, args.roundId);
        if (round.status === RoundStatus.ISSUED) return;
        if (round.status !== RoundStatus.SIGNING)
          throw ApplicationFailure.nonRetryable(`The round is ${round.status}.`, ErrorCode.INVALID_STATE);
        // Awards come with the entries (one query for the round, not one per entry).
        const entries = await em.find(RoundEntry, { round }, { populate: ['nomination.award'] });
        const movements = new Map(
          (await em.find(Movement, { id: { $in: [...new Set(entries.map((e) => e.nomination.movement.id))] } })).map(
            (m) => [m.id, m.position],
          ),
        );
        const awarded = entries
          .filter((e) => e.outcome === RoundOutcome.PENDING)
          .sort(
            (a, b) =>
              movements.get(a.nomination.movement.id)! - movements.get(b.nomination.movement.id)! ||
              KIND_ORDER.indexOf(a.nomination.nomineeKind) - KIND_ORDER.indexOf(b.nomination.nomineeKind) ||
              a.rank - b.rank,
          );
        const year = Number(args.decisionDate.slice(0, 4));
        // A round that awards nobody needs no decision, and takes no number from the sequence.
        round.decisionNumber = awarded.length
          ? decisionNumber(await nextDecisionNumber(em, round.unit.id, year))
          : null;
        const issued = new Map<string, number>();
        for (const entry of awarded) {
          const prefix = certificatePrefix(entry.nomination.award);
          issued.set(prefix, (issued.get(prefix) ?? 0) + 1);
          Object.assign(entry, {
            outcome: RoundOutcome.AWARDED,
            certificateNumber: certificateNumber(prefix, year, issued.get(prefix)!),
          });
        }
        Object.assign(round, {
          status: RoundStatus.ISSUED,
          decisionDate: args.decisionDate,
          signedBy: em.getReference(User, args.actor.userId),
        });
        await auditRound(em, round.id, `round:${round.id}:signed`, args.actor, {
          status: round.status,
          decisionNumber: round.decisionNumber,
          decisionDate: args.decisionDate,
          awarded: awarded.map((e) => e.nomination.id),
          notAwarded: entries.length - awarded.length,
          leftOut: args.leftOutNominationIds ?? (await leftOutOf(em, round.id)),
        });
      });
    },

    /**
     * Concludes one nomination (rounds signed before the conclusion went in batches). A refusal
     * that passes by itself fails the activity, so Temporal retries it until the nomination is free.
     */
    async concludeNomination(args: { roundId: string; nominationId: string }): Promise<{ concluded: boolean }> {
      const em = orm.em.fork();
      const round = await em.findOneOrFail(CommendationRound, args.roundId);
      const [item] = await loadConclusionItems(em, round, [args.nominationId]);
      const outcome = await roundConcluder({ orm, temporal })(round, item);
      if (outcome.kind === 'PENDING') throw outcome.error;
      return { concluded: outcome.kind === 'CONCLUDED' };
    },
  };
}
