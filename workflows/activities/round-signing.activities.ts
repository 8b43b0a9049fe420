import type { EntityManager } from '@mikro-orm/postgresql';
import { asFinalRefusal } from './final-refusal';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { NomineeKind, RoundOutcome, RoundStatus } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import { certificatePrefix } from '../../domain/round-rules';
import {
  certificateNumber,
  DecisionEntryKind,
  registerYear,
  signatureBlock,
  signedAsOf,
} from '../../domain/register-numbers';
import type { Orm } from '../../server/db/open-database';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { Movement } from '../../server/entities/movement.entity';
import { Period } from '../../server/entities/period.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import { User } from '../../server/entities/user.entity';
import { produceAfterSigning } from '../../server/documents/round-documents';
import type { DocumentStorage } from '../../server/storage/document-storage';
import { nextCertificateIndex, registerDecision } from '../../server/store/decision-register';
import type { SignRoundArgs } from '../period.messages';
import { transactionRunner } from './activity-transaction';
import { auditRound, lockRound } from './round.activities';
import { loadConclusionItems, roundConcluder } from './round-conclusion';

/** The order the shortlist is listed in (the database enum's): individuals, collectives, households. */
const KIND_ORDER: string[] = Object.values(NomineeKind);

/** The nominations the quota left out, as the round's opening recorded them. */
async function leftOutOf(em: EntityManager, roundId: string): Promise<string[]> {
  const opened = await em.findOne(AuditEvent, { idempotencyKey: `round:${roundId}:opened` });
  return (opened?.after as { leftOut?: string[] } | null)?.leftOut ?? [];
}

/**
 * The certificates of the awarded entries, in their order, per series: the issuer's yearly count
 * runs on from its last decision (one locked upsert per series hands out the whole range).
 */
async function numberCertificates(em: EntityManager, unitId: string, year: number, awarded: RoundEntry[]) {
  const series = new Map<string, RoundEntry[]>();
  for (const entry of awarded) {
    const prefix = certificatePrefix(entry.nomination.award);
    series.set(prefix, [...(series.get(prefix) ?? []), entry]);
  }
  for (const [prefix, entries] of series) {
    const last = await nextCertificateIndex(em, unitId, year, prefix, entries.length);
    entries.forEach((entry, i) =>
      Object.assign(entry, {
        outcome: RoundOutcome.AWARDED,
        certificateNumber: certificateNumber(prefix, year, last - entries.length + 1 + i),
      }),
    );
  }
}

/** The chair's signature, and each nomination's conclusion through its own workflow. */
export function createRoundSigningActivities({
  orm,
  temporal,
  storage,
}: {
  orm: Orm;
  temporal: () => Client;
  storage: DocumentStorage;
}) {
  const inTransaction = transactionRunner(orm);

  return {
    /**
     * Enters the decision into the unit's register ("07/QĐ-UBND": the next number, or the one the
     * văn thư gave, passed by the service as `decisionNumber`) and numbers the certificates in rank
     * order, continuing the issuer's yearly count; a retry finds it signed. Rounds opened with
     * counts pass no `leftOutNominationIds`: the round's opening audit has them. The decision's
     * documents and certificates are made after the commit, on every attempt (a retry makes what is
     * missing), waited for at most a few seconds; the reconciliation finishes what a crash interrupts.
     */
    async signRound(
      args: SignRoundArgs & { leftOutNominationIds?: string[]; decisionNumber?: string | null },
    ): Promise<void> {
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
        const year = registerYear(args.decisionDate);
        const unit = await em.findOneOrFail(AdminUnit, round.unit.id);
        const signedAs = signedAsOf(args.actor);
        const signature = signatureBlock(unit.kind, signedAs);
        // A round that awards nobody needs no decision, and takes no place in the register.
        if (awarded.length) {
          const period = await em.findOneOrFail(Period, round.period.id);
          const entry = await asFinalRefusal(() =>
            registerDecision(em, {
              unit,
              decisionDate: args.decisionDate,
              given: args.decisionNumber,
              kind: DecisionEntryKind.ROUND,
              subject: `Về việc khen thưởng đợt ${period.name}`,
              roundId: round.id,
              recordedBy: args.actor.userId,
              signedAs,
              signatureBlock: signature,
            }),
          );
          round.decisionNumber = entry.decisionNumber;
        } else round.decisionNumber = null;
        await numberCertificates(em, unit.id, year, awarded);
        Object.assign(round, {
          status: RoundStatus.ISSUED,
          decisionDate: args.decisionDate,
          signedBy: em.getReference(User, args.actor.userId),
          signedAs: awarded.length ? signedAs : null,
          signatureBlock: awarded.length ? signature : null,
        });
        await auditRound(em, round.id, `round:${round.id}:signed`, args.actor, {
          status: round.status,
          decisionNumber: round.decisionNumber,
          decisionDate: args.decisionDate,
          signedAs: round.signedAs,
          awarded: awarded.map((e) => e.nomination.id),
          notAwarded: entries.length - awarded.length,
          leftOut: args.leftOutNominationIds ?? (await leftOutOf(em, round.id)),
        });
      });
      await produceAfterSigning({ em: orm.em.fork(), storage }, args.roundId);
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
