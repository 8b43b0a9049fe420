import { AuditAction } from '../../domain/enums';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { recordAudit } from '../../server/store/audit';
import { median } from '../../server/services/monitoring.service';
import { topLevelCode } from '../support/campaign-fixtures';
import {
  as, createDraft, dataOf, decideCurrent, loadCatalog, NGHE_AN_CAMPAIGN, submit, type Catalog, type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let catalog: Catalog;
let admin: Gql;
/** Task ids: province (T2 of N1), district overdue (T4 escalated, T7), district not yet due (T5), Vinh (T6). */
const t: Record<string, string> = {};
let n1: { id: string };

const OVERDUE = `query ($filter: OverdueTaskFilter, $first: Int, $after: String) { overdueTasks(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id dueAt stageKey unit { code } nomination { id } } } } }`;
const WORKLOAD = `query ($unitId: ID!, $periodId: ID!) { unitWorkload(unitId: $unitId, periodId: $periodId) { asOf
  total { unit { code } openTasks overdueTasks decidedTasks escalatedTasks medianWorkingDaysToDecision }
  children { unit { code } openTasks overdueTasks decidedTasks escalatedTasks medianWorkingDaysToDecision } } }`;
const HISTORY = `query ($id: ID!) { nomination(id: $id) { deadlineHistory { action after occurredAt } } }`;

const DAY = 86_400_000;
const overdueIds = async (gql: Gql, variables: Record<string, unknown> = {}) =>
  dataOf(await gql(OVERDUE, variables)).overdueTasks.edges.map((e: { node: { id: string } }) => e.node.id);
const unitId = (code: string) => catalog.unitIds[code];

async function setTask(id: string, values: Partial<Pick<ReviewTask, 'dueAt' | 'createdAt' | 'closedAt' | 'escalationLevel'>>) {
  await platform.db.orm.em.fork().nativeUpdate(ReviewTask, { id }, values);
}

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await as(platform, 'laocai.admin');
  const xuanTang = await as(platform, 'xuantang.submitter');
  const phuongLaoCai = await as(platform, 'phuonglaocai.submitter');
  const reviewer = await as(platform, 'laocaicity.reviewer');
  catalog = await loadCatalog(xuanTang);
  const submitted = async (gql: Gql, name: string, cat = catalog) => submit(gql, (await createDraft(gql, cat, { nomineeName: name })).id);

  const first = await submitted(xuanTang, 'Ông Vàng A Chứ');
  t.T1 = first.currentTask.id;
  n1 = await decideCurrent(reviewer, first, 'APPROVE', 'Đạt');
  t.T2 = (n1 as any).currentTask.id;
  const second = await submitted(xuanTang, 'Bà Lù Thị Dung');
  t.T3 = second.currentTask.id;
  await decideCurrent(reviewer, second, 'RETURN', 'Bổ sung minh chứng');
  t.T4 = (await submitted(phuongLaoCai, 'Ông Giàng Seo Pao')).currentTask.id;
  t.T5 = (await submitted(xuanTang, 'Bà Sùng Thị Mỷ')).currentTask.id;
  t.T7 = (await submitted(phuongLaoCai, 'Ông Thào A Lử')).currentTask.id;
  const dongVinh = await as(platform, 'dongvinh.submitter');
  t.T6 = (await submitted(dongVinh, 'Bà Hồ Thị Loan', await loadCatalog(dongVinh, NGHE_AN_CAMPAIGN))).currentTask.id;

  const now = Date.now();
  await setTask(t.T4, { dueAt: new Date(now - 3 * DAY), escalationLevel: 1 });
  await setTask(t.T2, { dueAt: new Date(now - 2 * DAY) });
  await setTask(t.T7, { dueAt: new Date(now - 1 * DAY) });
  await setTask(t.T6, { dueAt: new Date(now - 5 * DAY) });
  // Decided in 3 and 1 working days: Mon 2 Dec 2024 09:00 (Vietnam) → Thu 5 Dec, and → Tue 3 Dec.
  await setTask(t.T1, { createdAt: new Date('2024-12-02T02:00:00Z'), closedAt: new Date('2024-12-05T02:00:00Z') });
  await setTask(t.T3, { createdAt: new Date('2024-12-02T02:00:00Z'), closedAt: new Date('2024-12-03T08:00:00Z') });
});
afterAll(() => platform?.stop());

describe('overdueTasks', () => {
  it('the province ADMIN sees its overdue tasks at every level, the oldest deadline first, page by page', async () => {
    expect(await overdueIds(admin)).toEqual([t.T4, t.T2, t.T7]);
    const page1 = dataOf(await admin(OVERDUE, { first: 2 })).overdueTasks;
    expect([page1.totalCount, page1.pageInfo.hasNextPage, page1.edges.map((e: any) => e.node.id)]).toEqual([3, true, [t.T4, t.T2]]);
    const page2 = dataOf(await admin(OVERDUE, { first: 2, after: page1.pageInfo.endCursor })).overdueTasks;
    expect([page2.pageInfo.hasNextPage, page2.edges.map((e: any) => e.node.id)]).toEqual([false, [t.T7]]);
    expect(await overdueIds(admin, { filter: { unitId: unitId('080') } })).toEqual([t.T4, t.T7]);
  });

  it("a district OBSERVER sees its district's, not the province's; Nghệ An's ADMIN sees none of Lào Cai", async () => {
    const observer = await as(platform, 'laocaicity.observer');
    expect(await overdueIds(observer)).toEqual([t.T4, t.T7]);
    const nghean = await as(platform, 'nghean.admin');
    expect(await overdueIds(nghean)).toEqual([t.T6]);
    expect(topLevelCode(await nghean(OVERDUE, { filter: { unitId: unitId('10') } }))).toBe('FORBIDDEN');
    expect(topLevelCode(await observer(OVERDUE, { filter: { unitId: unitId('10') } }))).toBe('FORBIDDEN');
  });

  it.each(['laocaicity.reviewer', 'xuantang.submitter', 'laocai.approver'])('%s, neither ADMIN nor OBSERVER, is FORBIDDEN', async (username) => {
    expect(topLevelCode(await (await as(platform, username))(OVERDUE))).toBe('FORBIDDEN');
  });

  it('a closed task is not overdue, whatever its deadline was', async () => {
    await setTask(t.T3, { dueAt: new Date(Date.now() - 9 * DAY) });
    expect(await overdueIds(admin)).not.toContain(t.T3);
  });
});

