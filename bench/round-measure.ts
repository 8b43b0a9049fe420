import { tokenFor, vietnamDay, type BenchContext } from './context';
import type { ProvinceSeed } from './seed-config';
import { CAST_BALLOTS, mutate, SIGN_ROUND, START_ROUND } from './gql';
import { pool, sleep } from './stats';

export interface RoundResult {
  nominations: number;
  shortlisted: number;
  concluded: boolean;
  concludedCount: number;
  seconds: {
    total: number;
    shortlist: number;
    ballots: number;
    signing: number;
    concluding: number;
    votingAndNoticeWindows: number;
  };
  ballotErrors: number;
  firstError?: string;
  /** When it did not conclude: what the period workflow's pending activities last failed with. */
  pendingFailure?: string;
  peakPendingActivities: number;
  periodHistoryLength: number;
  maxNominationHistoryLength: number;
}

const BALLOT_CHUNK = 500;
const s = (ms: number) => Math.round(ms / 100) / 10;

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(500)) if (await check()) return true;
  return false;
}

/**
 * A province's commendation round through the real period workflow: shortlist (startRound), the
 * council's ballots, the windows, the chair's signature, then every nomination concluded through its
 * own workflow. The period workflow is described every second for its pending activities.
 */
export async function measureRound(
  ctx: BenchContext,
  province: ProvinceSeed,
  periodId: string,
  ids: string[],
): Promise<RoundResult> {
  const handle = ctx.temporal.workflow.getHandle(`period:${periodId}`);
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    for (; sampling; await sleep(1000)) {
      const described = await handle.describe().catch(() => null);
      peak = Math.max(peak, described?.raw.pendingActivities?.length ?? 0);
    }
  })();
  // Voting must stay open past the shortlist and every ballot paper; the notice adds 5 s.
  const windowMs = (ctx.options.quick ? 8_000 : 15_000) + ids.length * 12;
  const t0 = performance.now();
  const votingClosesAt = new Date(Date.now() + windowMs);
  const started = await mutate(ctx.graphqlUrl, tokenFor(ctx, province.adminId), START_ROUND, {
    periodId,
    votingClosesAt: votingClosesAt.toISOString(),
    noticeClosesAt: new Date(votingClosesAt.getTime() + 5_000).toISOString(),
  });
  const t1 = performance.now();
  const round = started.rounds[0] as { id: string; entries: { id: string }[] };
  const entries = round.entries.map((e) => e.id);
  ctx.log(`  round: shortlisted ${entries.length} of ${ids.length} in ${s(t1 - t0)} s; council voting`);
  let ballotErrors = 0;
  let firstError: string | undefined;
  const papers = province.councilIds.flatMap((member) =>
    Array.from({ length: Math.ceil(entries.length / BALLOT_CHUNK) }, (_, i) => ({ member, i })),
  );
  await pool(papers, 5, async ({ member, i }) => {
    const votes = entries.slice(i * BALLOT_CHUNK, (i + 1) * BALLOT_CHUNK).map((entryId) => ({ entryId, vote: 'YES' }));
    await mutate(ctx.graphqlUrl, tokenFor(ctx, member), CAST_BALLOTS, {
      roundId: round.id,
      votes,
      inWriting: false,
    }).catch((error: Error) => {
      ballotErrors += 1;
      firstError ??= error.message;
    });
  });
  const t2 = performance.now();
  const status = async () =>
    (await ctx.pool.query<{ status: string }>('select status from commendation_round where id = $1', [round.id]))
      .rows[0]?.status;
  const limit = ctx.options.quick ? 60_000 : 1_200_000;
  const signing = await waitFor(async () => (await status()) === 'SIGNING', windowMs + limit);
  const t3 = performance.now();
  // A round that never reaches signing is a finding, not a bench failure: report how far it got.
  if (signing)
    await mutate(ctx.graphqlUrl, tokenFor(ctx, province.approverId), SIGN_ROUND, {
      roundId: round.id,
      decisionDate: vietnamDay(),
    });
  else ctx.log(`  round: still ${await status()} after the windows and ${limit / 1000} s more; not signed`);
  const t4 = performance.now();
  const concludedCount = async () =>
    (
      await ctx.pool.query<{ n: number }>(
        `select count(*)::int as n from nomination where id = any($1::uuid[]) and status in ('COMMENDED', 'NOT_AWARDED')`,
        [ids],
      )
    ).rows[0].n;
  ctx.log(`  round: signed in ${s(t4 - t3)} s; concluding ${ids.length} nominations through their workflows`);
  const concluded = signing && (await waitFor(async () => (await concludedCount()) === ids.length, limit));
  const t5 = performance.now();
  sampling = false;
  await sampler;
  const period = await handle.describe();
  const stuck = period.raw.pendingActivities?.find((a) => a.lastFailure);
  const pendingFailure = stuck
    ? `${stuck.activityType?.name}: attempt ${stuck.attempt}, ${stuck.lastFailure?.message}`
    : undefined;
  if (!concluded)
    ctx.log(
      `  round: ${period.raw.pendingActivities?.length ?? 0} activities still pending${pendingFailure ? `; last failure ${pendingFailure}` : ''}`,
    );
  const lengths = await pool(
    ids,
    20,
    async (id) => (await ctx.temporal.workflow.getHandle(`nomination:${id}`).describe()).historyLength,
  );
  return {
    nominations: ids.length,
    shortlisted: entries.length,
    concluded,
    concludedCount: await concludedCount(),
    seconds: {
      total: s(t5 - t0),
      shortlist: s(t1 - t0),
      ballots: s(t2 - t1),
      signing: s(t4 - t3),
      concluding: s(t5 - t4),
      votingAndNoticeWindows: s(t3 - t2),
    },
    ballotErrors,
    firstError,
    pendingFailure,
    peakPendingActivities: peak,
    periodHistoryLength: period.historyLength,
    maxNominationHistoryLength: Math.max(0, ...lengths),
  };
}
