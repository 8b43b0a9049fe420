import { AuditEvent } from '../../server/entities/audit-event.entity';
import type { PipelineState } from '../../workflows/nomination-pipeline.messages';
import { CLAIM, dataOf, DECIDE, okPayload, WITHDRAW } from '../support/nomination-fixtures';
import { NOMINATION, RESUME, START_PERIOD, startHistoryKit, SUSPEND, WORKFLOW_STATE, type HistoryKit } from '../support/pipeline-history-fixtures';

/**
 * Nominations moved by people and by the period (a suspension and its resumption, a withdrawal in
 * review, a revision deadline missed, a level's cut-off), run to the end on a compressed clock.
 * With THIDUA_RECORD_HISTORIES=1 each test also writes its workflow history to
 * tests/replay/histories/ as a replay fixture:
 *   THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-actions.test.ts
 */
let kit: HistoryKit;

beforeAll(async () => {
  kit = await startHistoryKit();
});
afterAll(() => kit?.stop());

async function sinceSubmission(nominationId: string) {
  const actions = await kit.actions(nominationId);
  return actions.slice(actions.indexOf('SUBMITTED'));
}

async function nominationOf(id: string) {
  return dataOf(await kit.commune(NOMINATION, { id })).nomination;
}

const atStage = (key: string) => (s: PipelineState) => s.stageKey === key && s.openTask?.stageKey === key;

async function completedAs(nominationId: string, status: string) {
  expect((await kit.finished(nominationId)).status).toBe(status);
  expect(dataOf(await kit.admin(WORKFLOW_STATE, { id: nominationId })).workflowState).toMatchObject({ executionStatus: 'COMPLETED', pipelineStatus: status, pendingTasks: [] });
}

