import type { ConclusionBounds } from './period.messages';

/** Temporal refuses more than 2,000 pending activities per workflow; a province round can hold thousands of nominations. */
export const DEFAULT_CONCLUSION: ConclusionBounds = { batchSize: 100, maxPending: 4 };

export interface BatchResult {
  /** Nominations refused for a while (busy, suspended): tried again once the rest are done. */
  pending: string[];
}

export interface ConclusionCalls {
  /** Concludes the round's nominations from `offset` in its order (shortlist by rank, then those left out). */
  page(args: { roundId: string; offset: number; limit: number }): Promise<BatchResult>;
  /** Concludes these nominations, retrying (as an activity) until none is refused any more. */
  retry(args: { roundId: string; nominationIds: string[] }): Promise<BatchResult>;
}

/**
 * At most `max` calls in flight across the whole period, in the order they asked. Plain promises,
 * not `condition`: conditions unblocked in one pass would all see the same free slot.
 */
export function slotLimiter(max: number) {
  const slots = Math.max(1, max);
  let busy = 0;
  const waiting: (() => void)[] = [];
  return async function inSlot<T>(work: () => Promise<T>): Promise<T> {
    if (busy < slots) busy += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next waiter, so `busy` never exceeds `slots`.
      const next = waiting.shift();
      if (next) next();
      else busy -= 1;
    }
  };
}

/** Concludes `total` nominations of a round in batches, each batch taking one of the period's slots. */
export async function concludeInBatches(
  roundId: string,
  total: number,
  bounds: ConclusionBounds,
  inSlot: ReturnType<typeof slotLimiter>,
  calls: ConclusionCalls,
): Promise<void> {
  const size = Math.max(1, bounds.batchSize);
  const offsets = Array.from({ length: Math.ceil(total / size) }, (_, i) => i * size);
  const pages = await Promise.all(offsets.map((offset) => inSlot(() => calls.page({ roundId, offset, limit: size }))));
  const pending = pages.flatMap((p) => p.pending);
  const chunks = Array.from({ length: Math.ceil(pending.length / size) }, (_, i) =>
    pending.slice(i * size, (i + 1) * size),
  );
  await Promise.all(chunks.map((nominationIds) => inSlot(() => calls.retry({ roundId, nominationIds }))));
}
