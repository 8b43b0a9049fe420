import { pick, prng } from './bulk-insert';
import { tokenFor, type BenchContext } from './context';
import type { Draft } from './drafts';
import { DECIDE, mutate } from './gql';
import { submit } from './r3-r4-latency';
import { pool } from './stats';

/**
 * Takes the round's drafts to APPROVED at the decision stage through the API and real workflows:
 * submitted, appraised and approved with scores (the round ranks by them). Answers the ids that got there.
 */
export async function approveForRound(
  ctx: BenchContext,
  drafts: Draft[],
): Promise<{ ids: string[]; failed: number; seconds: number; firstError?: string }> {
  const rand = prng(11);
  const started = performance.now();
  const ids: string[] = [];
  let failed = 0;
  let firstError: string | undefined;
  await pool(drafts, 10, async (draft) => {
    try {
      let task = await submit(ctx, draft);
      for (const userId of [pick(rand, draft.province.reviewerIds), draft.province.approverId]) {
        const payload = await mutate(ctx.graphqlUrl, tokenFor(ctx, userId), DECIDE, {
          taskId: task.id,
          round: task.round,
          decision: 'APPROVE',
          score: 50 + Math.floor(rand() * 50),
        });
        task = payload.nomination.currentTask;
      }
      ids.push(draft.id);
      if (ids.length % 500 === 0) ctx.log(`  round setup: ${ids.length}/${drafts.length} approved`);
    } catch (error) {
      failed += 1;
      firstError ??= error instanceof Error ? error.message : String(error);
    }
  });
  return { ids, failed, seconds: Math.round((performance.now() - started) / 100) / 10, firstError };
}
