import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Campaign } from '../../server/entities/campaign.entity';
import { Movement } from '../../server/entities/movement.entity';
import { Period } from '../../server/entities/period.entity';
import { Quota } from '../../server/entities/quota.entity';
import { RoutingPolicyEntity } from '../../server/entities/routing-policy.entity';
import { VI_NGUOI_NGHEO_TEMPLATE } from '../../server/campaign-templates/vi-nguoi-ngheo.template';
import {
  ADD_MOVEMENT, ADD_PERIOD, APPLY_TEMPLATE, CAMPAIGN, CHANGE_STATUS, configAudit, CREATE_CAMPAIGN, CREATE_POLICY,
  refusalOf, SET_AWARDS, SET_QUOTA, topLevelCode, unitIdsByCode,
} from '../support/campaign-fixtures';
import { as, dataOf, okPayload, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let admin: Gql;
let units: Record<string, string>;
/** A DRAFT campaign of Tỉnh Lào Cai (2024–2025) with one movement and the ANNUAL 2024 period (window 1 Nov – 15 Dec). */
let draft: { id: string; movementId: string };

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  admin = await as(platform, 'laocai.admin');
  units = await unitIdsByCode(admin);
  const campaign = await createCampaign('LC-CONFIG-DRAFT');
  const movement = await addMovement(campaign.id, 'Cán bộ giảm nghèo');
  await addPeriod(campaign.id, { name: 'Năm 2024' });
  draft = { id: campaign.id, movementId: movement.id };
});
afterAll(() => platform?.stop());

async function createCampaign(code: string, years = { startYear: 2024, endYear: 2025 }) {
  const input = { code, name: 'Phong trào chung tay vì người nghèo', issuingUnitId: units['10'], ...years };
  return okPayload(await admin(CREATE_CAMPAIGN, { input }), 'createCampaign').campaign;
}
async function addMovement(campaignId: string, name: string, nomineeKinds = ['INDIVIDUAL', 'COLLECTIVE']) {
  return okPayload(await admin(ADD_MOVEMENT, { input: { campaignId, name, targetGroup: name, nomineeKinds } }), 'addMovement').movement;
}
const periodInput = (campaignId: string, over: Record<string, unknown> = {}) => ({
  campaignId, kind: 'ANNUAL', year: 2024, name: 'Năm 2024', startsOn: '2024-01-01', endsOn: '2024-12-31',
  submissionOpensOn: '2024-11-01', submissionClosesOn: '2024-12-15', ...over,
});
async function addPeriod(campaignId: string, over: Record<string, unknown> = {}) {
  return okPayload(await admin(ADD_PERIOD, { input: periodInput(campaignId, over) }), 'addPeriod').period;
}
const stage = (key: string, level: string, role: string, kind: string) => ({ key, name: key, nameVi: key, level, role, kind, deadlineWorkingDays: 10, reminderOffsets: [3, 1] });
const policyInput = (code: string, effectiveFrom: string, effectiveTo: string | null = null) => ({
  code, name: code, effectiveFrom, effectiveTo, ownerUnitId: units['10'],
  stages: [stage('DISTRICT_CHECK', 'DISTRICT', 'REVIEWER', 'REVIEW'), stage('PROVINCE_SIGN', 'PROVINCE', 'APPROVER', 'DECISION')],
});

/** Rows of every configuration table and the audit trail: a refused change must leave them as they were. */
async function footprint() {
  const em = platform.db.orm.em.fork();
  const counts = await Promise.all([Campaign, Movement, Period, Quota, RoutingPolicyEntity, AuditEvent].map((e) => em.count(e as any, {})));
  const awards = dataOf(await admin(CAMPAIGN, { id: draft.id })).campaign.awards;
  return { counts, awards };
}

