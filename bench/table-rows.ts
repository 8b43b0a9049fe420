import type { InboxResult } from './r1-inbox';
import type { StatementRow } from './r2-statements';
import type { LatencyResult } from './r3-r4-latency';
import type { ThroughputResult } from './r5-throughput';
import type { BurstResult } from './r6-burst';
import { ratio, type Row } from './report';
import type { RoundResult } from './round-measure';
import type { Latency } from './stats';

export interface Figures {
  statements: StatementRow[];
  inbox: InboxResult;
  latencies: LatencyResult;
  throughput: ThroughputResult;
  burst: BurstResult;
  round: RoundResult;
  memory: { apiRssMb: number | null; workerRssMb: number | null };
}

const ms = (l: Latency) => `${l.p50} / ${l.p95} / ${l.p99} ms`;
const ms2 = (l: Latency) => `${l.p50} / ${l.p95} ms`;

function statementRows(rows: StatementRow[]): Row[] {
  return ['myTasks', 'nominations'].flatMap((query) => {
    const of = rows.filter((r) => r.query === query);
    const plain = of.filter((r) => !r.totalCount);
    const counted = of.find((r) => r.totalCount);
    const cell = (r: StatementRow) => (r.error ? `refused (${r.error.split(':')[0]})` : String(r.statements));
    return [
      {
        figure: `R2 ${query} statements, first ${plain.map((r) => r.first).join('/')}`,
        product: plain.map(cell).join(' / '),
        raw: query === 'myTasks' ? '2 (roles + page)' : '—',
        ratio: '—',
        target: '≤ 4, same at 10 and 100',
      },
      {
        figure: `R2 ${query} + totalCount, first ${counted?.first}`,
        product: counted ? cell(counted) : '—',
        raw: '—',
        ratio: '—',
        target: '≤ 4 (+1 for the count)',
      },
    ];
  });
}

/** The printed table: one row per figure of issue 7, its baseline, their ratio and the target. */
export function tableRows(f: Figures, quick: boolean): Row[] {
  const { inbox, latencies: l, throughput: t, burst: b, round: r } = f;
  return [
    {
      figure: 'R1 inbox myTasks(first: 50), req/s',
      product: String(inbox.graphql.rps),
      raw: String(inbox.raw.rps),
      ratio: ratio(inbox.graphql.rps, inbox.raw.rps),
      target: '≥ 0.5',
    },
    {
      figure: 'R1 inbox p50 / p95 / p99',
      product: ms(inbox.graphql.latency),
      raw: ms(inbox.raw.latency),
      ratio: `p95 ×${ratio(inbox.graphql.latency.p95, inbox.raw.latency.p95, 1)}`,
      target: 'p95 ≤ 2× raw',
    },
    ...statementRows(f.statements),
    {
      figure: 'R3 submit → first task, p50 / p95',
      product: ms2(l.submit.product),
      raw: ms2(l.submit.raw),
      ratio: `p95 ×${ratio(l.submit.product.p95, l.submit.raw.p95, 1)}`,
      target: 'p95 ≤ 1.5× raw',
    },
    {
      figure: 'R4 approve → next task, p50 / p95',
      product: ms2(l.approve.product),
      raw: ms2(l.approve.raw),
      ratio: `p95 ×${ratio(l.approve.product.p95, l.approve.raw.p95, 1)}`,
      target: 'p95 ≤ 1.5× raw',
    },
    {
      figure: `R5 pipeline, ${t.inFlight} in flight, per s`,
      product: `${t.product.perSecond}${t.product.errors ? ` (${t.product.errors} errors)` : ''}`,
      raw: String(t.noop.perSecond),
      ratio: ratio(t.product.perSecond, t.noop.perSecond),
      target: '≥ 0.6 and ≥ 20/s',
    },
    {
      figure: `R6 burst ${b.rate}/s for ${b.seconds} s`,
      product: `${b.answered}/${b.sent} answered${b.errors ? ` (${b.errors} refused)` : ''}, p95 ${b.latency.p95} ms`,
      raw: '—',
      ratio: `drain ${b.drainSeconds} s, settled ${b.settleSeconds} s, lost ${b.integrity.lost}${b.integrity.ok ? '' : ', CHECKS FAILED'}`,
      target: 'drained, 0 lost',
    },
    {
      figure: `Round ${r.nominations} nominations${quick ? ' (quick)' : ''}`,
      product: `${r.concluded ? 'signed, concluded' : `NOT concluded (${r.concludedCount})`} in ${r.seconds.total} s`,
      raw: `active ${Math.round((r.seconds.total - r.seconds.votingAndNoticeWindows) * 10) / 10} s`,
      ratio: `pending ≤ ${r.peakPendingActivities}, history ${r.periodHistoryLength} / ${r.maxNominationHistoryLength}`,
      target: 'pending bounded, histories ≪ 51,200',
    },
    {
      figure: 'Memory RSS after the run, API / worker',
      product: `${f.memory.apiRssMb} MB`,
      raw: `worker ${f.memory.workerRssMb} MB`,
      ratio: '—',
      target: 'API ≤ 300 MB',
    },
  ];
}
