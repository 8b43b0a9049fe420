import { remindersInHistory, timerCounts } from '../support/fault-checks';
import { printFaultTable, recordFault } from '../support/fault-report';
import { runBurst, verdict, type Plan } from '../support/fault-scenario';
import { startFaultStack, type FaultStack } from '../support/fault-stack';
import type { NominationRow } from '../support/fault-checks';

/**
 * The Temporal dev server is killed with SIGKILL in the middle of a burst of submissions and
 * decisions, then started again on the same SQLite file. A working day lasts DAY_MS here, so the
 * stages' reminders (3 and 1 working days before the 10-day deadline) and escalations come due
 * while the server is down or just after: each must fire exactly once. Returned nominations expire
 * when the commune's revision deadline (10 working days) passes: that timer too fires once.
 */
jest.setTimeout(200_000);

const DAY_MS = 800;
const COUNT = 36;
/** Down long enough for the burst to meet it and for timers to come due meanwhile. */
const DOWN_MS = 4000;

let stack: FaultStack;

beforeAll(async () => {
  stack = await startFaultStack('temporal-kill', { env: { WORKING_DAY_MS: String(DAY_MS) } });
});

afterAll(async () => {
  printFaultTable();
  await stack?.stop();
});

/** Approved ones wait at the province; returned ones expired; the rest wait at the district, escalated. */
function expected(plan: Plan, row: NominationRow): boolean {
  if (plan === 'APPROVE') return row.status === 'IN_REVIEW' && row.stageKey === 'PROVINCE_APPROVAL';
  if (plan === 'RETURN') return row.status === 'EXPIRED';
  return row.status === 'IN_REVIEW' && row.stageKey === 'DISTRICT_REVIEW';
}

it('loses nothing and fires each timer once when Temporal is killed mid-burst and restarted on its SQLite file', async () => {
  const run = await runBurst(stack, COUNT, 0.4, async () => {
    await stack.killTemporal();
    await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
    await stack.startTemporal();
  });
  const workerDied = !stack.worker.alive();
  if (workerDied) await stack.startWorker();

  const untouched = run.drafts.map((d) => d.id).filter((id) => run.plan.get(id) === 'NONE');
  const escalated = async () => (await timerCounts(stack.pool, untouched)).every((t) => t.escalations.length > 0);
  const result = await verdict(stack, run, expected, escalated);

  // Each reminder point fired once per task, in the history and in the database (one reviewer is told).
  const timers = await timerCounts(stack.pool, untouched);
  const history = await remindersInHistory(stack.temporal.ready.address, untouched);
  const timerProblems = timers.flatMap((t) => {
    const problems: string[] = [];
    if (JSON.stringify(t.reminders) !== JSON.stringify({ '1': 1, '3': 1 })) problems.push(`${t.taskId}: reminders ${JSON.stringify(t.reminders)}`);
    if (t.reminderNotices !== 2) problems.push(`${t.taskId}: ${t.reminderNotices} reminder notifications`);
    if (!t.escalations.length || t.escalations.some((level, i) => level !== i + 1)) problems.push(`${t.taskId}: escalation levels [${t.escalations.join(',')}]`);
    return problems;
  });
  for (const [id, byTask] of history) {
    if (Object.keys(byTask).length !== 2 || Object.values(byTask).some((n) => n !== 1)) timerProblems.push(`${id}: remind scheduled ${JSON.stringify(byTask)}`);
  }
  const expiredCount = [...result.rows.values()].filter((r) => r.status === 'EXPIRED').length;

  recordFault({
    fault: 'Temporal dev server SIGKILL mid-burst, restarted on its SQLite file',
    injected: `kill at request ${Math.floor(COUNT * 0.4) + 1} of ${COUNT} submissions + ${(COUNT * 2) / 3} decisions; down ${(run.faultMs / 1000).toFixed(1)} s; requests unanswered: ${run.failed}, retried${workerDied ? '; the worker exited and was restarted' : ''}`,
    survived: `${COUNT - result.broken.length}/${COUNT} nominations whole; ${timers.length - new Set(timerProblems.map((p) => p.slice(0, 36))).size}/${timers.length} open tasks fired each reminder once; ${expiredCount} revision deadlines fired`,
    lost: result.lost,
  });
  const { unsettled, broken, unkept, dupes, disagreements } = result;
  expect({ unsettled, broken, unkept, dupes, disagreements, timerProblems }).toEqual({
    unsettled: [],
    broken: [],
    unkept: [],
    dupes: [],
    disagreements: [],
    timerProblems: [],
  });
});