describe('an administrator configures and launches a campaign', () => {
  it('laocai.admin: DRAFT → movements, awards, periods → ACTIVE → CLOSED, every change on the audit trail', async () => {
    const campaign = await createCampaign('LC-KHUYEN-HOC-2024');
    expect(campaign).toMatchObject({ code: 'LC-KHUYEN-HOC-2024', status: 'DRAFT', issuingUnit: { code: '10' }, movements: [], periods: [], awards: [] });
    const households = await addMovement(campaign.id, 'Hộ gia đình vượt khó', ['HOUSEHOLD']);
    const officials = await addMovement(campaign.id, 'Cán bộ giảm nghèo', ['INDIVIDUAL']);
    expect([households.position, officials.position]).toEqual([0, 1]);
    const awarded = okPayload(await admin(SET_AWARDS, { input: { campaignId: campaign.id, awardCodes: ['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_CHU_TICH_HUYEN'] } }), 'setCampaignAwards');
    expect(awarded.campaign.awards.map((a: { code: string }) => a.code)).toEqual(['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_CHU_TICH_HUYEN']);
    const period = await addPeriod(campaign.id);
    expect(period.routingPolicies.map((p: { code: string }) => p.code).sort()).toEqual(['AGENCY_DECISION', 'COMMUNE_DECISION', 'DISTRICT_DECISION', 'THREE_TIER']);
    const quotaInput = { campaignId: campaign.id, movementId: officials.id, periodKind: 'ANNUAL', nomineeKind: 'INDIVIDUAL', maxCount: 4, awardCode: 'GIAY_KHEN_CHU_TICH_HUYEN', decidingLevel: 'DISTRICT' };
    const quota = okPayload(await admin(SET_QUOTA, { input: quotaInput }), 'setQuota').quota;
    expect(quota).toMatchObject({ maxCount: 4, unit: null, unitLevel: null });

    expect(okPayload(await admin(CHANGE_STATUS, { input: { id: campaign.id, status: 'ACTIVE' } }), 'changeCampaignStatus').campaign.status).toBe('ACTIVE');
    expect(okPayload(await admin(CHANGE_STATUS, { input: { id: campaign.id, status: 'CLOSED' } }), 'changeCampaignStatus').campaign.status).toBe('CLOSED');
    expect(refusalOf(await admin(CHANGE_STATUS, { input: { id: campaign.id, status: 'ACTIVE' } }), 'changeCampaignStatus')).toEqual([['INVALID_STATE', 'status']]);
    expect(dataOf(await admin(CAMPAIGN, { id: campaign.id })).campaign).toMatchObject({ status: 'CLOSED', movements: [{ name: 'Hộ gia đình vượt khó' }, { name: 'Cán bộ giảm nghèo' }] });

    const by = { actor: 'laocai.admin', role: 'ADMIN', unit: '10', action: 'CAMPAIGN_CHANGED' };
    expect(await configAudit(platform, 'Campaign', campaign.id)).toEqual([
      { ...by, before: null, after: { code: 'LC-KHUYEN-HOC-2024', name: 'Phong trào chung tay vì người nghèo' } },
      { ...by, before: null, after: { awardCodes: ['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_CHU_TICH_HUYEN'] } },
      { ...by, before: { status: 'DRAFT' }, after: { status: 'ACTIVE' } },
      { ...by, before: { status: 'ACTIVE' }, after: { status: 'CLOSED' } },
    ]);
    expect(await configAudit(platform, 'Movement', officials.id)).toEqual([{ ...by, before: null, after: { name: 'Cán bộ giảm nghèo', nomineeKinds: ['INDIVIDUAL'] } }]);
    expect(await configAudit(platform, 'Period', period.id)).toEqual([{ ...by, before: null, after: { name: 'Năm 2024', policies: expect.arrayContaining(['THREE_TIER', 'DISTRICT_DECISION']) } }]);
    expect(await configAudit(platform, 'Quota', quota.id)).toMatchObject([{ ...by, after: { maxCount: 4 } }]);
  });

  it('a campaign launches only once it has movements, periods and awards (INVALID_STATE until then)', async () => {
    const campaign = await createCampaign('LC-LAUNCH-GUARD');
    const launch = async () => refusalOf(await admin(CHANGE_STATUS, { input: { id: campaign.id, status: 'ACTIVE' } }), 'changeCampaignStatus');
    expect(await launch()).toEqual([['INVALID_STATE', 'status']]);
    await addMovement(campaign.id, 'Tổ tự quản');
    expect(await launch()).toEqual([['INVALID_STATE', 'status']]);
    await addPeriod(campaign.id);
    expect(await launch()).toEqual([['INVALID_STATE', 'status']]);
    expect((await configAudit(platform, 'Campaign', campaign.id)).length).toBe(1);
    expect(dataOf(await admin(CAMPAIGN, { id: campaign.id })).campaign.status).toBe('DRAFT');
    okPayload(await admin(SET_AWARDS, { input: { campaignId: campaign.id, awardCodes: ['BANG_KHEN_CHU_TICH_TINH'] } }), 'setCampaignAwards');
    expect(okPayload(await admin(CHANGE_STATUS, { input: { id: campaign.id, status: 'ACTIVE' } }), 'changeCampaignStatus').campaign.status).toBe('ACTIVE');
  });
});

