import { PeriodKind } from '../../domain/enums';
import type { ChildProcess } from 'node:child_process';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Period } from '../../server/entities/period.entity';
import { Movement } from '../../server/entities/movement.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { attachRequiredDocuments } from '../support/dossier-fixtures';
import { graphqlAs } from '../support/graphql-request';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';
import { killHard, spawnWorkerProcess } from '../support/worker-process';

/**
 * The worker is killed with SIGKILL while a decision is being processed, then started again: the
 * nomination still reaches COMMENDED, with one task per stage and one audit event per action.
 */
let platform: TestPlatform;
let worker: ChildProcess | null = null;

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  worker = await spawnWorkerProcess(platform.config, platform.db.url);
});

afterAll(async () => {
  if (worker) await killHard(worker);
  await platform?.stop();
});

const NOMINATION = `query($id: ID!) { nomination(id: $id) { status round currentTask { id round stageKey } } }`;
const DECIDE = `mutation($i: DecideTaskInput!) { decideTask(input: $i) { nomination { status } userErrors { code } } }`;

async function waitFor<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

it('completes the pipeline with no duplicate task or audit event after the worker is killed mid-decision', async () => {
  const submitter = graphqlAs(platform.url, await platform.tokenFor('xuantang.submitter'));
  const reviewer = graphqlAs(platform.url, await platform.tokenFor('laocaicity.reviewer'));
  const approver = graphqlAs(platform.url, await platform.tokenFor('laocai.approver'));
  const em = platform.db.orm.em.fork();
  const period = await em.findOneOrFail(Period, { year: 2024, kind: PeriodKind.ANNUAL });
  const movement = await em.findOneOrFail(Movement, { position: 4 });

  const created = await submitter(
    `mutation($i: CreateNominationInput!) { createNomination(input: $i) { nomination { id } userErrors { code } } }`,
    {
      i: {
        periodId: period.id,
        movementId: movement.id,
        nomineeKind: 'INDIVIDUAL',
        nomineeName: 'Lý Thị Sen',
        achievements: 'Vận động 12 hộ thoát nghèo bền vững',
        awardCode: 'BANG_KHEN_CHU_TICH_TINH',
      },
    },
  );
  const id: string = created.data!.createNomination.nomination.id;
  await attachRequiredDocuments(platform, submitter, id);
  const submitted = await submitter(`mutation($id: ID!) { submitNomination(input: { id: $id }) { userErrors { code } } }`, { id });
  expect(submitted.data!.submitNomination.userErrors).toEqual([]);

  const districtTask = (await submitter(NOMINATION, { id })).data!.nomination.currentTask;
  const decision = reviewer(DECIDE, { i: { taskId: districtTask.id, round: 1, decision: 'APPROVE' } });
  // Kill while the update is in flight; where exactly it lands in the worker does not matter.
  await new Promise((resolve) => setTimeout(resolve, 150));
  await killHard(worker!);
  worker = await spawnWorkerProcess(platform.config, platform.db.url);
  const answer = await decision;
  // Either the update finished once the new worker took over, or the API gave up waiting first.
  const code = answer.data?.decideTask?.userErrors?.[0]?.code;
  expect([undefined, 'WORKFLOW_UNAVAILABLE']).toContain(code);

  const provinceTask = await waitFor(async () => {
    const task = (await submitter(NOMINATION, { id })).data!.nomination.currentTask;
    return task?.stageKey === 'PROVINCE_APPROVAL' ? task : null;
  }, 'the province task after the crash');

  await killHard(worker!);
  worker = await spawnWorkerProcess(platform.config, platform.db.url);
  const approved = await approver(DECIDE, { i: { taskId: provinceTask.id, round: 1, decision: 'APPROVE' } });
  expect(approved.data!.decideTask.userErrors).toEqual([]);

  const decisionTask = (await submitter(NOMINATION, { id })).data!.nomination.currentTask;
  expect(decisionTask.stageKey).toBe('COMMENDATION_DECISION');
  const commended = await approver(
    `mutation($i: IssueCommendationInput!) { issueCommendation(input: $i) { nomination { status } userErrors { code } } }`,
    { i: { taskId: decisionTask.id, decisionNumber: '45/QĐ-UBND', decisionDate: '2025-01-15' } },
  );
  expect(commended.data!.issueCommendation.nomination.status).toBe('COMMENDED');

  const tasks = await em.fork().find(ReviewTask, { nomination: id }, { orderBy: { createdAt: 'asc' } });
  expect(tasks.map((t) => [t.stageKey, t.round, t.status])).toEqual([
    ['DISTRICT_REVIEW', 1, 'DONE'],
    ['PROVINCE_APPROVAL', 1, 'DONE'],
    ['COMMENDATION_DECISION', 1, 'DONE'],
  ]);
  const events = await em.fork().find(AuditEvent, { nomination: id }, { orderBy: { occurredAt: 'asc' } });
  expect(events.map((e) => e.action)).toEqual([
    'CREATED',
    'DOCUMENT_UPLOADED',
    'DOCUMENT_UPLOADED',
    'DOCUMENT_UPLOADED',
    'SUBMITTED',
    'TASK_OPENED',
    'APPROVED',
    'TASK_OPENED',
    'APPROVED',
    'TASK_OPENED',
    'COMMENDED',
  ]);
});
