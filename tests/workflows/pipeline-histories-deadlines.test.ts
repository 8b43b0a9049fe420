import { NotificationKind } from '../../domain/enums';
import { Notification } from '../../server/entities/notification.entity';
import { nominationWorkflowId, type PipelineState } from '../../workflows/nomination-pipeline.messages';
import { dataOf, okPayload } from '../support/nomination-fixtures';
import { DAY_MS, EXTEND, NOMINATION, startHistoryKit, WORKFLOW_STATE, type HistoryKit } from '../support/pipeline-history-fixtures';

/**
 * Nominations whose deadlines act on them (a reminder, escalations, each timeout action, an
 * extension), run to the end on a compressed clock. With THIDUA_RECORD_HISTORIES=1 each test also
 * writes its workflow history to tests/replay/histories/ as a replay fixture:
 *   THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-deadlines.test.ts
 */
let kit: HistoryKit;

beforeAll(async () => {
  kit = await startHistoryKit();
});
afterAll(() => kit?.stop());

/** The trail from the submission on (the draft's own events depend on the dossier). */
async function sinceSubmission(nominationId: string) {
  const actions = await kit.actions(nominationId);
  return actions.slice(actions.indexOf('SUBMITTED'));
}

async function nominationOf(id: string) {
  return dataOf(await kit.commune(NOMINATION, { id })).nomination;
}

async function escalations(nominationId: string) {
  return (await kit.trail(nominationId)).filter((e) => e.action === 'TASK_ESCALATED').map((e) => [e.after?.level, e.after?.unitCode, e.after?.role]);
}

const atStage = (key: string) => (s: PipelineState) => s.stageKey === key && s.openTask?.stageKey === key;

async function completedAs(nominationId: string, status: string) {
  expect((await kit.finished(nominationId)).status).toBe(status);
  expect(dataOf(await kit.admin(WORKFLOW_STATE, { id: nominationId })).workflowState).toMatchObject({ executionStatus: 'COMPLETED', pipelineStatus: status, pendingTasks: [] });
}

it('AUTO_RETURN: a reminder, an escalation at the deadline, a return at the timeout, then EXPIRED when not resubmitted', async () => {
  const nomination = await kit.nominate(await kit.periodWith({ deadline: 2, escalation: 1, timeoutAction: 'AUTO_RETURN', revision: 2 }));
  await completedAs(nomination.id, 'EXPIRED');
  expect(await sinceSubmission(nomination.id)).toEqual(['SUBMITTED', 'TASK_OPENED', 'REMINDER_SENT', 'TASK_ESCALATED', 'AUTO_RETURNED', 'EXPIRED']);
  expect(await escalations(nomination.id)).toEqual([[1, '080', 'ADMIN']]);
  const trail = await kit.trail(nomination.id);
  expect(trail.find((e) => e.action === 'REMINDER_SENT')!.after).toMatchObject({ offset: 1 });
  const returned = trail.find((e) => e.action === 'AUTO_RETURNED')!;
  expect([returned.actor ?? null, returned.after?.status]).toEqual([null, 'RETURNED']);
  const now = await nominationOf(nomination.id);
  expect([now.status, now.currentTask, now.tasks.map((t: any) => [t.stageKey, t.status, t.outcome])]).toEqual(['EXPIRED', null, [['DISTRICT_REVIEW', 'DONE', 'RETURN']]]);
  const reminded = await kit.platform.db.orm.em.fork().find(Notification, { task: nomination.currentTask.id, kind: NotificationKind.REMINDER }, { populate: ['recipient'] });
  expect(reminded.map((n) => n.recipient.username)).toContain('laocaicity.reviewer');
  await kit.record(nomination.id, 'escalated-auto-returned-expired.json');
});

it('AUTO_FORWARD: escalated at the deadline, forwarded without review at the timeout, then approved and COMMENDED', async () => {
  const nomination = await kit.nominate(await kit.periodWith({ deadline: 1, escalation: 1, timeoutAction: 'AUTO_FORWARD' }));
  const atProvince = await kit.settled(nomination.id, atStage('PROVINCE_APPROVAL'));
  const decided = await kit.decide(kit.province, atProvince, 'APPROVE');
  expect(decided).toMatchObject({ status: 'APPROVED', currentTask: { stageKey: 'COMMENDATION_DECISION' } });
  await kit.commend(await kit.settled(nomination.id, atStage('COMMENDATION_DECISION')));
  await completedAs(nomination.id, 'COMMENDED');
  expect(await sinceSubmission(nomination.id)).toEqual([
    'SUBMITTED', 'TASK_OPENED', 'TASK_ESCALATED', 'AUTO_FORWARDED', 'TASK_OPENED', 'APPROVED', 'TASK_OPENED', 'COMMENDED',
  ]);
  expect((await nominationOf(nomination.id)).tasks.map((t: any) => [t.stageKey, t.outcome, t.forwardedWithoutReview])).toEqual([
    ['DISTRICT_REVIEW', 'APPROVE', true],
    ['PROVINCE_APPROVAL', 'APPROVE', false],
    ['COMMENDATION_DECISION', 'APPROVE', false],
  ]);
  await kit.record(nomination.id, 'escalated-auto-forwarded-commended.json');
});

