import { reconciliationScheduleId } from '../../workflows/reconciliation.workflow';
import { nominationWorkflowId } from '../../workflows/nomination-pipeline.messages';
import { as, createDraft, dataOf, loadCatalog, submit, type Catalog, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The periodic reconciliation is a real Temporal schedule made by the worker at start; triggered
 * here, its run compares every open nomination with its workflow, and pipelineDrift lists what disagrees,
 * only to the admins over those nominations.
 */
let platform: TestPlatform;
let catalog: Catalog;
let submitter: Gql;
let admin: Gql;
let ngheAnAdmin: Gql;

const DRIFT = `query ($first: Int, $after: String) { pipelineDrift(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { kind summaryVi detail databaseStatus workflowExecution workflowStatus checkedAt nomination { id nomineeName } } } } }`;

beforeAll(async () => {
  platform = await startTestPlatform({ env: { RECONCILE_INTERVAL_SECONDS: '3600' } });
  submitter = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(submitter);
  admin = await as(platform, 'laocai.admin');
  ngheAnAdmin = await as(platform, 'nghean.admin');
});
afterAll(async () => {
  await platform?.temporal.schedule.getHandle(reconciliationScheduleId(platform.config.taskQueue)).delete().catch(() => undefined);
  await platform?.stop();
});

const submitted = async (nomineeName: string) => submit(submitter, (await createDraft(submitter, catalog, { nomineeName })).id);

/** Runs the schedule now and waits for that run to finish. */
async function reconcileNow() {
  const schedule = platform.temporal.schedule.getHandle(reconciliationScheduleId(platform.config.taskQueue));
  const before = (await schedule.describe()).info.recentActions.length;
  await schedule.trigger();
  const until = Date.now() + 60_000;
  for (;;) {
    const info = (await schedule.describe()).info;
    const last = info.recentActions[info.recentActions.length - 1];
    if (info.recentActions.length > before && last && info.runningActions.length === 0) {
      const handle = platform.temporal.workflow.getHandle(last.action.workflow.workflowId, last.action.workflow.firstExecutionRunId);
      return handle.result();
    }
    if (Date.now() > until) throw new Error('the reconciliation did not run');
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function driftRows(gql: Gql) {
  const rows: { kind: string; summaryVi: string; nomination: { id: string } }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { edges: { node: { kind: string; summaryVi: string; nomination: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } =
      dataOf(await gql(DRIFT, { first: 2, after })).pipelineDrift;
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

describe('pipelineDrift', () => {
  it('lists the nominations whose workflow was terminated or whose database status was changed, and nothing healthy', async () => {
    const healthy = await submitted('Ông Sùng A Páo');
    const terminated = await submitted('Bà Giàng Thị Mỷ');
    const tampered = await submitted('Ông Lý Seo Chứ');

    expect(await reconcileNow()).toMatchObject({ drifting: 0 });
    expect(await driftRows(admin)).toEqual([]);

    await platform.temporal.workflow.getHandle(nominationWorkflowId(terminated.id)).terminate('drift made on purpose');
    await platform.db.orm.em.getConnection().execute(`update nomination set status = 'RETURNED' where id = ?`, [tampered.id]);

    const run = await reconcileNow();
    expect(run.drifting).toBe(2);
    const rows = await driftRows(admin);
    const byId = Object.fromEntries(rows.map((r) => [r.nomination.id, r]));
    expect(Object.keys(byId).sort()).toEqual([terminated.id, tampered.id].sort());
    expect(byId[terminated.id]).toMatchObject({ kind: 'WORKFLOW_CLOSED', databaseStatus: 'IN_REVIEW', workflowExecution: 'TERMINATED', workflowStatus: null });
    expect(byId[terminated.id].summaryVi).toBe('Quy trình xử lý đã kết thúc trong khi hồ sơ vẫn đang được xét.');
    expect(byId[tampered.id].summaryVi).toBe('Trạng thái trong quy trình xử lý khác với trạng thái hồ sơ đã lưu.');
    expect(byId[tampered.id]).toMatchObject({ kind: 'STATUS_MISMATCH', databaseStatus: 'RETURNED', workflowExecution: 'RUNNING', workflowStatus: 'IN_REVIEW' });
    expect(byId[healthy.id]).toBeUndefined();
    expect(dataOf(await admin(DRIFT, {})).pipelineDrift.totalCount).toBe(2);

    // Another province's admin sees none of Lào Cai's; a commune officer is refused.
    expect(dataOf(await ngheAnAdmin(DRIFT, {})).pipelineDrift.edges).toEqual([]);
    expect((await submitter(DRIFT, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Put right, the next run drops the row.
    await platform.db.orm.em.getConnection().execute(`update nomination set status = 'IN_REVIEW' where id = ?`, [tampered.id]);
    await reconcileNow();
    expect((await driftRows(admin)).map((r) => r.nomination.id)).toEqual([terminated.id]);
  });
});
