import { Client as PgClient } from 'pg';
import { Role } from '../../domain/enums';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { addDistrict, campaignFromTemplate, catalogOf, QUOTA_USAGE, SET_QUOTA, unitIdsByCode } from '../support/campaign-fixtures';
import type { GraphQLResponse } from '../support/graphql-request';
import {
  addUser, as, COMMEND, createDraft, dataOf, DECIDE, decideCurrent, okPayload, RESUBMIT, storedNomination, submit, WITHDRAW,
  type Catalog, type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let admin: Gql;
let xuanTang: Gql;
let cityReviewer: Gql;
let approver: Gql;
let units: Record<string, string>;

/** The movement every test nominates in: "Cán bộ làm công tác giảm nghèo", individuals only. */
const MOVEMENT = 4;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await as(platform, 'laocai.admin');
  xuanTang = await as(platform, 'xuantang.submitter');
  cityReviewer = await as(platform, 'laocaicity.reviewer');
  approver = await as(platform, 'laocai.approver');
  units = await unitIdsByCode(admin);
});
afterAll(() => platform?.stop());

/** A fresh launched "Vì người nghèo" campaign, so each test has its own quotas; its 2024 period. */
async function freshCampaign(code: string): Promise<Catalog & { campaignId: string }> {
  const campaign = await campaignFromTemplate(admin, code, true, platform);
  return { ...catalogOf(campaign, units), campaignId: campaign.id };
}

/** A forwarding cap with a unit scope, or by default the province chair's own Bằng khen quota. */
async function setQuota(catalog: Catalog & { campaignId: string }, maxCount: number, scope: { unitId?: string; unitLevel?: string } = {}) {
  if (!scope.unitId && !scope.unitLevel) Object.assign(scope, { awardCode: 'BANG_KHEN_CHU_TICH_TINH', decidingUnitId: units['10'] });
  const input = { campaignId: catalog.campaignId, movementId: catalog.movementIds[MOVEMENT], periodKind: 'ANNUAL', nomineeKind: 'INDIVIDUAL', maxCount, ...scope };
  return okPayload(await admin(SET_QUOTA, { input }), 'setQuota').quota;
}

async function submitted(catalog: Catalog, nomineeName: string, gql = xuanTang) {
  return submit(gql, (await createDraft(gql, catalog, { movementIndex: MOVEMENT, nomineeName })).id);
}

const approve = (gql: Gql, task: { id: string; round: number }) => gql(DECIDE, { input: { taskId: task.id, round: task.round, decision: 'APPROVE' } });

/**
 * Starts `race` while another connection holds the racers' task rows, so every racer has checked the
 * quota before any can close its task; a decision that serialises on the quota lets one through.
 */
async function whileTasksLocked(taskIds: string[], race: () => Promise<GraphQLResponse>[]) {
  const blocker = new PgClient({ connectionString: platform.db.url });
  await blocker.connect();
  try {
    await blocker.query('begin');
    await blocker.query('select id from review_task where id = any($1::uuid[]) for update', [taskIds]);
    const pending = race();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await blocker.query('commit');
    return await Promise.all(pending);
  } finally {
    await blocker.end();
  }
}

const outcome = (res: GraphQLResponse, field: string) => dataOf(res)[field].userErrors.map((e: { code: string }) => e.code).join() || 'OK';

/** Asserts QUOTA_EXCEEDED naming used/max in both languages. */
function expectQuotaExceeded(res: GraphQLResponse, field: string, used: number, max: number) {
  const payload = dataOf(res)[field];
  expect(payload.userErrors).toEqual([{ code: 'QUOTA_EXCEEDED', field: null, message: expect.stringContaining(`${used} of ${max}`), messageVi: expect.stringContaining(`${used}/${max}`) }]);
  expect(payload.task).toBeNull();
}

/** The nomination as stored, with its tasks' states and the number of APPROVED events. */
async function stored(id: string) {
  const { nomination, audit } = await storedNomination(platform, id);
  const approvals = await platform.db.orm.em.fork().count(AuditEvent, { nomination: id, action: 'APPROVED' as any });
  return { status: nomination.status, stage: nomination.currentStageKey, audit, approvals };
}

