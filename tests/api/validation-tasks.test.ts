import { Role } from '../../domain/enums';
import { signToken } from '../../server/auth/token';
import { User } from '../../server/entities/user.entity';
import { graphqlAs, type GraphQLResponse } from '../support/graphql-request';
import {
  addUser,
  as,
  CLAIM,
  COMMEND,
  createDraft,
  dataOf,
  DECIDE,
  decideCurrent,
  loadCatalog,
  okPayload,
  RESUBMIT,
  storedNomination,
  submit,
  WITHDRAW,
  type Catalog,
  type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let catalog: Catalog;
let xuanTang: Gql;
let reviewer: Gql;
let secondReviewer: Gql;
let approver: Gql;

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(xuanTang);
  reviewer = await as(platform, 'laocaicity.reviewer');
  await addUser(platform, 'laocaicity.reviewer2', Role.REVIEWER, '080');
  secondReviewer = await as(platform, 'laocaicity.reviewer2');
  approver = await as(platform, 'laocai.approver');
});
afterAll(() => platform?.stop());

/** A nomination of Phường Xuân Tăng submitted and waiting for the district's review. */
async function submitted(name = 'Ông Sần Văn Lử') {
  return submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName: name })).id);
}

/** Asserts a task mutation refused with one user error and answered no task. */
function expectRefusal(res: GraphQLResponse, mutation: string, code: string, field: string | null) {
  const payload = dataOf(res)[mutation];
  expect(payload.userErrors).toEqual([{ code, field, message: expect.any(String), messageVi: expect.any(String) }]);
  expect(payload.userErrors[0].messageVi).not.toBe(payload.userErrors[0].message);
  expect(payload.task).toBeNull();
}

const decideInput = (task: { id: string; round: number }, decision: string, comment?: string) => ({
  input: { taskId: task.id, round: task.round, decision, comment },
});

describe('decideTask', () => {
  it.each([
    ['RETURN', undefined],
    ['RETURN', '   '],
    ['REJECT', undefined],
    ['REJECT', ''],
  ])('%s with comment %j answers REASON_REQUIRED on comment and leaves the task open', async (decision, comment) => {
    const nomination = await submitted();
    const before = await storedNomination(platform, nomination.id);
    expectRefusal(await reviewer(DECIDE, decideInput(nomination.currentTask, decision, comment)), 'decideTask', 'REASON_REQUIRED', 'comment');
    const after = await storedNomination(platform, nomination.id);
    expect(after.nomination).toMatchObject({ status: 'IN_REVIEW', currentStageKey: 'DISTRICT_REVIEW' });
    expect(after.audit).toBe(before.audit);
  });

  it('deciding a task already decided answers TASK_CLOSED and changes nothing', async () => {
    const nomination = await submitted();
    const task = nomination.currentTask;
    const advanced = await decideCurrent(reviewer, nomination, 'APPROVE');
    expect(advanced.currentTask.stageKey).toBe('PROVINCE_APPROVAL');
    const before = await storedNomination(platform, nomination.id);
    for (const decision of ['APPROVE', 'REJECT']) {
      expectRefusal(await reviewer(DECIDE, decideInput(task, decision, 'Lần nữa')), 'decideTask', 'TASK_CLOSED', 'taskId');
    }
    const after = await storedNomination(platform, nomination.id);
    expect(after.nomination).toMatchObject({ status: 'IN_REVIEW', currentStageKey: 'PROVINCE_APPROVAL' });
    expect(after.audit).toBe(before.audit);
  });

  it('after a return and resubmission, a decision naming the old round answers STALE_ROUND', async () => {
    const nomination = await submitted();
    const returned = await decideCurrent(reviewer, nomination, 'RETURN', 'Bổ sung biên bản họp xét');
    expect(returned).toMatchObject({ status: 'RETURNED', currentTask: null });
    const resubmitted = okPayload(await xuanTang(RESUBMIT, { id: nomination.id, comment: 'Đã bổ sung' }), 'resubmitNomination').nomination;
    expect(resubmitted).toMatchObject({ status: 'IN_REVIEW', round: 2, currentTask: { stageKey: 'DISTRICT_REVIEW', round: 2 } });
    const newTask = resubmitted.currentTask;
    const before = await storedNomination(platform, nomination.id);

    const stale = await reviewer(DECIDE, decideInput({ id: newTask.id, round: 1 }, 'APPROVE'));
    expectRefusal(stale, 'decideTask', 'STALE_ROUND', null);
    expect(dataOf(stale).decideTask.userErrors[0].messageVi).toContain('Vòng 1 đã cũ');
    // The first round's task itself is closed.
    expectRefusal(await reviewer(DECIDE, decideInput(nomination.currentTask, 'APPROVE')), 'decideTask', 'TASK_CLOSED', 'taskId');

    const after = await storedNomination(platform, nomination.id);
    expect(after.nomination).toMatchObject({ status: 'IN_REVIEW', round: 2, currentStageKey: 'DISTRICT_REVIEW' });
    expect(after.audit).toBe(before.audit);
    // The current round still goes through.
    expect((await decideCurrent(reviewer, resubmitted, 'APPROVE')).currentTask.stageKey).toBe('PROVINCE_APPROVAL');
  });
});

