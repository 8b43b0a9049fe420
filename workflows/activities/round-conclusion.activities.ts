import type { EntityManager } from '@mikro-orm/postgresql';
import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Orm } from '../../server/db/open-database';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import type { BatchResult } from '../period.conclusion';
import { loadConclusionItems, roundConcluder } from './round-conclusion';

/** Left-out nominations are no round entries: the round's opening audit keeps them, in order. */
const LEFT_OUT_SLICE = `select t.id from audit_event a cross join lateral jsonb_array_elements_text(a.after -> 'leftOut') with ordinality as t(id, n)
  where a.idempotency_key = ? order by t.n offset ? limit ?`;

/**
 * The round's nominations from `offset`: its shortlist by rank (then id, for a stable order),
 * followed by the nominations the quota left out. A page is the same on every retry.
 */
async function pageOf(em: EntityManager, round: CommendationRound, offset: number, limit: number): Promise<string[]> {
  const entryCount = await em.count(RoundEntry, { round });
  const ids: string[] = [];
  if (offset < entryCount) {
    const entries = await em.find(RoundEntry, { round }, { orderBy: { rank: 'asc', id: 'asc' }, offset, limit: Math.min(limit, entryCount - offset) });
    ids.push(...entries.map((e) => e.nomination.id));
  }
  const from = Math.max(0, offset - entryCount);
  const upTo = offset + limit - entryCount;
  if (upTo > from) {
    const rows: { id: string }[] = await em.execute(LEFT_OUT_SLICE, [`round:${round.id}:opened`, from, upTo - from]);
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** The signed round's nominations, concluded a batch per call so the period never holds thousands of activities. */
export function createRoundConclusionActivities({ orm, temporal }: { orm: Orm; temporal: () => Client }) {
  return {
    /**
     * Concludes a page of the round (`offset`, `limit`) or the given nominations one after another,
     * heartbeating between them. Each is idempotent as `concludeNomination` is, so a retried batch
     * skips what is already final. Refusals that pass by themselves are answered as `pending`; given
     * `nominationIds` (the second pass), the batch fails and Temporal retries it until none is left.
     */
    async concludeNominations(args: { roundId: string; offset?: number; limit?: number; nominationIds?: string[] }): Promise<BatchResult> {
      const context = Context.current();
      const em = orm.em.fork();
      const round = await em.findOneOrFail(CommendationRound, args.roundId);
      const ids = args.nominationIds ?? (await pageOf(em, round, args.offset ?? 0, args.limit ?? 0));
      const items = await loadConclusionItems(em, round, ids);
      const conclude = roundConcluder({ orm, temporal });
      const pending: string[] = [];
      let refusal: { code: string } | null = null;
      for (const [i, item] of items.entries()) {
        const outcome = await conclude(round, item, context.cancellationSignal);
        if (outcome.kind === 'PENDING') {
          pending.push(item.nomination.id);
          refusal ??= outcome;
        }
        context.heartbeat({ done: i + 1, of: items.length, pending: pending.length });
      }
      if (args.nominationIds && refusal) {
        throw ApplicationFailure.retryable(`${pending.length} nomination(s) of the round cannot be concluded yet.`, refusal.code);
      }
      return { pending };
    },
  };
}
