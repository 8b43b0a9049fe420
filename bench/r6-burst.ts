import type { BenchContext } from './context';
import type { Draft } from './drafts';
import { submit } from './r3-r4-latency';
import { latency, sleep, type Latency } from './stats';

export interface BurstResult {
  rate: number; seconds: number; sent: number; answered: number; errors: number; firstError?: string;
  latency: Latency; drainSeconds: number; settleSeconds: number;
  integrity: { inReview: number; otherStates: Record<string, number>; lost: number; withoutOneOpenTask: number; duplicateTasks: number; duplicateAuditKeys: number; duplicateSubmitted: number; ok: boolean };
}

/** Every burst nomination: its state, open tasks and SUBMITTED events; and any duplicate in the whole database. */
async function integrity(ctx: BenchContext, ids: string[]) {
  const states = (await ctx.pool.query<{ status: string; n: number }>(
    'select status, count(*)::int as n from nomination where id = any($1::uuid[]) group by status', [ids])).rows;
  const { rows: [row] } = await ctx.pool.query<{ lost: number; without_one: number; dup_submitted: number }>(`
    select count(*) filter (where n.status = 'DRAFT')::int as lost,
      count(*) filter (where (select count(*) from review_task t where t.nomination_id = n.id and t.status in ('OPEN', 'CLAIMED')) <> 1)::int as without_one,
      count(*) filter (where (select count(*) from audit_event a where a.nomination_id = n.id and a.action = 'SUBMITTED') > 1)::int as dup_submitted
    from nomination n where n.id = any($1::uuid[])`, [ids]);
  const dupTasks = (await ctx.pool.query('select 1 from review_task group by nomination_id, stage_key, round having count(*) > 1')).rowCount ?? 0;
  const dupKeys = (await ctx.pool.query('select 1 from audit_event group by idempotency_key having count(*) > 1')).rowCount ?? 0;
  const byState = Object.fromEntries(states.map((s) => [s.status, s.n]));
  const inReview = byState.IN_REVIEW ?? 0;
  delete byState.IN_REVIEW;
  const lost = row.lost + (ids.length - states.reduce((n, s) => n + s.n, 0));
  return {
    inReview, otherStates: byState, lost, withoutOneOpenTask: row.without_one, duplicateTasks: dupTasks, duplicateAuditKeys: dupKeys,
    duplicateSubmitted: row.dup_submitted, ok: lost === 0 && inReview === ids.length && row.without_one === 0 && dupTasks === 0 && dupKeys === 0 && row.dup_submitted === 0,
  };
}

/**
 * R6: submissions at a fixed rate (ten times the national peak) whatever the answers, then the time
 * until every request has answered (drain) and until the database shows every nomination IN_REVIEW
 * with exactly one open task (settle); then the integrity checks.
 */
export async function measureBurst(ctx: BenchContext, drafts: Draft[]): Promise<BurstResult> {
  const { burstRate: rate, burstSeconds: seconds } = ctx.options;
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < rate * seconds && i < drafts.length; i += 1) {
    const due = started + (i * 1000) / rate;
    if (due > performance.now()) await sleep(due - performance.now());
    const sentAt = performance.now();
    inFlight.push(submit(ctx, drafts[i]).then(
      () => void times.push(performance.now() - sentAt),
      (error: unknown) => {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      },
    ));
    if (i % (rate * 5) === 0 && i) ctx.log(`  R6: sent ${i}, answered ${times.length}, errors ${errors}`);
  }
  const windowEnd = performance.now();
  await Promise.all(inFlight);
  const drained = performance.now();
  const ids = drafts.slice(0, inFlight.length).map((d) => d.id);
  // Answers that timed out may still complete in their workflows: wait for the database to settle.
  let check = await integrity(ctx, ids);
  for (const until = Date.now() + 120_000; !check.ok && Date.now() < until; check = await integrity(ctx, ids)) await sleep(1000);
  const settled = performance.now();
  const round = (ms: number) => Math.round(ms / 100) / 10;
  return {
    rate, seconds, sent: inFlight.length, answered: times.length, errors, firstError, latency: latency(times),
    drainSeconds: round(drained - windowEnd), settleSeconds: round(settled - windowEnd), integrity: check,
  };
}
