import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Role } from '../../domain/enums';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { claimTaskUpdate, decideTaskUpdate, nominationWorkflowId, suspendUpdate, type ActorRef } from '../../workflows/nomination-pipeline.messages';
import { unitIdOf, userIdOf } from '../support/access-fixtures';
import { as, CLAIM, createDraft, loadCatalog, okPayload, storedNomination, submit } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Defence in depth: the workflow trusts the actor an update carries, so an update sent straight to
 * Temporal (port 7233 reached past the API) with someone else's actor must be refused by the activity,
 * which re-checks the role in the database inside its transaction.
 */
let platform: TestPlatform;
let nomination: any;
let district: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  const xuanTang = await as(platform, 'xuantang.submitter');
  nomination = await submit(xuanTang, (await createDraft(xuanTang, await loadCatalog(xuanTang), { nomineeName: 'Ông Vàng Seo Lử' })).id);
  district = await unitIdOf(platform, '080');
});
afterAll(() => platform?.stop());

const handle = () => platform.temporal.workflow.getHandle(nominationWorkflowId(nomination.id));

/** The update's failure code, or 'ACCEPTED'. */
async function outcome(update: Promise<unknown>): Promise<string> {
  try {
    await update;
    return 'ACCEPTED';
  } catch (error) {
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    return (error as WorkflowUpdateFailedError & { cause: { type: string } }).cause.type;
  }
}

it.each<[string, () => Promise<ActorRef>]>([
  ['a reviewer of Nghệ An claiming to be REVIEWER of Thành phố Lào Cai', async () => ({ userId: await userIdOf(platform, 'vinh.reviewer'), role: Role.REVIEWER, unitId: district })],
  ['the commune submitter in the reviewer role', async () => ({ userId: await userIdOf(platform, 'xuantang.submitter'), role: Role.REVIEWER, unitId: district })],
  ['an unknown user id', async () => ({ userId: '00000000-0000-4000-8000-0000000000aa', role: Role.REVIEWER, unitId: district })],
])('a forged claim and decision by %s → ACTOR_NOT_AUTHORIZED, nothing written', async (_label, forge) => {
  const actor = await forge();
  const taskId = nomination.currentTask.id;
  const before = await storedNomination(platform, nomination.id);
  expect(await outcome(handle().executeUpdate(claimTaskUpdate, { args: [{ taskId, actor }] }))).toBe('ACTOR_NOT_AUTHORIZED');
  const decide = { taskId, round: 1, decision: 'APPROVE' as never, comment: null, actor, score: null };
  expect(await outcome(handle().executeUpdate(decideTaskUpdate, { args: [decide] }))).toBe('ACTOR_NOT_AUTHORIZED');
  const after = await storedNomination(platform, nomination.id);
  expect([after.nomination.status, after.audit]).toEqual([before.nomination.status, before.audit]);
  const task = await platform.db.orm.em.fork().findOneOrFail(ReviewTask, taskId);
  expect([task.status, task.assignee ?? null]).toEqual(['OPEN', null]);
});

it("a forged suspension by Nghệ An's ADMIN in Lào Cai's name → ACTOR_NOT_AUTHORIZED; the nomination stays in review", async () => {
  const actor = { userId: await userIdOf(platform, 'nghean.admin'), role: Role.ADMIN, unitId: await unitIdOf(platform, '10') };
  expect(await outcome(handle().executeUpdate(suspendUpdate, { args: [{ actor, reason: 'Giả mạo' }] }))).toBe('ACTOR_NOT_AUTHORIZED');
  expect((await storedNomination(platform, nomination.id)).nomination.status).toBe('IN_REVIEW');
  expect(await platform.db.orm.em.fork().count(AuditEvent, { nomination: nomination.id, action: 'SUSPENDED' as never })).toBe(0);
});

it('the real reviewer still claims it through the API afterwards: the workflow kept running', async () => {
  const reviewer = await as(platform, 'laocaicity.reviewer');
  const claimed = okPayload(await reviewer(CLAIM, { taskId: nomination.currentTask.id }), 'claimTask');
  expect(claimed.task).toMatchObject({ status: 'CLAIMED', assignee: { username: 'laocaicity.reviewer' } });
});

it('a real reviewer whose role was revoked after the API check is refused by the activity', async () => {
  const em = platform.db.orm.em.fork();
  const actor = { userId: await userIdOf(platform, 'laocaicity.reviewer'), role: Role.REVIEWER, unitId: district };
  await em.getConnection().execute(`update role_assignment set revoked_at = now() where user_id = ? and role = 'REVIEWER'`, [actor.userId]);
  const decide = { taskId: nomination.currentTask.id, round: 1, decision: 'APPROVE' as never, comment: null, actor, score: null };
  expect(await outcome(handle().executeUpdate(decideTaskUpdate, { args: [decide] }))).toBe('ACTOR_NOT_AUTHORIZED');
  expect((await storedNomination(platform, nomination.id)).nomination.status).toBe('IN_REVIEW');
});
