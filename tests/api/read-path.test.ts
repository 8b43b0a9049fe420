import { Client as PgClient } from 'pg';
import { as, createDraft, dataOf, loadCatalog, submit, type Gql } from '../support/nomination-fixtures';
import { addFillerNominations } from '../support/filler-rows';
import { recordStatements, type RecordedStatement } from '../support/statement-recorder';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The read path's cost does not grow with the page: a portal's inbox and nomination list, with their
 * nested relations, take the same few statements for 2 rows as for 8, count only when asked, and every
 * list statement is served by an index (no sequential scan of a large table).
 */
const SUBMITTED = 8;
let platform: TestPlatform;
let reviewer: Gql;
let province: Gql;
let observer: Gql;
const recorder = recordStatements();
const submitted: { id: string; unit: string }[] = [];
let periodId: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  const communes = [await as(platform, 'xuantang.submitter'), await as(platform, 'phuonglaocai.submitter')];
  const catalog = await loadCatalog(communes[0]);
  periodId = catalog.periodId;
  for (let i = 0; i < SUBMITTED; i += 1) {
    const gql = communes[i % 2];
    const draft = await createDraft(gql, catalog, { nomineeName: `Người đề nghị ${i + 1}` });
    const nomination = await submit(gql, draft.id);
    submitted.push({ id: nomination.id, unit: nomination.unit.name });
  }
  // Nothing but the request under test may talk to the database while statements are counted.
  await platform.stopWorker();
  reviewer = await as(platform, 'laocaicity.reviewer');
  province = await as(platform, 'laocai.admin');
  observer = await as(platform, 'laocaicity.observer');
});
afterAll(async () => {
  recorder.restore();
  await platform?.stop();
});

const NOMINATION_NESTED = `id nomineeName nomineeKind status unit { name } award { code name } movement { name }
  period { name } campaign { name } currentTask { id stageName dueAt } tasks { id status unit { name } } history { id action actor { username } }`;
const INBOX = (extra = '') => `query ($first: Int) { myTasks(first: $first) { ${extra}
  edges { node { id stageName kind status dueAt round unit { id name } nomination { ${NOMINATION_NESTED} } } }
  pageInfo { hasNextPage endCursor } } }`;
const NOMINATIONS = (extra = '') => `query ($first: Int, $filter: NominationFilter) {
  nominations(first: $first, filter: $filter) { ${extra} edges { node { ${NOMINATION_NESTED} } } pageInfo { hasNextPage } } }`;
const OVERDUE = `{ overdueTasks(first: 50) { edges { node { id dueAt unit { name } nomination { id unit { name } } } } } }`;

async function statementsOf(gql: Gql, query: string, variables: Record<string, unknown> = {}) {
  let data: Record<string, any> = {};
  const statements = await recorder.during(async () => (data = dataOf(await gql(query, variables))));
  return { statements, data };
}

describe('statements per request', () => {
  it.each([
    ['the inbox', () => reviewer, INBOX, 'myTasks'],
    ['the nomination list', () => province, NOMINATIONS, 'nominations'],
  ])('%s with unit, award, movement, period, current task, tasks and history: the same few for 2 rows as for 8', async (_name, who, query, field) => {
    const small = await statementsOf(who(), query(), { first: 2 });
    const large = await statementsOf(who(), query(), { first: SUBMITTED });
    expect(small.data[field].edges).toHaveLength(2);
    expect(large.data[field].edges).toHaveLength(SUBMITTED);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(4);
    expect(large.statements.filter((s) => /count\(/i.test(s.text))).toHaveLength(0);
  });

  it('counts only when totalCount is asked for, in one more statement', async () => {
    const without = await statementsOf(reviewer, INBOX(), { first: SUBMITTED });
    const withCount = await statementsOf(reviewer, INBOX('totalCount'), { first: SUBMITTED });
    expect(withCount.data.myTasks.totalCount).toBe(SUBMITTED);
    expect(withCount.statements.length).toBe(without.statements.length + 1);
  });

  it('answers the same nested data as the rows hold', async () => {
    const { data } = await statementsOf(reviewer, INBOX(), { first: SUBMITTED });
    const nodes = data.myTasks.edges.map((e: { node: any }) => e.node);
    const byId = new Map(submitted.map((s) => [s.id, s.unit]));
    for (const task of nodes) {
      expect(task.unit.name).toBe('Thành phố Lào Cai');
      expect(task.nomination.unit.name).toBe(byId.get(task.nomination.id));
      expect(task.nomination.currentTask.id).toBe(task.id);
      expect(task.nomination.tasks).toEqual([{ id: task.id, status: 'OPEN', unit: { name: 'Thành phố Lào Cai' } }]);
      expect(task.nomination.history.map((h: { action: string }) => h.action)).toContain('SUBMITTED');
      expect(task.nomination.period.name).toBe('Năm 2024');
    }
    expect(new Set(nodes.map((t: { nomination: { id: string } }) => t.nomination.id))).toEqual(new Set(byId.keys()));
  });
});

/** Plan nodes of an EXPLAIN (FORMAT JSON) tree. */
function planNodes(plan: Record<string, any>): Record<string, any>[] {
  return [plan, ...((plan.Plans as Record<string, any>[] | undefined) ?? []).flatMap(planNodes)];
}

const LARGE_TABLES = ['nomination', 'review_task', 'audit_event', 'admin_unit'];

/** Large tables that a statement's plan reads from end to end. */
async function seqScans(statements: RecordedStatement[]) {
  const client = new PgClient({ connectionString: platform.db.url });
  await client.connect();
  try {
    const scans: string[] = [];
    for (const { text, values } of statements.filter((s) => /^\s*select/i.test(s.text))) {
      const { rows } = await client.query(`explain (format json) ${text}`, values);
      for (const node of planNodes(rows[0]['QUERY PLAN'][0].Plan)) {
        if (node['Node Type'] === 'Seq Scan' && LARGE_TABLES.includes(node['Relation Name'])) scans.push(`${node['Relation Name']} in: ${text}`);
      }
    }
    return scans;
  } finally {
    await client.end();
  }
}

describe('every list query has an index that serves it', () => {
  // Ten thousand communes and twenty thousand nominations beside Lào Cai's few: plans as a national database gets them.
  beforeAll(() => addFillerNominations(platform.db.url, { sourceId: submitted[0].id, count: 20_000 }));

  it.each([
    ['the inbox', () => reviewer, INBOX('totalCount'), () => ({})],
    ['nominations of a province', () => province, NOMINATIONS('totalCount'), () => ({})],
    ['nominations of a period', () => province, NOMINATIONS(), () => ({ filter: { periodId } })],
    ['overdue tasks', () => observer, OVERDUE, () => ({})],
  ])('%s', async (_name, who, query, variables) => {
    const { statements } = await statementsOf(who(), query, { first: 50, ...variables() });
    expect(await seqScans(statements)).toEqual([]);
  });
});
