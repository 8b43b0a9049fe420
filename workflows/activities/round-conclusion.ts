import type { EntityManager } from '@mikro-orm/postgresql';
import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { FINAL_STATUSES, NotificationKind, ObjectionStatus, Role, RoundOutcome } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import { quotaMessages } from '../../domain/messages';
import { dayVi } from '../../domain/messages/format';
import type { Orm } from '../../server/db/open-database';
import type { CommendationRound } from '../../server/entities/commendation-round.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { Objection } from '../../server/entities/objection.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import { holdersOf } from '../../server/store/role-holders';
import { concludeUpdate, nominationWorkflowId, type ConcludeArgs } from '../nomination-pipeline.messages';
import { auditRound } from './round.activities';
import { notifyUsers } from './round-notices';

/** Refusals that end by themselves: the nomination is busy for a moment, or suspended until resumed. */
const TRANSIENT = new Set<string>([
  ErrorCode.VERSION_CONFLICT,
  ErrorCode.NOMINATION_SUSPENDED,
  ErrorCode.PIPELINE_HALTED,
  ErrorCode.WORKFLOW_UNAVAILABLE,
]);

/** One nomination of a round with what its conclusion needs, loaded for a whole batch at once. */
export interface ConclusionItem {
  nomination: Nomination;
  /** Null for an approved nomination left out of the shortlist by the quota. */
  entry: RoundEntry | null;
  upheldObjection: boolean;
  /** Passed the council's vote but ranked beyond the deciding unit's quota when voting closed. */
  beyondQuota?: boolean;
}

export type ConclusionOutcome =
  { kind: 'CONCLUDED' | 'ALREADY_FINAL' | 'REFUSED' } | { kind: 'PENDING'; error: unknown; code: string };

/** Why a nomination of the round is not awarded, for its audit trail. */
function reasonNotAwarded(item: ConclusionItem): string {
  if (!item.entry) return 'Ngoài chỉ tiêu khen thưởng của đợt (xếp hạng sau chỉ tiêu).';
  if (item.beyondQuota) return quotaMessages.beyondQuota.vi({ yesVotes: item.entry.yesVotes });
  if (item.upheldObjection) return 'Ý kiến phản ánh trong thời gian công khai được chấp nhận.';
  return `Không đạt tỷ lệ phiếu đồng ý của Hội đồng (${item.entry.yesVotes} phiếu đồng ý).`;
}

/** Entries the quota cut left out when voting closed: the closing audit lists them. */
async function beyondQuotaOf(em: EntityManager, round: CommendationRound, entryIds: string[]) {
  if (!entryIds.length) return new Set<string | undefined>();
  const rows: { id: string }[] = await em.execute(
    `select t.id from audit_event a cross join lateral jsonb_array_elements_text(a.after -> 'beyondQuota') as t(id)
      where a.idempotency_key = ? and t.id in (?)`,
    [`round:${round.id}:voting-closed`, entryIds],
  );
  return new Set<string | undefined>(rows.map((r) => r.id));
}

/** Loads the nominations, their entries, upheld objections and the quota cut in four queries, in the order given. */
export async function loadConclusionItems(
  em: EntityManager,
  round: CommendationRound,
  nominationIds: string[],
): Promise<ConclusionItem[]> {
  if (!nominationIds.length) return [];
  const nominations = new Map((await em.find(Nomination, { id: { $in: nominationIds } })).map((n) => [n.id, n]));
  const entries = new Map(
    (await em.find(RoundEntry, { round, nomination: { $in: nominationIds } })).map((e) => [e.nomination.id, e]),
  );
  const upheld = entries.size
    ? await em.find(Objection, { entry: { $in: [...entries.values()] }, status: ObjectionStatus.UPHELD })
    : [];
  const objected = new Set(upheld.map((o) => o.entry.id));
  const beyond = await beyondQuotaOf(
    em,
    round,
    [...entries.values()].map((e) => e.id),
  );
  return nominationIds.map((id) => {
    const nomination = nominations.get(id);
    if (!nomination) throw ApplicationFailure.nonRetryable(`Nomination ${id} does not exist`, ErrorCode.NOT_FOUND);
    const entry = entries.get(id) ?? null;
    return {
      nomination,
      entry,
      upheldObjection: !!entry && objected.has(entry.id),
      beyondQuota: beyond.has(entry?.id),
    };
  });
}

