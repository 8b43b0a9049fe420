import type { GraphQLResponse } from '../support/graphql-request';
import {
  as,
  CLAIM,
  COMMEND,
  createDraft,
  dataOf,
  DECIDE,
  loadCatalog,
  NGHE_AN_CAMPAIGN,
  storedNomination,
  submit,
  type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
/** Submitted nominations of Phường Xuân Tăng (Lào Cai) and Phường Đông Vĩnh (Nghệ An), each at district review. */
let laoCai: any;
let ngheAn: any;
let laoCaiReviewer: Gql;
let vinhReviewer: Gql;

beforeAll(async () => {
  platform = await startTestPlatform();
  const xuanTang = await as(platform, 'xuantang.submitter');
  const dongVinh = await as(platform, 'dongvinh.submitter');
  const catalog = await loadCatalog(xuanTang);
  laoCai = await submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName: 'Ông Giàng A Páo' })).id);
  const ngheAnCatalog = await loadCatalog(dongVinh, NGHE_AN_CAMPAIGN);
  ngheAn = await submit(dongVinh, (await createDraft(dongVinh, ngheAnCatalog, { nomineeName: 'Bà Hồ Thị Lam' })).id);
  laoCaiReviewer = await as(platform, 'laocaicity.reviewer');
  vinhReviewer = await as(platform, 'vinh.reviewer');
});
afterAll(() => platform?.stop());

const MY_TASKS = `{ myTasks(first: 100) { totalCount edges { node { id stageKey unit { code } nomination { id nomineeName unit { code } } } } } }`;
const WORKFLOW_STATE = `query ($id: ID!) { workflowState(nominationId: $id) {
  workflowId executionStatus pipelineStatus stageKey round pendingTasks { id stageKey } } }`;

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

async function inbox(gql: Gql) {
  return dataOf(await gql(MY_TASKS)).myTasks.edges.map((e: { node: any }) => e.node);
}

describe('myTasks', () => {
  it('the district reviewer sees their district task, with its nomination nested', async () => {
    const tasks = await inbox(laoCaiReviewer);
    expect(tasks).toEqual([
      {
        id: laoCai.currentTask.id,
        stageKey: 'DISTRICT_REVIEW',
        unit: { code: '080' },
        nomination: { id: laoCai.id, nomineeName: 'Ông Giàng A Páo', unit: { code: '02656' } },
      },
    ]);
  });

  it("a reviewer of Thành phố Vinh sees Vinh's task and none of Lào Cai", async () => {
    const tasks = await inbox(vinhReviewer);
    expect(tasks.map((t: { id: string }) => t.id)).toEqual([ngheAn.currentTask.id]);
    expect(JSON.stringify(tasks)).not.toContain('Giàng A Páo');
  });

  it('submitters, approvers of another province and observers have no task to see', async () => {
    for (const username of ['xuantang.submitter', 'nghean.approver', 'laocaicity.observer']) {
      expect(await inbox(await as(platform, username))).toEqual([]);
    }
  });
});

describe('acting on a task of another unit', () => {
  it('a Vinh reviewer gets FORBIDDEN on claimTask and decideTask of a Lào Cai task; the task stays open', async () => {
    const task = laoCai.currentTask;
    const claim = await vinhReviewer(CLAIM, { taskId: task.id });
    const decide = await vinhReviewer(DECIDE, { input: { taskId: task.id, round: task.round, decision: 'APPROVE' } });
    const reject = await vinhReviewer(DECIDE, { input: { taskId: task.id, round: task.round, decision: 'REJECT', comment: 'x' } });
    expect([claim, decide, reject].map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify([claim, decide, reject])).not.toContain('Giàng A Páo');
    const stored = await storedNomination(platform, laoCai.id);
    expect(stored.nomination).toMatchObject({ status: 'IN_REVIEW', currentStageKey: 'DISTRICT_REVIEW' });
    const mine = await inbox(laoCaiReviewer);
    expect(mine).toHaveLength(1);
  });

  it.each([
    ['the submitting commune', 'xuantang.submitter'],
    ["the province approver (the stage belongs to the district's REVIEWER)", 'laocai.approver'],
    ['the province admin', 'laocai.admin'],
  ])('%s cannot decide the district review task', async (_label, username) => {
    const task = laoCai.currentTask;
    const gql = await as(platform, username);
    const res = await gql(DECIDE, { input: { taskId: task.id, round: task.round, decision: 'APPROVE' } });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
    expect((await storedNomination(platform, laoCai.id)).nomination.currentStageKey).toBe('DISTRICT_REVIEW');
  });

  it('an approver of another province cannot issue the commendation on a Lào Cai task', async () => {
    const res = await (await as(platform, 'nghean.approver'))(COMMEND, {
      input: { taskId: laoCai.currentTask.id, decisionNumber: '1/QĐ-UBND', decisionDate: '2024-12-20' },
    });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect((await storedNomination(platform, laoCai.id)).nomination.decisionNumber).toBeNull();
  });
});

describe('workflowState is for administrators of the nomination’s province', () => {
  it('laocai.admin sees the running pipeline and its pending task', async () => {
    const state = dataOf(await (await as(platform, 'laocai.admin'))(WORKFLOW_STATE, { id: laoCai.id })).workflowState;
    expect(state).toEqual({
      workflowId: `nomination:${laoCai.id}`,
      executionStatus: 'RUNNING',
      pipelineStatus: 'IN_REVIEW',
      stageKey: 'DISTRICT_REVIEW',
      round: 1,
      pendingTasks: [{ id: laoCai.currentTask.id, stageKey: 'DISTRICT_REVIEW' }],
    });
  });

  it.each([
    ['laocai.approver', 'an approver of the same province'],
    ['laocai.reviewer', 'a reviewer of the same province'],
    ['laocaicity.reviewer', 'the district reviewer'],
    ['xuantang.submitter', 'the submitting commune'],
    ['nghean.admin', 'an admin of another province'],
  ])('%s (%s) gets FORBIDDEN', async (username) => {
    const res = await (await as(platform, username))(WORKFLOW_STATE, { id: laoCai.id });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('nghean.admin sees the workflow of a Nghệ An nomination', async () => {
    const state = dataOf(await (await as(platform, 'nghean.admin'))(WORKFLOW_STATE, { id: ngheAn.id })).workflowState;
    expect(state).toMatchObject({ executionStatus: 'RUNNING', stageKey: 'DISTRICT_REVIEW' });
  });
});