/** Forwarding use of `unitId`, or without it the decision use of the province chair's Bằng khen. */
async function usage(periodId: string, unitId?: string) {
  const rows = dataOf(await admin(QUOTA_USAGE, { periodId, unitId })).quotaUsage;
  const wanted = rows.filter((r: any) => (unitId ? r.scope === 'FORWARDING' : r.scope === 'DECISION' && r.award?.code === 'BANG_KHEN_CHU_TICH_TINH'));
  return Object.fromEntries(wanted.map((r: any) => [`${r.movement.position}/${r.nomineeKind}`, { used: r.used, max: r.maxCount, unit: (r.unit ?? r.decidingUnit)?.code ?? null }]));
}

describe("a reviewing unit's quota bounds what it forwards", () => {
  it('Thành phố Lào Cai may forward 1: the second approval is refused and changes nothing; withdrawing the first frees the place', async () => {
    const catalog = await freshCampaign('QUOTA-UNIT');
    expect(await setQuota(catalog, 1, { unitId: units['080'] })).toMatchObject({ maxCount: 1, unit: { code: '080' }, unitLevel: null });
    const first = await submitted(catalog, 'Bà Lù Thị Dung');
    const second = await submitted(catalog, 'Ông Vàng A Chư');
    expect((await decideCurrent(cityReviewer, first, 'APPROVE')).currentTask.stageKey).toBe('PROVINCE_APPROVAL');

    const before = await stored(second.id);
    expectQuotaExceeded(await approve(cityReviewer, second.currentTask), 'decideTask', 1, 1);
    expect(await stored(second.id)).toEqual(before);
    expect(before).toMatchObject({ status: 'IN_REVIEW', stage: 'DISTRICT_REVIEW', approvals: 0 });
    const read = dataOf(await cityReviewer(`query ($id: ID!) { nomination(id: $id) { status currentTask { id status stageKey } } }`, { id: second.id }));
    expect(read.nomination).toEqual({ status: 'IN_REVIEW', currentTask: { id: second.currentTask.id, status: 'OPEN', stageKey: 'DISTRICT_REVIEW' } });

    const byUnit = await usage(catalog.periodId, units['080']);
    expect(byUnit[`${MOVEMENT}/INDIVIDUAL`]).toEqual({ used: 1, max: 1, unit: '080' });
    expect(byUnit['3/INDIVIDUAL']).toEqual({ used: 0, max: null, unit: '080' });
    expect(Object.keys(byUnit)).toEqual(['0/HOUSEHOLD', '1/COLLECTIVE', '2/COLLECTIVE', '3/INDIVIDUAL', '3/COLLECTIVE', '4/INDIVIDUAL', '5/INDIVIDUAL', '5/COLLECTIVE', '6/INDIVIDUAL', '6/COLLECTIVE']);

    okPayload(await xuanTang(WITHDRAW, { id: first.id, reason: 'Người được đề nghị chuyển công tác' }), 'withdrawNomination');
    expect((await usage(catalog.periodId, units['080']))[`${MOVEMENT}/INDIVIDUAL`].used).toBe(0);
    expect((await decideCurrent(cityReviewer, second, 'APPROVE')).currentTask.stageKey).toBe('PROVINCE_APPROVAL');
    expect((await usage(catalog.periodId, units['080']))[`${MOVEMENT}/INDIVIDUAL`].used).toBe(1);
  });

  it('returning or rejecting takes no place; a returned nomination resubmitted competes for it again', async () => {
    const catalog = await freshCampaign('QUOTA-RETURN');
    await setQuota(catalog, 1, { unitId: units['080'] });
    const returned = await submitted(catalog, 'Ông Sùng A Tủa');
    const rejected = await submitted(catalog, 'Bà Hờ Thị Mỷ');
    const approved = await submitted(catalog, 'Ông Lý Seo Chẩn');
    await decideCurrent(cityReviewer, returned, 'RETURN', 'Bổ sung số liệu hộ thoát nghèo');
    await decideCurrent(cityReviewer, rejected, 'REJECT', 'Không đủ tiêu chuẩn');
    expect((await usage(catalog.periodId, units['080']))[`${MOVEMENT}/INDIVIDUAL`].used).toBe(0);
    expect((await decideCurrent(cityReviewer, approved, 'APPROVE')).status).toBe('IN_REVIEW');

    const again = okPayload(await xuanTang(RESUBMIT, { id: returned.id, comment: 'Đã bổ sung' }), 'resubmitNomination').nomination;
    expect(again.currentTask).toMatchObject({ stageKey: 'DISTRICT_REVIEW', round: 2 });
    expectQuotaExceeded(await approve(cityReviewer, again.currentTask), 'decideTask', 1, 1);
    expect(await stored(returned.id)).toMatchObject({ status: 'IN_REVIEW', stage: 'DISTRICT_REVIEW', approvals: 0 });
  });

  // Bug: quota-checks.ts lockQuota and quota.service.ts forwardedCount run through em.getConnection().execute,
  // outside the activity's transaction: the advisory xact lock is released at once, approvals are not serialised.
  it('two approvals racing for the last place: exactly one gets it', async () => {
    const catalog = await freshCampaign('QUOTA-RACE');
    await setQuota(catalog, 1, { unitId: units['080'] });
    const racers = [await submitted(catalog, 'Bà Tẩn Thị Mẩy'), await submitted(catalog, 'Ông Chảo Láo Lở')];
    const results = await whileTasksLocked(racers.map((n) => n.currentTask.id), () => racers.map((n) => approve(cityReviewer, n.currentTask)));
    expect(results.map((r) => outcome(r, 'decideTask')).sort()).toEqual(['OK', 'QUOTA_EXCEEDED']);
    expect((await usage(catalog.periodId, units['080']))[`${MOVEMENT}/INDIVIDUAL`].used).toBe(1);
  });

  it('a quota for every DISTRICT applies to each district on its own; a unit’s own quota takes precedence', async () => {
    const catalog = await freshCampaign('QUOTA-LEVEL');
    const { districtId } = await addDistrict(platform, '10', { code: '088', name: 'Thị xã Sa Pa' }, { code: '03001', name: 'Phường Sa Pa' });
    await addUser(platform, 'sapa.submitter', Role.SUBMITTER, '03001');
    await addUser(platform, 'sapa.reviewer', Role.REVIEWER, '088');
    const [saPa, saPaReviewer] = [await as(platform, 'sapa.submitter'), await as(platform, 'sapa.reviewer')];
    expect(await setQuota(catalog, 1, { unitLevel: 'DISTRICT' })).toMatchObject({ maxCount: 1, unit: null, unitLevel: 'DISTRICT' });

    const [city1, city2] = [await submitted(catalog, 'Bà Phàn Thị Dền'), await submitted(catalog, 'Ông Ma Seo Sử')];
    const [sp1, sp2] = [await submitted(catalog, 'Bà Giàng Thị Sua', saPa), await submitted(catalog, 'Ông Thào A Lử', saPa)];
    expect(sp1.currentTask.unit.code).toBe('088');
    await decideCurrent(cityReviewer, city1, 'APPROVE');
    expectQuotaExceeded(await approve(cityReviewer, city2.currentTask), 'decideTask', 1, 1);
    await decideCurrent(saPaReviewer, sp1, 'APPROVE');
    expectQuotaExceeded(await approve(saPaReviewer, sp2.currentTask), 'decideTask', 1, 1);
    expect((await usage(catalog.periodId, districtId))[`${MOVEMENT}/INDIVIDUAL`]).toEqual({ used: 1, max: 1, unit: '088' });
    expect((await usage(catalog.periodId, units['080']))[`${MOVEMENT}/INDIVIDUAL`]).toEqual({ used: 1, max: 1, unit: '080' });

    await setQuota(catalog, 2, { unitId: units['080'] });
    expect((await decideCurrent(cityReviewer, city2, 'APPROVE')).currentTask.stageKey).toBe('PROVINCE_APPROVAL');
    expect((await usage(catalog.periodId, units['080']))[`${MOVEMENT}/INDIVIDUAL`]).toEqual({ used: 2, max: 2, unit: '080' });
    expect((await usage(catalog.periodId, districtId))[`${MOVEMENT}/INDIVIDUAL`]).toEqual({ used: 1, max: 1, unit: '088' });
  });
});

