import { Role } from '../../domain/enums';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { attempt, type Outcome } from '../support/fault-burst';
import { printFaultTable, recordFault } from '../support/fault-report';
import { addUser, as, CLAIM, createDraft, DECIDE, loadCatalog, submit, type Catalog, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Two officers act on the same task at the same moment: two district reviewers (one approves, one
 * returns), then two province approvers (both approve), then two claims. Exactly one wins; the other
 * is told why with a specific code — never INTERNAL — and its action leaves no trace.
 */
jest.setTimeout(180_000);

const PAIRS = 8;
/** What the loser may be told: the task closed under it, another's claim, or "another action is in progress". */
const LOSING_CODES = ['TASK_CLOSED', 'TASK_CLAIMED_BY_OTHER', 'VERSION_CONFLICT', 'STALE_ROUND'];

let platform: TestPlatform;
let commune: Gql;
let catalog: Catalog;
const reviewers: Gql[] = [];
const approvers: Gql[] = [];
const codes = new Map<string, number>();
const DECISIONS: string[] = ['APPROVED', 'RETURNED', 'REJECTED'];

beforeAll(async () => {
  platform = await startTestPlatform();
  await addUser(platform, 'laocaicity.reviewer2', Role.REVIEWER, '080');
  await addUser(platform, 'laocai.approver2', Role.APPROVER, '10');
  commune = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(commune);
  reviewers.push(await as(platform, 'laocaicity.reviewer'), await as(platform, 'laocaicity.reviewer2'));
  approvers.push(await as(platform, 'laocai.approver'), await as(platform, 'laocai.approver2'));
});

afterAll(async () => {
  printFaultTable();
  await platform?.stop();
});

const decide = (gql: Gql, task: { id: string; round: number }, decision: string) =>
  attempt(gql, DECIDE, { input: { taskId: task.id, round: task.round, decision, comment: decision === 'RETURN' ? 'Thiếu biên bản' : null } }, 'decideTask');

/** Sends both requests at once, the second first every other race, so that either may win. */
function race(i: number, first: () => Promise<Outcome>, second: () => Promise<Outcome>): Promise<Outcome[]> {
  const sent: Promise<Outcome>[] = [];
  if (i % 2) [sent[1], sent[0]] = [second(), first()];
  else [sent[0], sent[1]] = [first(), second()];
  return Promise.all(sent);
}

/** Both at once; answers [winner index, loser's outcome] and counts the loser's code. */
function judge(outcomes: Outcome[], what: string): { winner: number; loser: Outcome } {
  const winners = outcomes.filter((o) => o.ok).length;
  if (winners !== 1) throw new Error(`${what}: ${winners} winners: ${JSON.stringify(outcomes.map((o) => o.code ?? o.ok))}`);
  const winner = outcomes.findIndex((o) => o.ok);
  const loser = outcomes[1 - winner];
  codes.set(loser.code ?? 'none', (codes.get(loser.code ?? 'none') ?? 0) + 1);
  return { winner, loser };
}

/** The decision events recorded on a nomination at a stage (each decision's audit names the stage it closed). */
async function decisionsAt(nominationId: string, stageKey: string) {
  const events = await platform.db.orm.em.fork().find(AuditEvent, { nomination: nominationId }, { populate: ['actor'] });
  return events.filter((e) => DECISIONS.includes(e.action) && (e.before as { stageKey?: string } | null)?.stageKey === stageKey);
}

it('lets one of two reviewers, approvers or claimants win and tells the other with a specific code', async () => {
  const nominations = [];
  for (let i = 0; i < PAIRS; i += 1) {
    const draft = await createDraft(commune, catalog, { nomineeName: `Đồng thời ${i + 1}` });
    nominations.push(await submit(commune, draft.id));
  }
  let races = 0;
  let sound = 0;
  const atProvince: { id: string; task: { id: string; round: number } }[] = [];

  // Two district reviewers at once: one approves, the other returns.
  await Promise.all(
    nominations.map(async (n, i) => {
      const task = n.currentTask;
      const outcomes = await race(i, () => decide(reviewers[0], task, 'APPROVE'), () => decide(reviewers[1], task, 'RETURN'));
      races += 1;
      const { winner, loser } = judge(outcomes, `district race on ${n.id}`);
      expect(LOSING_CODES).toContain(loser.code);
      const status = outcomes[winner].payload!.nomination.status;
      expect(status).toBe(winner === 0 ? 'IN_REVIEW' : 'RETURNED');
      const events = await decisionsAt(n.id, 'DISTRICT_REVIEW');
      expect(events.map((e) => e.action)).toEqual([winner === 0 ? 'APPROVED' : 'RETURNED']);
      expect(events[0].actor?.username).toBe(winner === 0 ? 'laocaicity.reviewer' : 'laocaicity.reviewer2');
      sound += 1;
      if (winner === 0) atProvince.push({ id: n.id, task: outcomes[0].payload!.nomination.currentTask });
    }),
  );

  // Two province approvers approve the same task at once.
  await Promise.all(
    atProvince.map(async ({ id, task }, i) => {
      const outcomes = await race(i, () => decide(approvers[0], task, 'APPROVE'), () => decide(approvers[1], task, 'APPROVE'));
      races += 1;
      const { winner, loser } = judge(outcomes, `province race on ${id}`);
      expect(LOSING_CODES).toContain(loser.code);
      expect(outcomes[winner].payload!.nomination.currentTask.stageKey).toBe('COMMENDATION_DECISION');
      expect(await decisionsAt(id, 'PROVINCE_APPROVAL')).toHaveLength(1);
      sound += 1;
    }),
  );

  // Two approvers claim the decision task at once: one holds it, the other is told it is taken.
  const claimable = await Promise.all(
    atProvince.map(async ({ id }) => {
      const res = await approvers[0](`query ($id: ID!) { nomination(id: $id) { currentTask { id round } } }`, { id });
      return { id, task: res.data!.nomination.currentTask as { id: string; round: number } };
    }),
  );
  await Promise.all(
    claimable.map(async ({ id, task }, i) => {
      const claim = (a: Gql) => () => attempt(a, CLAIM, { taskId: task.id }, 'claimTask');
      const outcomes = await race(i, claim(approvers[0]), claim(approvers[1]));
      races += 1;
      const { winner, loser } = judge(outcomes, `claim race on ${id}`);
      expect(LOSING_CODES).toContain(loser.code);
      expect(outcomes[winner].payload!.task.assignee.username).toBe(winner === 0 ? 'laocai.approver' : 'laocai.approver2');
      sound += 1;
    }),
  );

  recordFault({
    fault: 'Two officers act on one task at once',
    injected: `${races} races (${PAIRS} district approve/return, ${atProvince.length} province approve/approve, ${claimable.length} claim/claim)`,
    survived: `${sound}/${races} with one winner; loser told ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}`,
    lost: races - sound,
  });
  expect(codes.has('INTERNAL')).toBe(false);
});