it('AUTO_FORWARD over a used-up district quota escalates a level further instead; the province admin rejects it', async () => {
  const period = await kit.periodWith({ deadline: 1, escalation: 2, timeoutAction: 'AUTO_FORWARD' }, { unitLevel: 'DISTRICT', maxCount: 0 });
  const nomination = await kit.nominate(period);
  const escalated = await kit.settled(nomination.id, (s) => (s.openTask?.escalationLevel ?? 0) >= 2);
  expect(escalated.openTask).toMatchObject({ stageKey: 'DISTRICT_REVIEW', escalatedRole: 'ADMIN' });
  const rejected = await kit.decide(kit.admin, escalated, 'REJECT', 'Vượt chỉ tiêu của huyện; không chuyển tiếp.');
  expect(rejected).toMatchObject({ status: 'REJECTED', currentTask: null });
  await completedAs(nomination.id, 'REJECTED');
  const actions = await sinceSubmission(nomination.id);
  expect(actions).not.toContain('AUTO_FORWARDED');
  expect(actions.filter((a) => a !== 'TASK_ESCALATED')).toEqual(['SUBMITTED', 'TASK_OPENED', 'REJECTED']);
  expect((await escalations(nomination.id)).slice(0, 2)).toEqual([[1, '080', 'ADMIN'], [2, '10', 'ADMIN']]);
  expect((await nominationOf(nomination.id)).tasks.map((t: any) => [t.stageKey, t.outcome, t.forwardedWithoutReview])).toEqual([['DISTRICT_REVIEW', 'REJECT', false]]);
  // The refused forward is in the history as a failed decision activity.
  const history = await kit.platform.temporal.workflow.getHandle(nominationWorkflowId(nomination.id)).fetchHistory();
  const failed = history.events!.filter((e) => e.activityTaskFailedEventAttributes).map((e) => e.activityTaskFailedEventAttributes!.failure?.applicationFailureInfo?.type);
  expect(failed[0]).toBe('QUOTA_EXCEEDED');
  await kit.record(nomination.id, 'auto-forward-over-quota-escalated-rejected.json');
});

it('ESCALATE: the head of the district, then the province admin, who approves; then COMMENDED', async () => {
  const nomination = await kit.nominate(await kit.periodWith({ deadline: 1, escalation: 2, timeoutAction: 'ESCALATE' }));
  const escalated = await kit.settled(nomination.id, (s) => s.openTask?.escalationLevel === 2);
  expect(escalated.openTask).toMatchObject({ stageKey: 'DISTRICT_REVIEW', escalatedRole: 'ADMIN' });
  expect((await kit.decide(kit.admin, escalated, 'APPROVE')).currentTask.stageKey).toBe('PROVINCE_APPROVAL');
  await kit.decide(kit.province, await kit.settled(nomination.id, atStage('PROVINCE_APPROVAL')), 'APPROVE');
  await kit.commend(await kit.settled(nomination.id, atStage('COMMENDATION_DECISION')));
  await completedAs(nomination.id, 'COMMENDED');
  expect(await escalations(nomination.id)).toEqual([[1, '080', 'ADMIN'], [2, '10', 'ADMIN']]);
  expect(await sinceSubmission(nomination.id)).toEqual([
    'SUBMITTED', 'TASK_OPENED', 'TASK_ESCALATED', 'TASK_ESCALATED', 'APPROVED', 'TASK_OPENED', 'APPROVED', 'TASK_OPENED', 'COMMENDED',
  ]);
  const approvedByAdmin = (await kit.trail(nomination.id)).find((e) => e.action === 'APPROVED')!;
  expect(approvedByAdmin.actorRole).toBe('ADMIN');
  await kit.record(nomination.id, 'escalated-twice-approved-commended.json');
});

it('an extension moves the deadline: nothing escalates at the old time, and the nomination goes on to COMMENDED', async () => {
  const nomination = await kit.nominate(await kit.periodWith({ deadline: 2, escalation: 2, timeoutAction: 'ESCALATE' }));
  const before = Date.parse(nomination.currentTask.dueAt ?? (await nominationOf(nomination.id)).currentTask.dueAt);
  const extended = await kit.admin(EXTEND, { input: { taskId: nomination.currentTask.id, workingDays: 4, reason: 'Chờ kết quả xác minh' } });
  const dueAt = Date.parse(okPayload(extended, 'extendDeadline').task.dueAt);
  expect(dueAt - before).toBeGreaterThanOrEqual(4 * DAY_MS - 50);
  // Past the old deadline (and its reminder), well before the new one.
  await new Promise((resolve) => setTimeout(resolve, before + DAY_MS - Date.now()));
  const waiting = await kit.settled(nomination.id, atStage('DISTRICT_REVIEW'));
  expect([waiting.openTask!.escalationLevel, Date.parse(waiting.openTask!.dueAt)]).toEqual([0, dueAt]);
  await kit.decide(kit.district, waiting, 'APPROVE');
  await kit.decide(kit.province, await kit.settled(nomination.id, atStage('PROVINCE_APPROVAL')), 'APPROVE');
  await kit.commend(await kit.settled(nomination.id, atStage('COMMENDATION_DECISION')));
  await completedAs(nomination.id, 'COMMENDED');
  expect(await sinceSubmission(nomination.id)).toEqual([
    'SUBMITTED', 'TASK_OPENED', 'DEADLINE_EXTENDED', 'APPROVED', 'TASK_OPENED', 'APPROVED', 'TASK_OPENED', 'COMMENDED',
  ]);
  const extension = (await kit.trail(nomination.id)).find((e) => e.action === 'DEADLINE_EXTENDED')!;
  expect([extension.comment, extension.after?.workingDays]).toEqual(['Chờ kết quả xác minh', 4]);
  await kit.record(nomination.id, 'deadline-extended-commended.json');
});