describe('unitWorkload', () => {
  it('counts the unit with its whole subtree and each direct child, with the median working days to decide', async () => {
    const report = dataOf(await admin(WORKLOAD, { unitId: unitId('10'), periodId: catalog.periodId })).unitWorkload;
    expect(report.total).toEqual({
      unit: { code: '10' }, openTasks: 4, overdueTasks: 3, decidedTasks: 2, escalatedTasks: 1, medianWorkingDaysToDecision: 2,
    });
    expect(report.children).toEqual([
      { unit: { code: '080' }, openTasks: 3, overdueTasks: 2, decidedTasks: 2, escalatedTasks: 1, medianWorkingDaysToDecision: 2 },
    ]);
  });

  it('a district OBSERVER gets its district and its communes (no task sits at a commune)', async () => {
    const observer = await as(platform, 'laocaicity.observer');
    const report = dataOf(await observer(WORKLOAD, { unitId: unitId('080'), periodId: catalog.periodId })).unitWorkload;
    expect(report.total).toMatchObject({ unit: { code: '080' }, openTasks: 3, decidedTasks: 2 });
    expect(report.children.map((c: any) => [c.unit.code, c.openTasks, c.decidedTasks, c.medianWorkingDaysToDecision])).toEqual([
      ['02641', 0, 0, null],
      ['02656', 0, 0, null],
    ]);
    expect(topLevelCode(await observer(WORKLOAD, { unitId: unitId('10'), periodId: catalog.periodId }))).toBe('FORBIDDEN');
  });

  it('another period has nothing; an unknown period is NOT_FOUND', async () => {
    const other = dataOf(await admin(`{ campaigns { code periods { id name } } }`)).campaigns
      .find((c: any) => c.code === 'VI_NGUOI_NGHEO_2021_2025').periods.find((p: any) => p.id !== catalog.periodId);
    const report = dataOf(await admin(WORKLOAD, { unitId: unitId('10'), periodId: other.id })).unitWorkload;
    expect(report.total).toMatchObject({ openTasks: 0, decidedTasks: 0, medianWorkingDaysToDecision: null });
    expect(topLevelCode(await admin(WORKLOAD, { unitId: unitId('10'), periodId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it.each([
    [[], null],
    [[4], 4],
    [[5, 1, 3], 3],
    [[1, 2], 1.5],
    [[7, 0, 2, 2], 2],
  ])('median of %j is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('Nomination.deadlineHistory', () => {
  it('lists task openings with their deadlines, then the deadline events, in time order, and nothing else', async () => {
    const opened = dataOf(await admin(HISTORY, { id: n1.id })).nomination.deadlineHistory;
    expect(opened.map((e: any) => [e.action, e.after.stageKey])).toEqual([['TASK_OPENED', 'DISTRICT_REVIEW'], ['TASK_OPENED', 'PROVINCE_APPROVAL']]);
    expect(opened.every((e: any) => typeof e.after.dueAt === 'string')).toBe(true);

    const em = platform.db.orm.em.fork();
    // One flush each, a few ms apart: events of the same millisecond would be ordered by id.
    const record = async (action: AuditAction, after: Record<string, unknown>) => {
      await new Promise((resolve) => setTimeout(resolve, 3));
      await recordAudit(em, { key: `test:${n1.id}:${action}`, nominationId: n1.id, actor: null, action, after });
      await em.flush();
    };
    await record(AuditAction.REMINDER_SENT, { taskId: t.T2, offset: 3 });
    await record(AuditAction.SUSPENDED, { status: 'SUSPENDED' });
    await record(AuditAction.TASK_ESCALATED, { taskId: t.T2, level: 1 });
    await record(AuditAction.DEADLINE_EXTENDED, { taskId: t.T2, dueAt: '2030-01-10T02:00:00.000Z' });
    await record(AuditAction.AUTO_FORWARDED, { taskId: t.T2 });

    const history = dataOf(await admin(HISTORY, { id: n1.id })).nomination.deadlineHistory;
    expect(history.map((e: any) => e.action)).toEqual(['TASK_OPENED', 'TASK_OPENED', 'REMINDER_SENT', 'TASK_ESCALATED', 'DEADLINE_EXTENDED', 'AUTO_FORWARDED']);
    expect(history[4].after).toEqual({ taskId: t.T2, dueAt: '2030-01-10T02:00:00.000Z' });
    const times = history.map((e: any) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
