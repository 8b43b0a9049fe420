import { randomUUID } from 'node:crypto';
import { postJson, tokenFor, vietnamDay, type BenchContext } from './context';
import type { Draft } from './drafts';
import { DECIDE, ISSUE, mutate } from './gql';
import { submit } from './r3-r4-latency';
import { pick, prng } from './bulk-insert';

export interface ThroughputResult {
  product: { perSecond: number; completed: number; errors: number; seconds: number; firstError?: string };
  noop: { perSecond: number; completed: number; seconds: number; activitiesPerStep: number[] };
  inFlight: number;
}

/** Bots: the commune submits, the Sở Nội vụ appraises, the chair approves and issues the decision. */
async function commend(ctx: BenchContext, draft: Draft, rand: () => number) {
  const p = draft.province;
  let task = await submit(ctx, draft);
  const reviewer = tokenFor(ctx, pick(rand, p.reviewerIds));
  const approver = tokenFor(ctx, p.approverId);
  for (const token of [reviewer, approver]) {
    const payload = await mutate(ctx.graphqlUrl, token, DECIDE, {
      taskId: task.id,
      round: task.round,
      decision: 'APPROVE',
      score: 70 + Math.floor(rand() * 30),
    });
    task = payload.nomination.currentTask;
  }
  const issued = await mutate(ctx.graphqlUrl, approver, ISSUE, {
    taskId: task.id,
    decisionNumber: `${Math.floor(rand() * 9000) + 1}/QĐ-UBND`,
    decisionDate: vietnamDay(),
  });
  if (issued.nomination.status !== 'COMMENDED') throw new Error(`not commended: ${issued.nomination.status}`);
}

/** `lanes` loops that each run `one` back to back until `seconds` pass; counts completions per second. */
async function closedLoop(lanes: number, seconds: number, one: () => Promise<boolean>) {
  const until = performance.now() + seconds * 1000;
  let completed = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (performance.now() < until) {
        try {
          if (!(await one())) return;
          completed += 1;
        } catch (error) {
          errors += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    perSecond: Math.round((completed / elapsed) * 10) / 10,
    completed,
    errors,
    seconds: Math.round(elapsed * 10) / 10,
    firstError,
  };
}

/** Activities the workflow scheduled per update (the first with the start), read from a finished history. */
export async function activitiesPerUpdate(ctx: BenchContext, workflowId: string): Promise<number[]> {
  const history = await ctx.temporal.workflow.getHandle(workflowId).fetchHistory();
  const steps: number[] = [];
  for (const event of history.events ?? []) {
    if (event.workflowExecutionUpdateAcceptedEventAttributes) steps.push(0);
    else if (event.activityTaskScheduledEventAttributes)
      steps[Math.max(0, steps.length - 1)] = (steps[Math.max(0, steps.length - 1)] ?? 0) + 1;
  }
  return steps;
}

/** R5: nominations/s from submission to COMMENDED with C in flight, against the no-op workflow with as many activities and updates. */
export async function measureThroughput(ctx: BenchContext, drafts: Draft[]): Promise<ThroughputResult> {
  const rand = prng(5);
  const { pipelineInFlight: lanes, pipelineSeconds: seconds } = ctx.options;
  const queue = [...drafts];
  const done: string[] = [];
  const product = await closedLoop(lanes, seconds, async () => {
    const draft = queue.shift();
    if (!draft) return false;
    await commend(ctx, draft, rand);
    done.push(draft.id);
    return true;
  });
  if (!queue.length) ctx.log('  R5: ran out of drafts before the time was up; the figure is still per second of work');
  ctx.log(
    `  R5 product: ${product.perSecond} nominations/s (${product.completed} commended, ${product.errors} errors${product.firstError ? `: ${product.firstError}` : ''})`,
  );
  const steps = done.length ? await activitiesPerUpdate(ctx, `nomination:${done[0]}`) : [3, 3, 3, 3];
  const noop = await closedLoop(lanes, seconds, async () => {
    const key = randomUUID();
    await postJson(`${ctx.rawUrl}/raw/noop/start`, { key, activitiesPerStep: steps });
    for (let i = 1; i < steps.length; i += 1) await postJson(`${ctx.rawUrl}/raw/noop/step`, { key });
    return true;
  });
  ctx.log(`  R5 no-op: ${noop.perSecond} pipelines/s (activities per update ${steps.join('/')})`);
  return {
    product,
    noop: { perSecond: noop.perSecond, completed: noop.completed, seconds: noop.seconds, activitiesPerStep: steps },
    inFlight: lanes,
  };
}
