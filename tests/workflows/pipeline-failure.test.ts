import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Notification } from '../../server/entities/notification.entity';
import { User } from '../../server/entities/user.entity';
import { nominationWorkflowId, pipelineStateQuery } from '../../workflows/nomination-pipeline.messages';
import { refusalOf } from '../support/campaign-fixtures';
import {
  as, createDraft, decideCurrent, loadCatalog, NOMINATION_FIELDS, okPayload, storedNomination, submit, USER_ERROR_FIELDS,
  WITHDRAW, type Catalog, type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * A pipeline step whose activity fails for good does not leave the nomination IN_REVIEW with nobody
 * told: it becomes PIPELINE_FAILED, audited, its administrators notified, and an ADMIN's retryPipeline
 * runs the step again. The failure is real: PostgreSQL refuses the next stage's task row (a check
 * violation from a trigger, which retrying cannot mend, so the activity fails at once).
 */
let platform: TestPlatform;
let catalog: Catalog;
let submitter: Gql;
let reviewer: Gql;
let admin: Gql;

const RETRY = `mutation ($id: ID!, $comment: String) { retryPipeline(input: { id: $id, comment: $comment }) {
  nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`;

async function sql(text: string, params: unknown[] = []) {
  return platform.db.orm.em.getConnection().execute<{ stage_key: string; status: string }[]>(text, params);
}

beforeAll(async () => {
  platform = await startTestPlatform();
  submitter = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(submitter);
  reviewer = await as(platform, 'laocaicity.reviewer');
  admin = await as(platform, 'laocai.admin');
  await sql(`create table test_refused_task (nomination_id uuid primary key)`);
  await sql(`create function test_refuse_task() returns trigger language plpgsql as $$ begin
    if exists (select 1 from test_refused_task where nomination_id = new.nomination_id) then
      raise exception using errcode = 'check_violation', message = 'injected: this review task is refused';
    end if; return new; end $$`);
  await sql(`create trigger test_refuse_task before insert on review_task for each row execute function test_refuse_task()`);
});
afterAll(() => platform?.stop());

async function pipelineState(id: string) {
  return platform.temporal.workflow.getHandle(nominationWorkflowId(id)).query(pipelineStateQuery);
}

async function failAtNextStage(name: string) {
  const nomination = await submit(submitter, (await createDraft(submitter, catalog, { nomineeName: name })).id);
  await sql(`insert into test_refused_task values (?)`, [nomination.id]);
  return { nomination, after: await decideCurrent(reviewer, nomination, 'APPROVE') };
}

describe('a pipeline step that fails for good', () => {
  it('marks the nomination PIPELINE_FAILED, audits it, tells the province admin, and an ADMIN retry opens the task', async () => {
    const { nomination, after } = await failAtNextStage('Bà Lò Thị Hoa');
    // The approval answers with the failure instead of hanging on a task that never opens.
    expect(after).toMatchObject({ status: 'PIPELINE_FAILED', currentTask: null });
    const state = await pipelineState(nomination.id);
    expect(state).toMatchObject({ status: 'PIPELINE_FAILED', failures: 1, failure: { step: 'OPEN_TASK', pipelineStatus: 'IN_REVIEW', databaseStatus: 'IN_REVIEW' } });

    const em = platform.db.orm.em.fork();
    const failed = await em.find(AuditEvent, { nomination: nomination.id, action: 'PIPELINE_FAILED' as never });
    expect(failed).toHaveLength(1);
    expect(failed[0].after).toMatchObject({ status: 'PIPELINE_FAILED', step: 'OPEN_TASK' });
    expect(String(failed[0].after?.failure)).toContain('injected');
    const provinceAdmin = await em.findOneOrFail(User, { username: 'laocai.admin' });
    const notices = await em.find(Notification, { nomination: nomination.id, kind: 'PIPELINE_FAILED' as never }, { populate: ['recipient'] });
    expect(notices.map((n) => n.recipient.id)).toContain(provinceAdmin.id);
    expect(notices.every((n) => n.titleVi.includes('Bà Lò Thị Hoa'))).toBe(true);

    // Held: the commune cannot resubmit it, nobody can suspend it; a reviewer may not retry it.
    const SUSPEND = `mutation ($id: ID!) { suspendNomination(input: { id: $id, reason: "Xác minh" }) { nomination { id } ${USER_ERROR_FIELDS} } }`;
    expect(refusalOf(await reviewer(SUSPEND, { id: nomination.id }), 'suspendNomination')).toEqual([['INVALID_STATE', null]]);
    const byReviewer = await reviewer(RETRY, { id: nomination.id });
    expect(byReviewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The cause is mended; the ADMIN's retry runs the failed step again.
    await sql(`delete from test_refused_task where nomination_id = ?`, [nomination.id]);
    const retried = okPayload(await admin(RETRY, { id: nomination.id, comment: 'Đã khắc phục lỗi cơ sở dữ liệu' }), 'retryPipeline').nomination;
    expect(retried.status).toBe('IN_REVIEW');
    await waitFor(async () => (await pipelineState(nomination.id)).openTask !== null);
    const { nomination: stored } = await storedNomination(platform, nomination.id);
    expect(stored.status).toBe('IN_REVIEW');
    expect(stored.currentStageKey).toBe('PROVINCE_APPROVAL');
    const opened = await sql(`select stage_key, status from review_task where nomination_id = ? order by created_at`, [nomination.id]);
    expect(opened.map((t: { stage_key: string; status: string }) => [t.stage_key, t.status])).toEqual([
      ['DISTRICT_REVIEW', 'DONE'],
      ['PROVINCE_APPROVAL', 'OPEN'],
    ]);
    const trail = await em.fork().find(AuditEvent, { nomination: nomination.id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    const actions = trail.map((e) => e.action);
    expect(actions.filter((a) => a === 'PIPELINE_FAILED')).toHaveLength(1);
    expect(actions.filter((a) => a === 'PIPELINE_RETRIED')).toHaveLength(1);
    expect(actions.indexOf('PIPELINE_RETRIED' as never)).toBeLessThan(actions.lastIndexOf('TASK_OPENED' as never));
    // Once retried, a second retry is refused by the lifecycle table.
    expect(refusalOf(await admin(RETRY, { id: nomination.id }), 'retryPipeline')).toEqual([['INVALID_STATE', null]]);
    // THIDUA_RECORD_HISTORIES=1 records the failure path for tests/replay (pipeline-failed-retried.json).
    if (process.env.THIDUA_RECORD_HISTORIES === '1') {
      const history = await platform.temporal.workflow.getHandle(nominationWorkflowId(nomination.id)).fetchHistory();
      writeFileSync(join(__dirname, '..', 'replay', 'histories', 'pipeline-failed-retried.json'), historyToJSON(history));
    }
  });

  it('the commune may withdraw a failed nomination: the workflow ends WITHDRAWN', async () => {
    const { nomination, after } = await failAtNextStage('Ông Vàng A Sử');
    expect(after.status).toBe('PIPELINE_FAILED');
    const withdrawn = okPayload(await submitter(WITHDRAW, { id: nomination.id, reason: 'Rút hồ sơ để làm lại' }), 'withdrawNomination').nomination;
    expect(withdrawn.status).toBe('WITHDRAWN');
    const handle = platform.temporal.workflow.getHandle(nominationWorkflowId(nomination.id));
    expect(await handle.result()).toMatchObject({ status: 'WITHDRAWN' });
  });
});

async function waitFor(check: () => Promise<boolean>, ms = 20_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}