describe('claimTask', () => {
  it('a second reviewer cannot claim or decide a task the first one claimed, and no longer sees it', async () => {
    const nomination = await submitted('Bà Vàng Thị Mai');
    const task = nomination.currentTask;
    const claimed = okPayload(await reviewer(CLAIM, { taskId: task.id }), 'claimTask');
    expect(claimed.task).toMatchObject({ status: 'CLAIMED', assignee: { username: 'laocaicity.reviewer' } });

    expectRefusal(await secondReviewer(CLAIM, { taskId: task.id }), 'claimTask', 'TASK_CLAIMED_BY_OTHER', null);
    expectRefusal(await secondReviewer(DECIDE, decideInput(task, 'APPROVE')), 'decideTask', 'TASK_CLAIMED_BY_OTHER', null);

    const inbox = dataOf(await secondReviewer('{ myTasks { edges { node { id } } } }')).myTasks.edges.map((e: any) => e.node.id);
    expect(inbox).not.toContain(task.id);
    const state = dataOf(await reviewer(`query ($id: ID!) { nomination(id: $id) { status currentTask { status assignee { username } } } }`, { id: nomination.id }));
    expect(state.nomination).toEqual({ status: 'IN_REVIEW', currentTask: { status: 'CLAIMED', assignee: { username: 'laocaicity.reviewer' } } });
  });
});

describe('issueCommendation', () => {
  let nomination: any;
  const commend = (gql: Gql, taskId: string, decisionNumber: string, decisionDate: string) =>
    gql(COMMEND, { input: { taskId, decisionNumber, decisionDate } });
  const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    nomination = await decideCurrent(reviewer, await submitted('Hộ ông Thào Seo Chứ'), 'APPROVE');
  });

  it('on a review (non-decision) task answers INVALID_STATE and leaves it under review', async () => {
    expect(nomination.currentTask).toMatchObject({ stageKey: 'PROVINCE_APPROVAL', kind: 'REVIEW' });
    expectRefusal(await commend(approver, nomination.currentTask.id, '123/QĐ-UBND', '2024-12-20'), 'issueCommendation', 'INVALID_STATE', null);
    const after = await storedNomination(platform, nomination.id);
    expect(after.nomination).toMatchObject({ status: 'IN_REVIEW', decisionNumber: null });
  });

  // Product bug: cleanDecisionDate (server/services/pipeline.service.ts) compares with tomorrow's UTC
  // date, so from 07:00 to 24:00 in Vietnam a decision dated tomorrow (Vietnam) is accepted.
  it('a decision dated tomorrow in Vietnam is refused as INVALID_VALUE on decisionDate', async () => {
    const atDecision = await decideCurrent(approver, await decideCurrent(reviewer, await submitted('Hộ bà Lù Thị Dí'), 'APPROVE'), 'APPROVE');
    const vnDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
    // The server's clock reads 10:00 in Vietnam today while it checks the date; the token outlives the shift.
    const tenAm = Date.parse(`${vnDay(Date.now())}T03:00:00Z`);
    const tomorrowInVietnam = vnDay(tenAm + 86_400_000);
    const approverId = (await platform.db.orm.em.fork().findOneOrFail(User, { username: 'laocai.approver' })).id;
    const longLived = graphqlAs(platform.url, signToken(approverId, platform.config.jwtSecret, '2d'));
    const clock = jest.spyOn(Date, 'now').mockReturnValue(tenAm);
    let res: GraphQLResponse;
    try {
      res = await commend(longLived, atDecision.currentTask.id, '77/QĐ-UBND', tomorrowInVietnam);
    } finally {
      clock.mockRestore();
    }
    expectRefusal(res, 'issueCommendation', 'INVALID_VALUE', 'decisionDate');
  });

  describe('on the decision task', () => {
    let decisionTask: any;
    beforeAll(async () => {
      nomination = await decideCurrent(approver, nomination, 'APPROVE');
      decisionTask = nomination.currentTask;
    });

    it('the nomination waits for the decision as APPROVED', () => {
      expect(nomination).toMatchObject({ status: 'APPROVED', currentTask: { stageKey: 'COMMENDATION_DECISION', kind: 'DECISION' } });
    });

    it.each([
      ['123-QD', '2024-12-20', 'decisionNumber'],
      ['QĐ-123', '2024-12-20', 'decisionNumber'],
      ['123/QĐ-UBND', 'FUTURE', 'decisionDate'],
      ['123/QĐ-UBND', '2024-02-30', 'decisionDate'],
      ['123/QĐ-UBND', '20/12/2024', 'decisionDate'],
    ])('number %j dated %j answers INVALID_VALUE on %s', async (number, date, field) => {
      const res = await commend(approver, decisionTask.id, number, date === 'FUTURE' ? daysFromToday(7) : date);
      expectRefusal(res, 'issueCommendation', 'INVALID_VALUE', field);
      expect((await storedNomination(platform, nomination.id)).nomination).toMatchObject({ status: 'APPROVED', decisionNumber: null });
    });

    it('APPROVE through decideTask is refused: the decision is recorded by issuing it', async () => {
      expectRefusal(await approver(DECIDE, decideInput(decisionTask, 'APPROVE')), 'decideTask', 'INVALID_STATE', null);
    });

    it('a valid decision commends the nomination; a second one answers TASK_CLOSED; withdrawing answers INVALID_STATE', async () => {
      const done = okPayload(await commend(approver, decisionTask.id, ' 123/QĐ-UBND ', '2024-12-20'), 'issueCommendation');
      expect(done.nomination).toMatchObject({ status: 'COMMENDED', decisionNumber: '123/QĐ-UBND', decisionDate: '2024-12-20', currentTask: null });
      expectRefusal(await commend(approver, decisionTask.id, '124/QĐ-UBND', '2024-12-21'), 'issueCommendation', 'TASK_CLOSED', 'taskId');
      const withdraw = dataOf(await xuanTang(WITHDRAW, { id: nomination.id, reason: 'Rút' })).withdrawNomination;
      expect(withdraw.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_STATE']);
      expect((await storedNomination(platform, nomination.id)).nomination).toMatchObject({ status: 'COMMENDED', decisionNumber: '123/QĐ-UBND' });
    });
  });
});
