import {
  attempt,
  clientsFor,
  DECIDE_MUTATION,
  inParallel,
  openTaskOf,
  prepareDrafts,
  SUBMIT_MUTATION,
  untilAnswered,
  type Outcome,
} from '../support/fault-burst';
import { duplicates, nominationRows, partsMissing, remindersInHistory, timerCounts, workflowDisagreements } from '../support/fault-checks';
import { waitUntil } from '../support/fault-processes';
import { printFaultTable, recordFault } from '../support/fault-report';
import { startFaultStack, type FaultStack } from '../support/fault-stack';

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
const DOWN_MS = 4000;
const SUBMITTERS = ['xuantang.submitter', 'phuonglaocai.submitter'];
const REVIEWER = 'laocaicity.reviewer';
type Plan = 'APPROVE' | 'RETURN' | 'NONE';

let stack: FaultStack;

beforeAll(async () => {
  stack = await startFaultStack('temporal-kill', { env: { WORKING_DAY_MS: String(DAY_MS) } });
});

afterAll(async () => {
  printFaultTable();
  await stack?.stop();
});

const summary = (answer: { submit?: Outcome; decide?: Outcome }) =>
  Object.entries(answer)
    .filter(([, o]) => typeof o === 'object')
    .map(([what, o]) => `${what} ${(o as Outcome).ok ? 'ok' : ((o as Outcome).code ?? (o as Outcome).error)}`)
    .join(', ');

/** Refusals that say the action already happened: retrying cannot change them. */
const SETTLED = ['ALREADY_SUBMITTED', 'TASK_CLOSED', 'STALE_ROUND', 'INVALID_STATE'];

