import { concludeInBatches, slotLimiter, type BatchResult } from '../../workflows/period.conclusion';

/** The period's bounded conclusion: pages cover the round once, never more than `maxPending` calls at a time. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

function recorder(refused: Set<string> = new Set()) {
  let inFlight = 0;
  const seen = { peak: 0, pages: [] as [number, number][], retries: [] as string[][] };
  const track = async <T>(result: T): Promise<T> => {
    inFlight += 1;
    seen.peak = Math.max(seen.peak, inFlight);
    await tick();
    inFlight -= 1;
    return result;
  };
  const calls = {
    page: ({ offset, limit }: { offset: number; limit: number }): Promise<BatchResult> => {
      seen.pages.push([offset, limit]);
      const ids = Array.from({ length: limit }, (_, i) => `n${offset + i}`);
      return track({ pending: ids.filter((id) => refused.has(id)) });
    },
    retry: ({ nominationIds }: { nominationIds: string[] }): Promise<BatchResult> => {
      seen.retries.push(nominationIds);
      return track({ pending: [] });
    },
  };
  return { calls, seen };
}

it.each([
  [10, 3, 2, 4],
  [5000, 100, 4, 50],
  [100, 100, 4, 1],
  [0, 100, 4, 0],
])('%i nominations in batches of %i, %i at a time: %i batches', async (total, batchSize, maxPending, batches) => {
  const { calls, seen } = recorder();
  await concludeInBatches('r', total, { batchSize, maxPending }, slotLimiter(maxPending), calls);
  expect(seen.pages).toHaveLength(batches);
  expect(seen.pages.map(([offset]) => offset)).toEqual(Array.from({ length: batches }, (_, i) => i * batchSize));
  expect(seen.peak).toBeLessThanOrEqual(maxPending);
  expect(seen.retries).toEqual([]);
});

it('tries the refused nominations again in batches once the pages are done', async () => {
  const { calls, seen } = recorder(new Set(['n1', 'n4', 'n5', 'n8']));
  await concludeInBatches('r', 10, { batchSize: 3, maxPending: 2 }, slotLimiter(2), calls);
  expect(seen.retries).toEqual([['n1', 'n4', 'n5'], ['n8']]);
  expect(seen.peak).toBe(2);
});

it('shares its slots between the rounds of a period', async () => {
  const { calls, seen } = recorder();
  const inSlot = slotLimiter(3);
  await Promise.all(['a', 'b', 'c'].map((roundId) => concludeInBatches(roundId, 40, { batchSize: 10, maxPending: 3 }, inSlot, calls)));
  expect(seen.pages).toHaveLength(12);
  expect(seen.peak).toBe(3);
});
