import { refusalOf, topLevelCode } from '../support/campaign-fixtures';
import {
  as, CLAIM, COMMEND, createDraft, dataOf, DECIDE, decideCurrent, loadCatalog, NOMINATION_FIELDS, okPayload, RESUBMIT,
  storedNomination, submit, USER_ERROR_FIELDS, WITHDRAW, type Catalog, type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let catalog: Catalog;
let xuanTang: Gql;
let reviewer: Gql;
let approver: Gql;
let admin: Gql;

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(xuanTang);
  reviewer = await as(platform, 'laocaicity.reviewer');
  approver = await as(platform, 'laocai.approver');
  admin = await as(platform, 'laocai.admin');
});
afterAll(() => platform?.stop());

const FIELDS = `${NOMINATION_FIELDS} suspensionReason`;
const SUSPEND = `mutation ($id: ID!, $reason: String!) { suspendNomination(input: { id: $id, reason: $reason }) { nomination { ${FIELDS} } ${USER_ERROR_FIELDS} } }`;
const RESUME = `mutation ($id: ID!, $comment: String) { resumeNomination(input: { id: $id, comment: $comment }) { nomination { ${FIELDS} } ${USER_ERROR_FIELDS} } }`;
const HISTORY = `query ($id: ID!) { nomination(id: $id) { history { action actorRole comment before after actor { username } unit { code } } } }`;
const WORKFLOW = `query ($id: ID!) { workflowState(nominationId: $id) { pipelineStatus stageKey executionStatus pendingTasks { id status } } }`;
const REASON = 'Đang xác minh đơn khiếu nại về thành tích';

const suspend = async (gql: Gql, id: string, reason = REASON) => okPayload(await gql(SUSPEND, { id, reason }), 'suspendNomination').nomination;
const resume = async (gql: Gql, id: string, comment?: string) => okPayload(await gql(RESUME, { id, comment }), 'resumeNomination').nomination;
const submitted = async (nomineeName = 'Ông Hảng A Dì') => submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName })).id);
const history = async (id: string) => dataOf(await admin(HISTORY, { id })).nomination.history;