describe("only an ADMIN over the issuing unit configures Lào Cai's campaign", () => {
  const attempts: [string, string, () => Record<string, unknown>][] = [
    ['createCampaign', CREATE_CAMPAIGN, () => ({ input: { code: 'LC-INTRUDER', name: 'X', startYear: 2024, endYear: 2025, issuingUnitId: units['10'] } })],
    ['applyCampaignTemplate', APPLY_TEMPLATE, () => ({ input: { templateCode: 'VI_NGUOI_NGHEO_2021_2025', issuingUnitId: units['10'], code: 'LC-INTRUDER-2' } })],
    ['addMovement', ADD_MOVEMENT, () => ({ input: { campaignId: draft.id, name: 'X', targetGroup: 'X', nomineeKinds: ['INDIVIDUAL'] } })],
    ['setCampaignAwards', SET_AWARDS, () => ({ input: { campaignId: draft.id, awardCodes: ['BANG_KHEN_CHU_TICH_TINH'] } })],
    ['addPeriod', ADD_PERIOD, () => ({ input: periodInput(draft.id, { kind: 'FINAL', year: 2025, startsOn: '2025-07-01', endsOn: '2025-12-31', submissionOpensOn: '2025-09-01', submissionClosesOn: '2025-10-31' }) })],
    ['setQuota', SET_QUOTA, () => ({ input: { campaignId: draft.id, movementId: draft.movementId, periodKind: 'ANNUAL', nomineeKind: 'INDIVIDUAL', maxCount: 2 } })],
    ['changeCampaignStatus', CHANGE_STATUS, () => ({ input: { id: draft.id, status: 'ACTIVE' } })],
    ['createRoutingPolicy', CREATE_POLICY, () => ({ input: policyInput('LC_INTRUDER', '2024-01-01', '2025-06-30') })],
  ];
  it.each(['nghean.admin', 'laocai.approver'].flatMap((user) => attempts.map(([name, doc, vars]) => [user, name, doc, vars] as const)))(
    '%s: %s → FORBIDDEN, nothing changes',
    async (user, _name, doc, vars) => {
      const before = await footprint();
      expect(topLevelCode(await (await as(platform, user))(doc, vars()))).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    },
  );
});

describe('applyCampaignTemplate reproduces the "Vì người nghèo" plan', () => {
  it('the 2021–2025 movements, no quota (the plans give none), four awards and the periods routed by the law of their day', async () => {
    const res = await admin(APPLY_TEMPLATE, { input: { templateCode: 'VI_NGUOI_NGHEO_2021_2025', issuingUnitId: units['10'], code: 'VNN-LAO-CAI-BAN-SAO' } });
    const campaign = okPayload(res, 'applyCampaignTemplate').campaign;
    expect(campaign).toMatchObject({ code: 'VNN-LAO-CAI-BAN-SAO', status: 'DRAFT', startYear: 2021, endYear: 2025 });
    expect(campaign.movements.map((m: any) => [m.position, m.name, m.nomineeKinds])).toEqual(
      VI_NGUOI_NGHEO_TEMPLATE.movements.map((m, i) => [i, m.name, m.nomineeKinds]),
    );
    expect(campaign.awards.map((a: { code: string }) => a.code).sort()).toEqual(['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_CHU_TICH_HUYEN', 'GIAY_KHEN_CHU_TICH_XA', 'GIAY_KHEN_THU_TRUONG']);
    expect(campaign.quotas).toEqual([]);
    expect(campaign.periods.map((p: any) => p.name)).toEqual(['Năm 2022', 'Sơ kết giữa kỳ năm 2023', 'Năm 2024', 'Tổng kết 2021–2025']);
    for (const p of campaign.periods) expect(p.routingPolicies.length).toBeGreaterThan(0);
  });

  it('applying it again under an existing code → DUPLICATE on code, and no part of it is left behind', async () => {
    const before = await footprint();
    const res = await admin(APPLY_TEMPLATE, { input: { templateCode: 'VI_NGUOI_NGHEO_2021_2025', issuingUnitId: units['10'] } });
    expect(refusalOf(res, 'applyCampaignTemplate')).toEqual([['DUPLICATE', 'code']]);
    expect(await footprint()).toEqual(before);
  });
});