describe('the campaign quota bounds the commendation decisions', () => {
  it('with 1 place, the second commendation is refused: the nomination stays APPROVED with its decision task open', async () => {
    const catalog = await freshCampaign('QUOTA-DECISION');
    // The 2021–2025 plans set no quota: the province sets its chair's own Bằng khen quota.
    expect(await setQuota(catalog, 1)).toMatchObject({ maxCount: 1, unit: null, unitLevel: null });
    const ready: any[] = [];
    for (const name of ['Bà Lò Thị Chiến', 'Ông Hoàng Văn Bảy']) {
      const atProvince = await decideCurrent(cityReviewer, await submitted(catalog, name), 'APPROVE');
      ready.push(await decideCurrent(approver, atProvince, 'APPROVE'));
    }
    expect(ready.map((n) => [n.status, n.currentTask.stageKey])).toEqual([['APPROVED', 'COMMENDATION_DECISION'], ['APPROVED', 'COMMENDATION_DECISION']]);
    const commend = (n: { currentTask: { id: string } }, number: string) =>
      approver(COMMEND, { input: { taskId: n.currentTask.id, decisionNumber: number, decisionDate: '2024-12-20' } });

    expect(okPayload(await commend(ready[0], '301/QĐ-UBND'), 'issueCommendation').nomination.status).toBe('COMMENDED');
    const before = await stored(ready[1].id);
    expectQuotaExceeded(await commend(ready[1], '302/QĐ-UBND'), 'issueCommendation', 1, 1);
    expect(await stored(ready[1].id)).toEqual(before);
    const read = dataOf(await approver(`query ($id: ID!) { nomination(id: $id) { status decisionNumber currentTask { id status kind } } }`, { id: ready[1].id }));
    expect(read.nomination).toEqual({ status: 'APPROVED', decisionNumber: null, currentTask: { id: ready[1].currentTask.id, status: 'OPEN', kind: 'DECISION' } });

    const campaignWide = await usage(catalog.periodId);
    expect(campaignWide[`${MOVEMENT}/INDIVIDUAL`]).toEqual({ used: 1, max: 1, unit: '10' });
    // The deciding unit's quota is not a forwarding quota: the province forwarded both.
    expect((await usage(catalog.periodId, units['10']))[`${MOVEMENT}/INDIVIDUAL`]).toEqual({ used: 2, max: null, unit: '10' });
  });

  // Same cause as the racing approvals: assertDecisionQuota's lock and commendedCount run outside the transaction.
  it('two commendations racing for the last place: exactly one is issued', async () => {
    const catalog = await freshCampaign('QUOTA-DECISION-RACE');
    await setQuota(catalog, 1);
    const ready: any[] = [];
    for (const name of ['Bà Sầm Thị Hương', 'Ông Vừ A Dình']) {
      ready.push(await decideCurrent(approver, await decideCurrent(cityReviewer, await submitted(catalog, name), 'APPROVE'), 'APPROVE'));
    }
    const results = await whileTasksLocked(ready.map((n) => n.currentTask.id), () =>
      ready.map((n, i) => approver(COMMEND, { input: { taskId: n.currentTask.id, decisionNumber: `${401 + i}/QĐ-UBND`, decisionDate: '2024-12-20' } })),
    );
    expect(results.map((r) => outcome(r, 'issueCommendation')).sort()).toEqual(['OK', 'QUOTA_EXCEEDED']);
    expect((await usage(catalog.periodId))[`${MOVEMENT}/INDIVIDUAL`]).toEqual({ used: 1, max: 1, unit: '10' });
  });
});
