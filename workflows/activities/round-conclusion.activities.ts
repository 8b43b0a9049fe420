import type { EntityManager } from '@mikro-orm/postgresql';
import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Orm } from '../../server/db/open-database';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import type { BatchResult } from '../period.conclusion';
import { loadConclusionItems, roundConcluder } from './round-conclusion';

/** Nominations of one batch concluded at the same time. */
const ITEM_LANES = 4;

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
    const entries = await em.find(
      RoundEntry,
      { round },
      { orderBy: { rank: 'asc', id: 'asc' }, offset, limit: Math.min(limit, entryCount - offset) },
    );
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
     * Concludes a page of the round (`offset`, `limit`) or the given nominations, a few at a time,
     * heartbeating after each. Each is idempotent as `concludeNomination` is, so a retried batch
     * skips what is already final. Refusals that pass by themselves are answered as `pending`; given
     * `nominationIds` (the second pass), the batch fails and Temporal retries it until none is left.
     */
    async concludeNominations(args: {
      roundId: string;
      offset?: number;
      limit?: number;
      nominationIds?: string[];
    }): Promise<BatchResult> {
      const context = Context.current();
      const em = orm.em.fork();
      const round = await em.findOneOrFail(CommendationRound, args.roundId);
      const ids = args.nominationIds ?? (await pageOf(em, round, args.offset ?? 0, args.limit ?? 0));
      const items = await loadConclusionItems(em, round, ids);
      const conclude = roundConcluder({ orm, temporal });
      const pending: string[] = [];
      const codes: string[] = [];
      let next = 0;
      let done = 0;
      // A few lanes: each item waits on its nomination's workflow, so a strictly sequential batch idles.
      const lane = async () => {
        for (let i = next++; i < items.length; i = next++) {
          const outcome = await conclude(round, items[i], context.cancellationSignal);
          if (outcome.kind === 'PENDING') {
            pending.push(items[i].nomination.id);
            codes.push(outcome.code);
          }
          context.heartbeat({ done: ++done, of: items.length, pending: pending.length });
        }
      };
      await Promise.all(Array.from({ length: Math.min(ITEM_LANES, items.length) }, lane));
      pending.sort();
      if (args.nominationIds && codes.length) {
        throw ApplicationFailure.retryable(
          `${pending.length} nomination(s) of the round cannot be concluded yet.`,
          codes[0],
        );
      }
      return { pending };
    },
  };
}