describe('configuration is validated, each fault with its own code, and a refusal leaves nothing behind', () => {
  const ANNUAL_2025 = { year: 2025, name: 'Năm 2025', startsOn: '2025-01-01', endsOn: '2025-06-30' };
  const cases: [string, string, string, () => Record<string, unknown>, [string, string][]][] = [
    ['overlapping windows of one kind (shared last day)', ADD_PERIOD, 'addPeriod', () => ({ input: periodInput(draft.id, { ...ANNUAL_2025, submissionOpensOn: '2024-12-15', submissionClosesOn: '2025-01-15' }) }), [['PERIOD_WINDOW_OVERLAP', 'submissionOpensOn']]],
    ['a DISTRICT stage from 1 July 2025', CREATE_POLICY, 'createRoutingPolicy', () => ({ input: policyInput('LC_AFTER_REFORM', '2025-07-01') }), [['STAGE_LEVEL_UNAVAILABLE', 'stages.0.level']]],
    ['a quota of -1', SET_QUOTA, 'setQuota', () => ({ input: { campaignId: draft.id, movementId: draft.movementId, periodKind: 'ANNUAL', nomineeKind: 'INDIVIDUAL', maxCount: -1 } }), [['QUOTA_NEGATIVE', 'maxCount']]],
    ["the Prime Minister's Bằng khen in a province campaign", SET_AWARDS, 'setCampaignAwards', () => ({ input: { campaignId: draft.id, awardCodes: ['BANG_KHEN_CHU_TICH_TINH', 'BANG_KHEN_THU_TUONG'] } }), [['AWARD_LEVEL_MISMATCH', 'awardCodes']]],
    ['an existing campaign code', CREATE_CAMPAIGN, 'createCampaign', () => ({ input: { code: 'vi_nguoi_ngheo_2021_2025', name: 'X', startYear: 2024, endYear: 2025, issuingUnitId: units['10'] } }), [['DUPLICATE', 'code']]],
    ['a campaign ending before it starts', CREATE_CAMPAIGN, 'createCampaign', () => ({ input: { code: 'LC-BACKWARDS', name: 'X', startYear: 2025, endYear: 2024, issuingUnitId: units['10'] } }), [['INVALID_DATE_RANGE', 'endYear']]],
    ['30 February', ADD_PERIOD, 'addPeriod', () => ({ input: periodInput(draft.id, { ...ANNUAL_2025, startsOn: '2025-02-30', submissionOpensOn: '2025-03-01', submissionClosesOn: '2025-03-31' }) }), [['INVALID_VALUE', 'startsOn']]],
    ['a day written 01/07/2025', ADD_PERIOD, 'addPeriod', () => ({ input: periodInput(draft.id, { ...ANNUAL_2025, submissionClosesOn: '01/07/2025' }) }), [['INVALID_VALUE', 'submissionClosesOn']]],
    ['a period ending before it starts', ADD_PERIOD, 'addPeriod', () => ({ input: periodInput(draft.id, { ...ANNUAL_2025, endsOn: '2024-12-31', submissionOpensOn: '2025-03-01', submissionClosesOn: '2025-03-31' }) }), [['INVALID_DATE_RANGE', 'endsOn']]],
    ['a window closing before it opens', ADD_PERIOD, 'addPeriod', () => ({ input: periodInput(draft.id, { ...ANNUAL_2025, submissionOpensOn: '2025-03-31', submissionClosesOn: '2025-03-01' }) }), [['INVALID_DATE_RANGE', 'submissionClosesOn']]],
    ['a period year outside the campaign', ADD_PERIOD, 'addPeriod', () => ({ input: periodInput(draft.id, { ...ANNUAL_2025, year: 2026, submissionOpensOn: '2025-03-01', submissionClosesOn: '2025-03-31' }) }), [['INVALID_VALUE', 'year']]],
    ['a policy starting on 2025-13-01', CREATE_POLICY, 'createRoutingPolicy', () => ({ input: policyInput('LC_BAD_DAY', '2025-13-01') }), [['INVALID_VALUE', 'effectiveFrom']]],
  ];
  it.each(cases)('%s → %j', async (_label, doc, field, vars, expected) => {
    const before = await footprint();
    expect(refusalOf(await admin(doc, vars()), field)).toEqual(expected);
    expect(await footprint()).toEqual(before);
  });

  it('windows of different kinds may overlap', async () => {
    const midterm = await addPeriod(draft.id, { kind: 'MIDTERM', name: 'Sơ kết 2024', submissionOpensOn: '2024-11-10', submissionClosesOn: '2024-12-20' });
    expect(midterm).toMatchObject({ kind: 'MIDTERM', submissionOpensOn: '2024-11-10' });
  });

  it('a policy with a district stage, in force before the reform, is accepted and audited', async () => {
    const res = await admin(CREATE_POLICY, { input: policyInput('LC_BEFORE_REFORM', '2019-01-01', '2019-12-31') });
    expect(okPayload(res, 'createRoutingPolicy').routingPolicy).toEqual({ code: 'LC_BEFORE_REFORM', stages: [{ key: 'DISTRICT_CHECK', level: 'DISTRICT' }, { key: 'PROVINCE_SIGN', level: 'PROVINCE' }] });
    const em = platform.db.orm.em.fork();
    const policy = await em.findOneOrFail(RoutingPolicyEntity, { code: 'LC_BEFORE_REFORM' });
    expect(await configAudit(platform, 'RoutingPolicy', policy.id)).toMatchObject([{ actor: 'laocai.admin', action: 'CAMPAIGN_CHANGED', after: { code: 'LC_BEFORE_REFORM' } }]);
  });

  // Bug: period.service.ts choosePolicies takes every policy in force by default, so an administrator's
  // own policy (any unit's) makes the default choice hold two policies ending at PROVINCE → DUPLICATE.
  it("an administrator's own policy does not stop periods of its dates from taking the default policies", async () => {
    okPayload(await admin(CREATE_POLICY, { input: policyInput('LC_OWN_2018', '2018-01-01', '2018-12-31') }), 'createRoutingPolicy');
    const campaign = await createCampaign('LC-2018', { startYear: 2018, endYear: 2019 });
    const res = await admin(ADD_PERIOD, { input: periodInput(campaign.id, { year: 2018, name: 'Năm 2018', startsOn: '2018-01-01', endsOn: '2018-12-31', submissionOpensOn: '2018-11-01', submissionClosesOn: '2018-12-15' }) });
    expect(dataOf(res).addPeriod.userErrors).toEqual([]);
  });

  // Bug: quota.service.ts setQuota reads `before` after creating the row, so a new quota is audited
  // as changed from the new value to itself instead of from nothing.
  it('a new quota is audited with no previous value, a replaced one with the old value', async () => {
    const input = { campaignId: draft.id, movementId: draft.movementId, periodKind: 'FINAL', nomineeKind: 'COLLECTIVE', unitLevel: 'DISTRICT', maxCount: 8 };
    const created = okPayload(await admin(SET_QUOTA, { input }), 'setQuota').quota;
    okPayload(await admin(SET_QUOTA, { input: { ...input, maxCount: 5 } }), 'setQuota');
    expect((await configAudit(platform, 'Quota', created.id)).map((e) => [e.before, e.after])).toEqual([
      [null, { maxCount: 8, scope: 'unitLevel', awardCode: null }],
      [{ maxCount: 8 }, { maxCount: 5, scope: 'unitLevel', awardCode: null }],
    ]);
  });
});
