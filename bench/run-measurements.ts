import type { BenchContext } from './context';
import type { BenchData } from './prepare-data';
import { measureInbox } from './r1-inbox';
import { measureStatements } from './r2-statements';
import { measureLatencies } from './r3-r4-latency';
import { measureThroughput } from './r5-throughput';
import { measureBurst } from './r6-burst';
import { printTable, writeResults } from './report';
import { measureRound } from './round-measure';
import { approveForRound } from './round-setup';
import { tableRows } from './table-rows';

/** Runs every figure in turn, prints the table and writes bench/results.json; false when R6's checks fail. */
export async function runMeasurements(
  ctx: BenchContext,
  data: BenchData,
  rss: { api(): number | null; worker(): number | null },
): Promise<boolean> {
  const { log } = ctx;
  log('R2 statements per request');
  const statements = await measureStatements(ctx);
  log(`R1 inbox: ${ctx.options.inboxConnections} connections × ${ctx.options.inboxSeconds} s, each endpoint`);
  const inbox = await measureInbox(ctx);
  log(`R3/R4 latencies: ${ctx.options.latencySamples} submissions and approvals, one at a time`);
  const latencies = await measureLatencies(ctx, data.drafts.latency);
  log(`R5 pipeline throughput: ${ctx.options.pipelineInFlight} in flight for ${ctx.options.pipelineSeconds} s, each`);
  const throughput = await measureThroughput(ctx, data.drafts.pipeline);
  log(`R6 burst: ${ctx.options.burstRate} submissions/s for ${ctx.options.burstSeconds} s`);
  const burst = await measureBurst(ctx, data.drafts.burst);
  log(`R6: drained ${burst.drainSeconds} s after the burst; integrity ${burst.integrity.ok ? 'ok' : 'FAILED'}`);
  log(`round: ${data.drafts.round.length} nominations of ${data.round.province.name} to APPROVED through the API`);
  const setup = await approveForRound(ctx, data.drafts.round);
  log(
    `round setup: ${setup.ids.length} approved in ${setup.seconds} s${setup.failed ? `, ${setup.failed} failed (${setup.firstError})` : ''}`,
  );
  const round = await measureRound(ctx, data.round.province, data.round.periodId, setup.ids);
  log(
    `round: ${round.concluded ? 'concluded' : 'NOT concluded'} in ${round.seconds.total} s, peak pending activities ${round.peakPendingActivities}`,
  );
  const memory = { apiRssMb: rss.api(), workerRssMb: rss.worker() };

  const figures = {
    seeding: data.seeding,
    statements,
    inbox,
    latencies,
    throughput,
    burst,
    roundSetup: { ...setup, ids: setup.ids.length },
    round,
    memory,
  };
  const rows = tableRows(figures, ctx.options.quick);
  const table = printTable(
    `thidua benchmark (${ctx.options.quick ? 'quick' : 'full'}: ${data.seeding.nominations} nominations seeded)`,
    rows,
  );
  log(`results written to ${writeResults(ctx.options.quick ? 'quick' : 'full', rows, figures, table)}`);
  if (!burst.integrity.ok) console.error(`R6 integrity checks failed: ${JSON.stringify(burst.integrity)}`);
  return burst.integrity.ok;
}
