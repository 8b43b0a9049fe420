import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Role } from '../../domain/enums';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { claimTaskUpdate, nominationWorkflowId } from '../../workflows/nomination-pipeline.messages';
import { as, CLAIM, createDraft, dataOf, decideCurrent, loadCatalog, submit, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * A message that would change nothing adds nothing to a workflow's history: a script claiming its
 * own task a thousand times leaves the nomination's history as one claim left it, and the
 * pipeline goes on. (Before: each repeated claim was an accepted update, about 11 events each —
 * 100 claims took one history to 1,119 events; Temporal ends a run at 51,200 and refuses updates past 2,000.)
 */
let platform: TestPlatform;
let submitter: Gql;
let reviewer: Gql;

beforeAll(async () => {
  platform = await startTestPlatform();
  submitter = await as(platform, 'xuantang.submitter');
  reviewer = await as(platform, 'laocaicity.reviewer');
});
afterAll(() => platform?.stop());

const CLAIM_ONLY = `mutation ($taskId: ID!) { claimTask(input: { taskId: $taskId }) { task { status assignee { username } } userErrors { code } } }`;

const historyLength = async (nominationId: string) =>
  (await platform.temporal.workflow.getHandle(nominationWorkflowId(nominationId)).describe()).historyLength;

it('1,000 repeated claims by the assignee answer the task as it is and add no event to the history', async () => {
  const nomination = await submit(submitter, (await createDraft(submitter, await loadCatalog(submitter), { nomineeName: 'Ông Lù Văn Dũng' })).id);
  const taskId = nomination.currentTask.id;
  const opened = await historyLength(nomination.id);
  const first = dataOf(await reviewer(CLAIM, { taskId })).claimTask;
  expect(first.userErrors).toEqual([]);
  expect(first.task).toMatchObject({ status: 'CLAIMED', assignee: { username: 'laocaicity.reviewer' } });
  const claimed = await historyLength(nomination.id);
  const oneClaim = claimed - opened;
  expect(oneClaim).toBeGreaterThan(0);

  const started = Date.now();
  const answers: { userErrors: unknown[]; task: { status: string; assignee: { username: string } } }[] = [];
  // Eight at a time, 125 each, asking only for the task.
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let i = 0; i < 125; i += 1) answers.push(dataOf(await reviewer(CLAIM_ONLY, { taskId })).claimTask);
  }));
  expect(answers).toHaveLength(1000);
  expect(answers.filter((a) => a.userErrors.length || a.task.status !== 'CLAIMED' || a.task.assignee.username !== 'laocaicity.reviewer')).toEqual([]);
  const after = await historyLength(nomination.id);
  console.log(`one claim added ${oneClaim} events (history ${opened} → ${claimed}); 1,000 repeated claims in ${Date.now() - started} ms: history ${claimed} → ${after}`);
  expect(after).toBe(claimed);
  const em = platform.db.orm.em.fork();
  expect(await em.count(AuditEvent, { action: 'TASK_CLAIMED' as never, nomination: nomination.id })).toBe(1);

  // Sent to the workflow past the API, the repeated claim is refused by its validator: a rejected update leaves no event.
  const held = await em.findOneOrFail(RoleAssignment, { user: { username: 'laocaicity.reviewer' }, role: Role.REVIEWER });
  const actor = { userId: held.user.id, role: Role.REVIEWER, unitId: held.unit.id };
  const handle = platform.temporal.workflow.getHandle(nominationWorkflowId(nomination.id));
  const refused = await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId, actor }] }).then(
    () => 'accepted',
    (error: unknown) => (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure ? error.cause.type : String(error)),
  );
  expect(refused).toBe('TASK_ALREADY_CLAIMED');
  expect(await historyLength(nomination.id)).toBe(claimed);

  // The pipeline is not worn out: the reviewer decides and the next stage opens.
  const approved = await decideCurrent(reviewer, nomination, 'APPROVE');
  expect(approved.currentTask.stageKey).not.toBe(nomination.currentTask.stageKey);
});