describe('suspending a nomination under verification', () => {
  it('the district reviewer suspends with a reason; no one can claim or decide it until it is resumed at the same stage and task', async () => {
    const nomination = await submitted();
    const task = nomination.currentTask;
    for (const reason of ['', '   ']) {
      expect(refusalOf(await reviewer(SUSPEND, { id: nomination.id, reason }), 'suspendNomination')).toEqual([['REASON_REQUIRED', 'reason']]);
    }
    expect((await storedNomination(platform, nomination.id)).nomination.status).toBe('IN_REVIEW');

    const held = await suspend(reviewer, nomination.id);
    expect(held).toMatchObject({ status: 'SUSPENDED', suspensionReason: REASON, currentTask: { id: task.id, status: 'OPEN', stageKey: 'DISTRICT_REVIEW' } });
    expect(refusalOf(await reviewer(SUSPEND, { id: nomination.id, reason: 'Lần nữa' }), 'suspendNomination')).toEqual([['INVALID_STATE', null]]);

    const before = await storedNomination(platform, nomination.id);
    expect(refusalOf(await reviewer(DECIDE, { input: { taskId: task.id, round: 1, decision: 'APPROVE' } }), 'decideTask')).toEqual([['NOMINATION_SUSPENDED', null]]);
    expect(refusalOf(await reviewer(DECIDE, { input: { taskId: task.id, round: 1, decision: 'RETURN', comment: 'Bổ sung' } }), 'decideTask')).toEqual([['NOMINATION_SUSPENDED', null]]);
    expect(refusalOf(await reviewer(CLAIM, { taskId: task.id }), 'claimTask')).toEqual([['NOMINATION_SUSPENDED', null]]);
    const after = await storedNomination(platform, nomination.id);
    expect([after.nomination.status, after.nomination.suspensionReason, after.audit]).toEqual(['SUSPENDED', REASON, before.audit]);

    const state = dataOf(await admin(WORKFLOW, { id: nomination.id })).workflowState;
    expect(state).toEqual({ pipelineStatus: 'SUSPENDED', stageKey: 'DISTRICT_REVIEW', executionStatus: 'RUNNING', pendingTasks: [{ id: task.id, status: 'OPEN' }] });

    const resumed = await resume(reviewer, nomination.id, 'Đã xác minh: khiếu nại không có cơ sở');
    expect(resumed).toMatchObject({ status: 'IN_REVIEW', suspensionReason: null, currentTask: { id: task.id, status: 'OPEN', stageKey: 'DISTRICT_REVIEW', round: 1 } });
    expect(dataOf(await admin(WORKFLOW, { id: nomination.id })).workflowState.pipelineStatus).toBe('IN_REVIEW');
    expect((await decideCurrent(reviewer, resumed, 'APPROVE')).currentTask.stageKey).toBe('PROVINCE_APPROVAL');

    const trail = (await history(nomination.id)).filter((e: { action: string }) => ['SUSPENDED', 'RESUMED'].includes(e.action));
    expect(trail).toEqual([
      { action: 'SUSPENDED', actor: { username: 'laocaicity.reviewer' }, actorRole: 'REVIEWER', unit: { code: '080' }, comment: REASON, before: { status: 'IN_REVIEW' }, after: { status: 'SUSPENDED' } },
      { action: 'RESUMED', actor: { username: 'laocaicity.reviewer' }, actorRole: 'REVIEWER', unit: { code: '080' }, comment: 'Đã xác minh: khiếu nại không có cơ sở', before: { status: 'SUSPENDED' }, after: { status: 'IN_REVIEW' } },
    ]);
  });

  it.each([
    ['laocai.approver', 'APPROVER', '10'],
    ['laocai.admin', 'ADMIN', '10'],
  ])('%s may suspend and resume too, recorded as %s of %s', async (username, role, unit) => {
    const nomination = await submitted();
    const gql = await as(platform, username);
    expect((await suspend(gql, nomination.id)).status).toBe('SUSPENDED');
    expect((await resume(gql, nomination.id)).status).toBe('IN_REVIEW');
    const trail = (await history(nomination.id)).filter((e: { action: string }) => ['SUSPENDED', 'RESUMED'].includes(e.action));
    expect(trail.map((e: any) => [e.action, e.actor.username, e.actorRole, e.unit.code])).toEqual([
      ['SUSPENDED', username, role, unit],
      ['RESUMED', username, role, unit],
    ]);
  });

  it.each(['xuantang.submitter', 'laocaicity.observer', 'nghean.admin'])('%s may not suspend (FORBIDDEN), nor resume', async (username) => {
    const nomination = await submitted();
    const gql = await as(platform, username);
    const before = await storedNomination(platform, nomination.id);
    expect(topLevelCode(await gql(SUSPEND, { id: nomination.id, reason: REASON }))).toBe('FORBIDDEN');
    expect(await storedNomination(platform, nomination.id)).toEqual(before);
    await suspend(reviewer, nomination.id);
    expect(topLevelCode(await gql(RESUME, { id: nomination.id }))).toBe('FORBIDDEN');
    expect((await storedNomination(platform, nomination.id)).nomination.status).toBe('SUSPENDED');
  });

  it('a RETURNED nomination suspended cannot be resubmitted; resumed, it is RETURNED again and resubmission works', async () => {
    const returned = await decideCurrent(reviewer, await submitted(), 'RETURN', 'Bổ sung biên bản họp xét');
    expect(returned).toMatchObject({ status: 'RETURNED', currentTask: null });
    expect(await suspend(approver, returned.id)).toMatchObject({ status: 'SUSPENDED', currentTask: null });
    expect(refusalOf(await xuanTang(RESUBMIT, { id: returned.id, comment: 'Đã bổ sung' }), 'resubmitNomination')).toEqual([['INVALID_STATE', null]]);
    expect(await resume(approver, returned.id, 'Đã xác minh xong')).toMatchObject({ status: 'RETURNED', suspensionReason: null, currentTask: null });
    const again = okPayload(await xuanTang(RESUBMIT, { id: returned.id, comment: 'Đã bổ sung' }), 'resubmitNomination').nomination;
    expect(again).toMatchObject({ status: 'IN_REVIEW', round: 2, currentTask: { stageKey: 'DISTRICT_REVIEW', round: 2 } });
  });

  it('an APPROVED nomination suspended cannot be commended until resumed', async () => {
    const atProvince = await decideCurrent(reviewer, await submitted(), 'APPROVE');
    const approved = await decideCurrent(approver, atProvince, 'APPROVE');
    await suspend(admin, approved.id);
    const input = { taskId: approved.currentTask.id, decisionNumber: '88/QĐ-UBND', decisionDate: '2024-12-20' };
    expect(refusalOf(await approver(COMMEND, { input }), 'issueCommendation')).toEqual([['NOMINATION_SUSPENDED', null]]);
    expect((await storedNomination(platform, approved.id)).nomination).toMatchObject({ status: 'SUSPENDED', decisionNumber: null });
    expect((await resume(admin, approved.id)).status).toBe('APPROVED');
    expect(okPayload(await approver(COMMEND, { input }), 'issueCommendation').nomination.status).toBe('COMMENDED');
  });

  it('a DRAFT cannot be suspended (INVALID_STATE)', async () => {
    const draft = await createDraft(xuanTang, catalog);
    const before = await storedNomination(platform, draft.id);
    expect(refusalOf(await reviewer(SUSPEND, { id: draft.id, reason: REASON }), 'suspendNomination')).toEqual([['INVALID_STATE', null]]);
    expect(await storedNomination(platform, draft.id)).toEqual(before);
  });

  it('a suspended nomination can be withdrawn; its task is cancelled and it cannot be resumed', async () => {
    const nomination = await submitted();
    await suspend(reviewer, nomination.id);
    const withdrawn = okPayload(await xuanTang(WITHDRAW, { id: nomination.id, reason: 'Rút hồ sơ trong khi xác minh' }), 'withdrawNomination').nomination;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', currentTask: null });
    expect(dataOf(await admin(WORKFLOW, { id: nomination.id })).workflowState.pendingTasks).toEqual([]);
    expect(refusalOf(await reviewer(RESUME, { id: nomination.id }), 'resumeNomination')).toEqual([['INVALID_STATE', null]]);
  });

  it('suspending again after a resumption is held and recorded again', async () => {
    const nomination = await submitted();
    for (const round of [1, 2]) {
      await suspend(reviewer, nomination.id, `Xác minh lần ${round}`);
      await resume(reviewer, nomination.id, `Kết quả lần ${round}`);
    }
    const trail = (await history(nomination.id)).filter((e: { action: string }) => ['SUSPENDED', 'RESUMED'].includes(e.action));
    expect(trail.map((e: any) => [e.action, e.comment])).toEqual([
      ['SUSPENDED', 'Xác minh lần 1'], ['RESUMED', 'Kết quả lần 1'], ['SUSPENDED', 'Xác minh lần 2'], ['RESUMED', 'Kết quả lần 2'],
    ]);
  });
});