/**
 * Concludes one nomination through its workflow's `conclude` update (the pipeline stays the writer
 * of its own state). The update id makes a repeated call count once; an already-final nomination
 * is left alone; a refusal that will not pass is audited; one that will (busy, suspended) is
 * answered PENDING for the caller to try again.
 */
export function roundConcluder({ orm, temporal }: { orm: Orm; temporal: () => Client }) {
  const submitters = new Map<string, Promise<string[]>>();
  const submittersOf = (em: EntityManager, unitId: string) => {
    if (!submitters.has(unitId)) submitters.set(unitId, holdersOf(em, unitId, Role.SUBMITTER));
    return submitters.get(unitId)!;
  };

  return async function conclude(
    round: CommendationRound,
    item: ConclusionItem,
    signal?: AbortSignal,
  ): Promise<ConclusionOutcome> {
    const { nomination, entry } = item;
    if (FINAL_STATUSES.includes(nomination.status)) return { kind: 'ALREADY_FINAL' };
    const awarded = entry?.outcome === RoundOutcome.AWARDED;
    const conclusion: ConcludeArgs = {
      awarded,
      decisionNumber: awarded ? (round.decisionNumber ?? null) : null,
      decisionDate: awarded ? (round.decisionDate ?? null) : null,
      certificateNumber: awarded ? (entry?.certificateNumber ?? null) : null,
      comment: awarded ? `Khen thưởng theo Quyết định số ${round.decisionNumber}.` : reasonNotAwarded(item),
      actor: round.signedBy ? { userId: round.signedBy.id, role: Role.APPROVER, unitId: round.unit.id } : null,
    };
    const handle = temporal().workflow.getHandle(nominationWorkflowId(nomination.id));
    const update = () => handle.executeUpdate(concludeUpdate, { args: [conclusion], updateId: `conclude:${round.id}` });
    try {
      await (signal ? temporal().withAbortSignal(signal, update) : update());
    } catch (error) {
      const refused =
        error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure ? error.cause : null;
      if (refused && TRANSIENT.has(refused.type ?? '')) return { kind: 'PENDING', error, code: refused.type! };
      if (!refused && !(error instanceof WorkflowNotFoundError)) throw error;
      await orm.em
        .fork()
        .transactional((tx) =>
          auditRound(
            tx,
            round.id,
            `round:${round.id}:not-concluded:${nomination.id}`,
            null,
            { nominationId: nomination.id, awarded, code: refused?.type ?? 'WORKFLOW_NOT_FOUND' },
            refused?.message,
          ),
        );
      return { kind: 'REFUSED' };
    }
    const em = orm.em.fork();
    const recipients = [...new Set([nomination.createdBy.id, ...(await submittersOf(em, nomination.unit.id))])];
    await notifyUsers(em, recipients, {
      key: `round:${round.id}:concluded:${nomination.id}`,
      kind: NotificationKind.DECISION,
      nominationId: nomination.id,
      titleVi: awarded
        ? `Được khen thưởng: ${nomination.nomineeName}`
        : `Không được khen thưởng: ${nomination.nomineeName}`,
      titleEn: awarded ? `Commended: ${nomination.nomineeName}` : `Not awarded: ${nomination.nomineeName}`,
      bodyVi: awarded
        ? `Quyết định số ${round.decisionNumber} ngày ${dayVi(round.decisionDate ?? '')}; số hiệu ${conclusion.certificateNumber}.`
        : conclusion.comment!,
      bodyEn: awarded
        ? `Decision ${round.decisionNumber} of ${dayVi(round.decisionDate ?? '')}; certificate ${conclusion.certificateNumber}.`
        : item.beyondQuota && entry
          ? quotaMessages.beyondQuota.en({ yesVotes: entry.yesVotes })
          : 'The commendation round did not award this nomination.',
    });
    return { kind: 'CONCLUDED' };
  };
}
