import { randomUUID } from 'node:crypto';
import { postJson, tokenFor, type BenchContext } from './context';
import type { Draft } from './drafts';
import { DECIDE, mutate, SUBMIT } from './gql';
import { latency, timed, type Latency } from './stats';

export interface LatencyPair {
  product: Latency;
  raw: Latency;
}
export interface LatencyResult {
  submit: LatencyPair;
  approve: LatencyPair;
}

const WARM_UP = 3;

/** Submits one draft as its commune's submitter; answers the first open task. */
export async function submit(ctx: BenchContext, draft: Draft) {
  const payload = await mutate(ctx.graphqlUrl, tokenFor(ctx, draft.commune.submitterId), SUBMIT, { id: draft.id });
  return payload.nomination.currentTask as { id: string; round: number };
}

/**
 * R3 and R4, one request at a time: submitNomination (answers with the first task open) against a
 * no-op workflow start that answers after one activity; decideTask APPROVE against an update that
 * answers after one activity — both baselines through the API process's own Temporal client.
 */
export async function measureLatencies(ctx: BenchContext, drafts: Draft[]): Promise<LatencyResult> {
  const times = { submit: [] as number[], approve: [] as number[], rawStart: [] as number[], rawStep: [] as number[] };
  const tasks: { draft: Draft; task: { id: string; round: number } }[] = [];
  for (const [i, draft] of drafts.entries()) {
    const [task, ms] = await timed(() => submit(ctx, draft));
    if (i >= WARM_UP) times.submit.push(ms);
    tasks.push({ draft, task });
  }
  const keys = drafts.map(() => randomUUID());
  for (const [i, key] of keys.entries()) {
    const [, ms] = await timed(() => postJson(`${ctx.rawUrl}/raw/noop/start`, { key, activitiesPerStep: [1, 1] }));
    if (i >= WARM_UP) times.rawStart.push(ms);
  }
  ctx.log(`  R3 submit p95 ${latency(times.submit).p95} ms, no-op start p95 ${latency(times.rawStart).p95} ms`);
  for (const [i, { draft, task }] of tasks.entries()) {
    const reviewer = tokenFor(ctx, draft.province.reviewerIds[0]);
    const [, ms] = await timed(() =>
      mutate(ctx.graphqlUrl, reviewer, DECIDE, { taskId: task.id, round: task.round, decision: 'APPROVE', score: 80 }),
    );
    if (i >= WARM_UP) times.approve.push(ms);
  }
  for (const [i, key] of keys.entries()) {
    const [, ms] = await timed(() => postJson(`${ctx.rawUrl}/raw/noop/step`, { key }));
    if (i >= WARM_UP) times.rawStep.push(ms);
  }
  ctx.log(`  R4 approve p95 ${latency(times.approve).p95} ms, no-op update p95 ${latency(times.rawStep).p95} ms`);
  return {
    submit: { product: latency(times.submit), raw: latency(times.rawStart) },
    approve: { product: latency(times.approve), raw: latency(times.rawStep) },
  };
}
