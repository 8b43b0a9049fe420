import { printFaultTable, recordFault } from '../support/fault-report';
import { runBurst, verdict, type Plan } from '../support/fault-scenario';
import { startFaultStack, type FaultStack } from '../support/fault-stack';
import type { NominationRow } from '../support/fault-checks';

/**
 * The test's own PostgreSQL is stopped (fast shutdown: open transactions roll back, connections are
 * cut) in the middle of a burst of submissions and decisions, and started again OUTAGE_MS later. The
 * API refuses or fails what needs the database meanwhile; the workflows' activities retry until it is
 * back. Afterwards no row is partial (every nomination has its audit events and tasks, consistently)
 * and every nomination reaches the state its requests lead to.
 */
jest.setTimeout(200_000);

const COUNT = 30;
/** Within the 10–20 s outage the activities' retry policy must ride through. */
const OUTAGE_MS = 12_000;

let stack: FaultStack;

beforeAll(async () => {
  stack = await startFaultStack('postgres-restart', { ownPostgres: true });
});

afterAll(async () => {
  printFaultTable();
  await stack?.stop();
});

function expected(plan: Plan, row: NominationRow): boolean {
  if (plan === 'APPROVE') return row.status === 'IN_REVIEW' && row.stageKey === 'PROVINCE_APPROVAL';
  if (plan === 'RETURN') return row.status === 'RETURNED';
  return row.status === 'IN_REVIEW' && row.stageKey === 'DISTRICT_REVIEW';
}

it('leaves no partial rows and retries every activity to success when PostgreSQL stops mid-burst', async () => {
  const run = await runBurst(stack, COUNT, 0.4, async () => {
    await stack.stopPostgres();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    await stack.startPostgres();
  });
  const survivors = { api: stack.api.alive(), worker: stack.worker.alive() };
  const result = await verdict(stack, run, expected);

  recordFault({
    fault: 'PostgreSQL stopped mid-burst, started again',
    injected: `stop at request ${Math.floor(COUNT * 0.4) + 1} of ${COUNT} submissions + ${(COUNT * 2) / 3} decisions; down ${(run.faultMs / 1000).toFixed(1)} s; requests failed: ${run.failed}, retried`,
    survived: `${COUNT - result.broken.length}/${COUNT} nominations whole, ${COUNT - result.unsettled.length}/${COUNT} reached their state; API ${survivors.api ? 'up' : 'DIED'}, worker ${survivors.worker ? 'up' : 'DIED'}`,
    lost: result.lost,
  });
  const { unsettled, broken, unkept, dupes, disagreements } = result;
  expect({ survivors, unsettled, broken, unkept, dupes, disagreements }).toEqual({
    survivors: { api: true, worker: true },
    unsettled: [],
    broken: [],
    unkept: [],
    dupes: [],
    disagreements: [],
  });
});