it('suspended at the province: no decision is taken until it is resumed at the same task; then approved and COMMENDED', async () => {
  const nomination = await kit.nominate(await kit.periodWith({ deadline: 20, timeoutAction: 'ESCALATE' }));
  await kit.decide(kit.district, await kit.settled(nomination.id, atStage('DISTRICT_REVIEW')), 'APPROVE');
  const atProvince = await kit.settled(nomination.id, atStage('PROVINCE_APPROVAL'));
  const reason = 'Đang xác minh đơn khiếu nại về thành tích';
  expect(okPayload(await kit.province(SUSPEND, { id: nomination.id, reason }), 'suspendNomination').nomination.status).toBe('SUSPENDED');
  const refused = await kit.province(DECIDE, { input: { taskId: atProvince.openTask!.taskId, round: 1, decision: 'APPROVE' } });
  expect(dataOf(refused).decideTask.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOMINATION_SUSPENDED']);
  const resumed = okPayload(await kit.province(RESUME, { id: nomination.id, comment: 'Đã xác minh: khiếu nại không có cơ sở' }), 'resumeNomination').nomination;
  expect(resumed).toMatchObject({ status: 'IN_REVIEW', currentTask: { id: atProvince.openTask!.taskId, round: 1, stageKey: 'PROVINCE_APPROVAL' } });
  await kit.decide(kit.province, await kit.settled(nomination.id, atStage('PROVINCE_APPROVAL')), 'APPROVE');
  await kit.commend(await kit.settled(nomination.id, atStage('COMMENDATION_DECISION')));
  await completedAs(nomination.id, 'COMMENDED');
  expect(await sinceSubmission(nomination.id)).toEqual([
    'SUBMITTED', 'TASK_OPENED', 'APPROVED', 'TASK_OPENED', 'SUSPENDED', 'RESUMED', 'APPROVED', 'TASK_OPENED', 'COMMENDED',
  ]);
  const held = (await kit.trail(nomination.id)).filter((e) => ['SUSPENDED', 'RESUMED'].includes(e.action));
  expect(held.map((e) => [e.action, e.comment, e.before?.status, e.after?.status])).toEqual([
    ['SUSPENDED', reason, 'IN_REVIEW', 'SUSPENDED'],
    ['RESUMED', 'Đã xác minh: khiếu nại không có cơ sở', 'SUSPENDED', 'IN_REVIEW'],
  ]);
  await kit.record(nomination.id, 'suspended-resumed-commended.json');
});

it('withdrawn by the commune while the district reviewer holds the task: WITHDRAWN, the task cancelled', async () => {
  const nomination = await kit.nominate(await kit.periodWith({ deadline: 20, timeoutAction: 'ESCALATE' }));
  const claimed = okPayload(await kit.district(CLAIM, { taskId: nomination.currentTask.id }), 'claimTask');
  expect(claimed.task).toMatchObject({ status: 'CLAIMED', assignee: { username: 'laocaicity.reviewer' } });
  await kit.settled(nomination.id, (s) => !!s.openTask?.assigneeId);
  const withdrawn = okPayload(await kit.commune(WITHDRAW, { id: nomination.id, reason: 'Cá nhân xin rút hồ sơ' }), 'withdrawNomination').nomination;
  expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', currentTask: null });
  await completedAs(nomination.id, 'WITHDRAWN');
  expect(await sinceSubmission(nomination.id)).toEqual(['SUBMITTED', 'TASK_OPENED', 'TASK_CLAIMED', 'WITHDRAWN']);
  expect((await nominationOf(nomination.id)).tasks.map((t: any) => [t.stageKey, t.status, t.outcome])).toEqual([['DISTRICT_REVIEW', 'CANCELLED', null]]);
  const refused = await kit.district(DECIDE, { input: { taskId: nomination.currentTask.id, round: 1, decision: 'APPROVE' } });
  expect(dataOf(refused).decideTask.userErrors.length).toBe(1);
  await kit.record(nomination.id, 'withdrawn-in-review.json');
});

it('returned for revision and not resubmitted before the revision deadline: EXPIRED, and resubmission is refused', async () => {
  const nomination = await kit.nominate(await kit.periodWith({ deadline: 20, timeoutAction: 'ESCALATE', revision: 2 }));
  const returned = await kit.decide(kit.district, await kit.settled(nomination.id, atStage('DISTRICT_REVIEW')), 'RETURN', 'Thiếu biên bản họp xét');
  expect(returned).toMatchObject({ status: 'RETURNED', currentTask: null });
  const due = Date.parse((await nominationOf(nomination.id)).revisionDueAt);
  await completedAs(nomination.id, 'EXPIRED');
  expect(Date.now()).toBeGreaterThanOrEqual(due);
  expect(await sinceSubmission(nomination.id)).toEqual(['SUBMITTED', 'TASK_OPENED', 'RETURNED', 'EXPIRED']);
  const expired = (await kit.trail(nomination.id)).find((e) => e.action === 'EXPIRED')!;
  expect([expired.actor ?? null, expired.before?.status, expired.after?.status]).toEqual([null, 'RETURNED', 'EXPIRED']);
  const resubmit = await kit.commune(`mutation ($id: ID!) { resubmitNomination(input: { id: $id }) { userErrors { code } } }`, { id: nomination.id });
  expect(dataOf(resubmit).resubmitNomination.userErrors.length).toBe(1);
  expect((await nominationOf(nomination.id)).status).toBe('EXPIRED');
  await kit.record(nomination.id, 'revision-expired.json');
});

it('the period\'s district cut-off times out the open district task (AUTO_FORWARD); then approved and COMMENDED', async () => {
  const period = await kit.periodWith({ deadline: 20, timeoutAction: 'AUTO_FORWARD', levelCutoffs: [{ level: 'DISTRICT', day: '2024-01-02' }] });
  const nomination = await kit.nominate({ periodId: period.cutoffPeriodId!, movementId: period.movementId });
  const waiting = await kit.settled(nomination.id, atStage('DISTRICT_REVIEW'));
  expect(waiting.openTask!.escalationLevel).toBe(0);
  // The cut-off day is past: the period's workflow sweeps the district level as it starts.
  expect(dataOf(await kit.admin(START_PERIOD, { input: { periodId: period.cutoffPeriodId } })).startPeriodWorkflow.userErrors).toEqual([]);
  const atProvince = await kit.settled(nomination.id, atStage('PROVINCE_APPROVAL'));
  const sweep = await kit.platform.db.orm.em.fork().findOneOrFail(AuditEvent, { idempotencyKey: `period:${period.cutoffPeriodId}:cutoff:DISTRICT` });
  expect(sweep.after).toEqual({ cutoff: 'DISTRICT', signalled: 1 });
  await kit.decide(kit.province, atProvince, 'APPROVE');
  await kit.commend(await kit.settled(nomination.id, atStage('COMMENDATION_DECISION')));
  await completedAs(nomination.id, 'COMMENDED');
  // No deadline passed: the forward came from the cut-off, without any escalation.
  expect(await sinceSubmission(nomination.id)).toEqual(['SUBMITTED', 'TASK_OPENED', 'AUTO_FORWARDED', 'TASK_OPENED', 'APPROVED', 'TASK_OPENED', 'COMMENDED']);
  expect((await nominationOf(nomination.id)).tasks.map((t: any) => [t.stageKey, t.outcome, t.forwardedWithoutReview])).toEqual([
    ['DISTRICT_REVIEW', 'APPROVE', true],
    ['PROVINCE_APPROVAL', 'APPROVE', false],
    ['COMMENDATION_DECISION', 'APPROVE', false],
  ]);
  await kit.record(nomination.id, 'cutoff-auto-forwarded-commended.json');
});
