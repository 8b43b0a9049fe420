import { Context } from '@temporalio/activity';
import { defaultPayloadConverter } from '@temporalio/common';
import { DefaultLogger, Runtime, type LogEntry } from '@temporalio/worker';
import { Role } from '../../domain/enums';
import { loadViewer } from '../../server/auth/viewer';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { User } from '../../server/entities/user.entity';
import { currentRequestId, withRequestId } from '../../server/logging/request-context';
import { submitNomination } from '../../server/services/pipeline.service';
import { claimTaskUpdate, nominationWorkflowId } from '../../workflows/nomination-pipeline.messages';
import { REQUEST_ID_HEADER } from '../../workflows/request-id.header';
import { requestIdActivityInterceptor } from '../../workflows/worker/request-id.interceptor';
import { attachMissingDocuments } from '../support/dossier-fixtures';
import { as, createDraft, loadCatalog, SUBMIT, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * An operator follows one HTTP request into Temporal: the id the API works under goes with the
 * workflow start and each update, and the workflow's and its activities' log lines name it.
 */
const logs: LogEntry[] = [];
let platform: TestPlatform;
let commune: Gql;

beforeAll(async () => {
  // Before any connection: this file's worker logs (DEBUG, with their attributes) are kept to be read.
  Runtime.install({ logger: new DefaultLogger('DEBUG', (entry) => logs.push(entry)) });
  platform = await startTestPlatform();
  commune = await as(platform, 'xuantang.submitter');
});
afterAll(() => platform?.stop());

/** The log line `message` of this workflow (and activity type), once the worker has logged it. */
async function logLine(workflowId: string, message: string, activityType?: string, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const line = logs.find(
      (e) => e.message === message && e.meta?.workflowId === workflowId && (!activityType || e.meta?.activityType === activityType),
    );
    if (line || Date.now() > until) return line?.meta;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it("carries the request's id from the API's Temporal calls into the workflow's and the activities' log lines", async () => {
  const draft = await createDraft(commune, await loadCatalog(commune), { nomineeName: 'Bà Lò Thị Mai' });
  await attachMissingDocuments(commune, draft.id);
  const em = platform.db.orm.em.fork();
  const submitter = await em.findOneOrFail(User, { username: 'xuantang.submitter' });
  const viewer = (await loadViewer(em, submitter.id))!;
  const deps = { em, viewer, temporal: platform.temporal, config: platform.config };
  // As the HTTP layer runs a mutation: inside the request's id.
  const submitted = await withRequestId('req-test-123', () => submitNomination(deps, draft.id));
  const workflowId = nominationWorkflowId(submitted.id);

  expect(await logLine(workflowId, 'Workflow started')).toMatchObject({ requestId: 'req-test-123' });
  expect(await logLine(workflowId, 'Activity completed', 'markSubmitted')).toMatchObject({ requestId: 'req-test-123' });
  expect(await logLine(workflowId, 'Activity completed', 'openTask')).toMatchObject({ requestId: 'req-test-123' });

  // A later request (an update) carries its own id into the activity it runs.
  const held = await em.findOneOrFail(RoleAssignment, { user: { username: 'laocaicity.reviewer' }, role: Role.REVIEWER });
  const actor = { userId: held.user.id, role: Role.REVIEWER, unitId: held.unit.id };
  const task = await em.findOneOrFail(ReviewTask, { nomination: submitted.id });
  const handle = platform.temporal.workflow.getHandle(workflowId);
  await withRequestId('req-claim-456', () => handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: task.id, actor }] }));
  expect(await logLine(workflowId, 'Activity completed', 'claimTask')).toMatchObject({ requestId: 'req-claim-456' });
});

it('takes the id of an HTTP request (x-request-id) into the workflow it starts and the activities it runs', async () => {
  const draft = await createDraft(commune, await loadCatalog(commune), { nomineeName: 'Ông Vàng A Sử' });
  await attachMissingDocuments(commune, draft.id);
  const response = await fetch(platform.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await platform.tokenFor('xuantang.submitter')}`,
      'x-request-id': 'req-http-789',
    },
    body: JSON.stringify({ query: SUBMIT, variables: { id: draft.id } }),
  });
  expect(response.headers.get('x-request-id')).toBe('req-http-789');
  const { data } = (await response.json()) as { data: { submitNomination: { nomination: { id: string } } } };
  const workflowId = nominationWorkflowId(data.submitNomination.nomination.id);
  expect(await logLine(workflowId, 'Workflow started')).toMatchObject({ requestId: 'req-http-789' });
  expect(await logLine(workflowId, 'Activity completed', 'openTask')).toMatchObject({ requestId: 'req-http-789' });
});

it("runs an activity inside its request's id, so its pino lines carry it; without a header, inside none", async () => {
  const ctx = {} as Context;
  const run = (headers: Record<string, unknown>) =>
    requestIdActivityInterceptor(ctx).inbound!.execute!({ args: [], headers: headers as never }, async () => currentRequestId());
  await expect(run({ [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload('req-test-123') })).resolves.toBe('req-test-123');
  await expect(run({})).resolves.toBeUndefined();
});