describe('only the suspending level or a level above it resumes', () => {
  it('the province approver suspends at district review: the district reviewer cannot resume (RESUME_BELOW_SUSPENDER); the province can', async () => {
    const nomination = await submitted('Bà Sần Thị Mai');
    await suspend(approver, nomination.id, 'Tỉnh đang xác minh đơn tố cáo');
    const refused = await reviewer(RESUME, { id: nomination.id, comment: 'Huyện cho tiếp tục' });
    expect(refusalOf(refused, 'resumeNomination')).toEqual([['RESUME_BELOW_SUSPENDER', null]]);
    expect((await storedNomination(platform, nomination.id)).nomination.status).toBe('SUSPENDED');
    expect((await resume(admin, nomination.id, 'Tỉnh đã xác minh xong')).status).toBe('IN_REVIEW');
    const resumedBy = (await history(nomination.id)).filter((e: any) => e.action === 'RESUMED');
    expect(resumedBy.map((e: any) => [e.actor.username, e.unit.code])).toEqual([['laocai.admin', '10']]);
  });

  it('what the district suspended, the province may resume', async () => {
    const nomination = await submitted('Ông Thào A Páo');
    await suspend(reviewer, nomination.id);
    expect((await resume(approver, nomination.id, 'Tỉnh cho tiếp tục')).status).toBe('IN_REVIEW');
  });
});
