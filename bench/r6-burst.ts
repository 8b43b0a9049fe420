import type { BenchContext } from './context';
import type { Draft } from './drafts';
import { submit } from './r3-r4-latency';
import { latency, sleep, type Latency } from './stats';

export interface Integrity {
  inReview: number;
  states: Record<string, number>;
  /** Answered as submitted but not IN_REVIEW with exactly one open task once settled. */
  lost: number;
  /** Refused (e.g. WORKFLOW_UNAVAILABLE) and still a draft: the commune was told and may submit again. */
  refusedStillDraft: number;
  /** Submitted (not a draft) without exactly one open task. */
  withoutOneOpenTask: number;
  duplicateTasks: number;
  duplicateAuditKeys: number;
  duplicateSubmitted: number;
  ok: boolean;
}
export interface BurstResult {
  rate: number;
  seconds: number;
  sent: number;
  answered: number;
  errors: number;
  firstError?: string;
  latency: Latency;
  drainSeconds: number;
  settleSeconds: number;
  integrity: Integrity;
}

async function integrity(ctx: BenchContext, ids: string[], answered: Set<string>): Promise<Integrity> {
  const rows = (
    await ctx.pool.query<{ id: string; status: string; open: number; submitted: number }>(
      `
    select n.id, n.status,
      (select count(*)::int from review_task t where t.nomination_id = n.id and t.status in ('OPEN', 'CLAIMED')) as open,
      (select count(*)::int from audit_event a where a.nomination_id = n.id and a.action = 'SUBMITTED') as submitted
    from nomination n where n.id = any($1::uuid[])`,
      [ids],
    )
  ).rows;
  const states: Record<string, number> = {};
  for (const r of rows) states[r.status] = (states[r.status] ?? 0) + 1;
  const settled = (r: (typeof rows)[number]) => r.status === 'IN_REVIEW' && r.open === 1;
  const lost = ids.length - rows.length + rows.filter((r) => answered.has(r.id) && !settled(r)).length;
  const refusedStillDraft = rows.filter((r) => !answered.has(r.id) && r.status === 'DRAFT').length;
  const withoutOneOpenTask = rows.filter((r) => r.status !== 'DRAFT' && r.open !== 1).length;
  const duplicateSubmitted = rows.filter((r) => r.submitted > 1).length;
  const duplicateTasks =
    (await ctx.pool.query('select 1 from review_task group by nomination_id, stage_key, round having count(*) > 1'))
      .rowCount ?? 0;
  const duplicateAuditKeys =
    (await ctx.pool.query('select 1 from audit_event group by idempotency_key having count(*) > 1')).rowCount ?? 0;
  const ok =
    lost === 0 &&
    withoutOneOpenTask === 0 &&
    duplicateTasks === 0 &&
    duplicateAuditKeys === 0 &&
    duplicateSubmitted === 0;
  return {
    inReview: states.IN_REVIEW ?? 0,
    states,
    lost,
    refusedStillDraft,
    withoutOneOpenTask,
    duplicateTasks,
    duplicateAuditKeys,
    duplicateSubmitted,
    ok,
  };
}

/**
 * R6: submissions at a fixed rate (ten times the national peak) whatever the answers, then the time
 * until every request has answered (drain) and until the database stops changing (settle: refused
 * submissions whose workflow did start still finish); then the integrity checks.
 */
export async function measureBurst(ctx: BenchContext, drafts: Draft[]): Promise<BurstResult> {
  const { burstRate: rate, burstSeconds: seconds } = ctx.options;
  const times: number[] = [];
  const answered = new Set<string>();
  let errors = 0;
  let firstError: string | undefined;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < rate * seconds && i < drafts.length; i += 1) {
    const due = started + (i * 1000) / rate;
    if (due > performance.now()) await sleep(due - performance.now());
    const sentAt = performance.now();
    const { id } = drafts[i];
    inFlight.push(
      submit(ctx, drafts[i]).then(
        () => {
          times.push(performance.now() - sentAt);
          answered.add(id);
        },
        (error: unknown) => {
          errors += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        },
      ),
    );
    if (i % (rate * 5) === 0 && i) ctx.log(`  R6: sent ${i}, answered ${times.length}, errors ${errors}`);
  }
  const windowEnd = performance.now();
  const windowEndAt = Date.now();
  await Promise.all(inFlight);
  const drained = performance.now();
  const ids = drafts.slice(0, inFlight.length).map((d) => d.id);
  let check = await integrity(ctx, ids, answered);
  let last = JSON.stringify(check.states);
  let stableSince = Date.now();
  for (
    const until = Date.now() + (ctx.options.quick ? 120_000 : 900_000);
    Date.now() < until && Date.now() - stableSince < (ctx.options.quick ? 5_000 : 15_000);
  ) {
    await sleep(1000);
    check = await integrity(ctx, ids, answered);
    if (JSON.stringify(check.states) !== last) [last, stableSince] = [JSON.stringify(check.states), Date.now()];
  }
  const round = (ms: number) => Math.round(ms / 100) / 10;
  return {
    rate,
    seconds,
    sent: inFlight.length,
    answered: times.length,
    errors,
    firstError,
    latency: latency(times),
    drainSeconds: round(drained - windowEnd),
    settleSeconds: round(stableSince - windowEndAt),
    integrity: check,
  };
}