it('loses nothing and fires each timer once when Temporal is killed mid-burst and restarted on its SQLite file', async () => {
  stack.note('preparing drafts');
  const drafts = await prepareDrafts(stack, COUNT, SUBMITTERS);
  stack.note('burst');
  const clients = await clientsFor(stack, [...SUBMITTERS, REVIEWER]);
  const plan = new Map<string, Plan>(drafts.map((d, i) => [d.id, (['APPROVE', 'RETURN', 'NONE'] as const)[i % 3]]));
  const told = new Map<string, { submit?: Outcome; decide?: Outcome; taskId?: string }>(drafts.map((d) => [d.id, {}]));
  const decide = (taskId: string, round: number, decision: Plan) =>
    attempt(clients[REVIEWER], DECIDE_MUTATION, { input: { taskId, round, decision, comment: decision === 'RETURN' ? 'Bổ sung minh chứng' : null } }, 'decideTask');

  let fault: Promise<void> | null = null;
  let downMs = 0;
  const killAt = Math.floor(COUNT * 0.4);
  const jobs = drafts.map((draft) => async () => {
    const answer = told.get(draft.id)!;
    answer.submit = await attempt(clients[draft.submitter], SUBMIT_MUTATION, { id: draft.id }, 'submitNomination');
    const task = answer.submit.payload?.nomination.currentTask;
    const decision = plan.get(draft.id)!;
    if (!task || decision === 'NONE') return;
    answer.taskId = task.id;
    answer.decide = await decide(task.id, task.round, decision);
  });
  await inParallel(jobs, 6, (i) => {
    if (i !== killAt) return;
    fault = (async () => {
      const started = Date.now();
      await stack.killTemporal();
      // Down long enough for the burst to meet it and for timers to come due meanwhile.
      await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
      await stack.startTemporal();
      downMs = Date.now() - started;
    })();
  });
  await fault;
  const workerDied = !stack.worker.alive();
  if (workerDied) await stack.startWorker();

  stack.note('repairs');
  // What was not answered, the user tries again, as a commune presses "submit" once more.
  await inParallel(
    drafts.map((draft) => async () => {
      const answer = told.get(draft.id)!;
      if (!answer.submit?.ok) {
        await untilAnswered(
          () => attempt(clients[draft.submitter], SUBMIT_MUTATION, { id: draft.id }, 'submitNomination'),
          (o) => SETTLED.includes(o.code ?? ''),
        );
      }
      const decision = plan.get(draft.id)!;
      if (decision === 'NONE' || answer.decide?.ok) return;
      await untilAnswered(async () => {
        const task = await waitUntil(() => openTaskOf(stack.pool, draft.id).then((t) => t ?? false), `a task of ${draft.id}`, 30_000).catch(() => null);
        if (!task || task.stage_key !== 'DISTRICT_REVIEW') return { ok: true };
        return decide(task.id, task.round, decision);
      }, (o) => SETTLED.includes(o.code ?? ''));
    }),
    6,
  );

  stack.note('settling');
  // Settled: approved ones wait at the province, returned ones with the commune, the rest escalated.
  const ids = drafts.map((d) => d.id);
  const expected = (id: string, row: { status: string; stageKey: string | null }) =>
    plan.get(id) === 'APPROVE'
      ? row.status === 'IN_REVIEW' && row.stageKey === 'PROVINCE_APPROVAL'
      : plan.get(id) === 'RETURN'
        ? row.status === 'EXPIRED' // returned, then the commune's revision deadline (10 working days) passed
        : row.status === 'IN_REVIEW' && row.stageKey === 'DISTRICT_REVIEW';
  const untouched = ids.filter((id) => plan.get(id) === 'NONE');
  await waitUntil(
    async () => {
      const rows = await nominationRows(stack.pool, ids);
      const timers = await timerCounts(stack.pool, untouched);
      return ids.every((id) => rows.get(id) && expected(id, rows.get(id)!)) && timers.every((t) => t.escalations.length > 0);
    },
    'every nomination to reach its expected state and every untouched task to escalate',
    90_000,
    1000,
  ).catch(() => undefined); // what did not settle is named by the checks below

  stack.note('checks');
  const rows = await nominationRows(stack.pool, ids);
  const broken = ids.flatMap((id) => partsMissing(rows.get(id)).map((p) => `${id}: ${p}`));
  // Answered as done but not done: the worst kind of loss.
  const unkept = drafts.flatMap((d) => {
    const answer = told.get(d.id)!;
    const row = rows.get(d.id);
    const problems: string[] = [];
    if (answer.submit?.ok && row?.status === 'DRAFT') problems.push(`${d.id}: submitted per the API, still a draft`);
    if (answer.decide?.ok && row && !expected(d.id, row)) problems.push(`${d.id}: decided per the API, now ${row.status}`);
    return problems;
  });
  const unsettled = ids.filter((id) => !rows.get(id) || !expected(id, rows.get(id)!)).map((id) => `${id} (${plan.get(id)}): ${rows.get(id)?.status} at ${rows.get(id)?.stageKey}; told ${summary(told.get(id)!)}`);
  const dupes = await duplicates(stack.pool);
  const disagreements = await workflowDisagreements(stack.temporal.ready.address, [...rows.values()]);

  // Each reminder point fired once per task, in the history and in the database (one reviewer is told).
  const timers = await timerCounts(stack.pool, untouched);
  const history = await remindersInHistory(stack.temporal.ready.address, untouched);
  const timerProblems = timers.flatMap((t) => {
    const problems: string[] = [];
    if (JSON.stringify(t.reminders) !== JSON.stringify({ '1': 1, '3': 1 })) problems.push(`${t.taskId}: reminders ${JSON.stringify(t.reminders)}`);
    if (t.reminderNotices !== 2) problems.push(`${t.taskId}: ${t.reminderNotices} reminder notifications`);
    if (t.escalations.some((level, i) => level !== i + 1)) problems.push(`${t.taskId}: escalation levels ${t.escalations.join(',')}`);
    return problems;
  });
  for (const [id, byTask] of history) {
    if (Object.keys(byTask).length !== 2 || Object.values(byTask).some((n) => n !== 1)) timerProblems.push(`${id}: remind scheduled ${JSON.stringify(byTask)}`);
  }

  const lost = broken.length + unkept.length + unsettled.length;
  const unanswered = [...told.values()].filter((a) => a.submit && !a.submit.ok).length + [...told.values()].filter((a) => a.decide && !a.decide.ok).length;
  recordFault({
    fault: 'Temporal dev server SIGKILL mid-burst, restarted on its SQLite file',
    injected: `kill at request ${killAt + 1} of ${COUNT} submissions + ${(COUNT * 2) / 3} decisions; down ${(downMs / 1000).toFixed(1)} s; ${unanswered} requests failed and were retried${workerDied ? '; the worker exited and was restarted' : ''}`,
    survived: `${ids.length - broken.length}/${ids.length} nominations whole; ${timers.length - new Set(timerProblems.map((p) => p.split(':')[0])).size}/${timers.length} untouched tasks fired each reminder once`,
    lost,
  });
  expect({ unsettled, broken, unkept, dupes, disagreements, timerProblems }).toEqual({
    unsettled: [],
    broken: [],
    unkept: [],
    dupes: [],
    disagreements: [],
    timerProblems: [],
  });
});
