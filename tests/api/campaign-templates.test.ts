import { Campaign } from '../../server/entities/campaign.entity';
import { Period } from '../../server/entities/period.entity';
import { Quota } from '../../server/entities/quota.entity';
import { seedCurrentCampaign } from '../../server/seeds/current-campaign.seed';
import { TINH_BIEN_2016_2020_TEMPLATE as TINH_BIEN } from '../../server/campaign-templates/tinh-bien-2016-2020.template';
import { VI_NGUOI_NGHEO_TEMPLATE as VNN } from '../../server/campaign-templates/vi-nguoi-ngheo.template';
import { vietnamToday } from '../../server/auth/viewer';
import { periodWorkflowId } from '../../workflows/period.messages';
import { unitIdsByCode } from '../support/campaign-fixtures';
import { as, dataOf, okPayload, USER_ERROR_FIELDS, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let admin: Gql;
let units: Record<string, string>;

const APPLY = `mutation ($input: ApplyCampaignTemplateInput!) { applyCampaignTemplate(input: $input) { campaign {
  id code name description status startYear endYear movements { position name targetGroup nomineeKinds } awards { code }
  periods { kind year name startsOn endsOn submissionOpensOn submissionClosesOn }
  quotas { periodKind nomineeKind maxCount decidingLevel unitLevel unit { code } movement { position } } } ${USER_ERROR_FIELDS} } }`;

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  admin = await as(platform, 'laocai.admin');
  units = await unitIdsByCode(admin);
});
afterAll(() => platform?.stop());

async function apply(templateCode: string, unitCode: string, code: string) {
  const res = await admin(APPLY, { input: { templateCode, issuingUnitId: units[unitCode], code } });
  return okPayload(res, 'applyCampaignTemplate').campaign;
}

/** The quotas as stored, with the award form the API does not show yet. */
async function storedQuotas(campaignId: string) {
  const rows = await platform.db.orm.em.fork().find(Quota, { campaign: campaignId }, { populate: ['award', 'movement'] });
  return rows.map((q) => `${q.movement.position}/${q.periodKind}/${q.nomineeKind}=${q.maxCount} ${q.award?.code}@${q.decidingLevel}`).sort();
}

describe('an officer applies the Tịnh Biên 2016–2020 template', () => {
  it('at a district: the six sub-movements as written, 2018, 2019 and the 2020 review, the district chair’s Giấy khen with its quotas', async () => {
    const campaign = await apply(TINH_BIEN.code, '080', 'TB-TP-LAO-CAI');
    expect(campaign).toMatchObject({ name: 'Chung tay vì người nghèo - không để ai bị bỏ lại phía sau', status: 'DRAFT', startYear: 2016, endYear: 2020 });
    expect(campaign.movements.map((m: any) => [m.name, m.targetGroup, m.nomineeKinds])).toEqual(TINH_BIEN.movements.map((m) => [m.name, m.targetGroup, m.nomineeKinds]));
    expect(campaign.periods.map((p: any) => `${p.kind} ${p.year} ${p.name}`)).toEqual(['ANNUAL 2018 Năm 2018', 'ANNUAL 2019 Năm 2019', 'FINAL 2020 Tổng kết cuối giai đoạn 2016 – 2020']);
    // Province and state awards follow An Giang's plan 597/KH-UBND: a district campaign does not offer them.
    expect(campaign.awards.map((a: any) => a.code)).toEqual(['GIAY_KHEN_CHU_TICH_HUYEN']);
    expect(campaign.description).toContain('597/KH-UBND');
    for (const q of campaign.quotas) expect(q).toMatchObject({ decidingLevel: 'DISTRICT', unitLevel: null, unit: null });
    const G = 'GIAY_KHEN_CHU_TICH_HUYEN@DISTRICT';
    expect(await storedQuotas(campaign.id)).toEqual([
      `0/ANNUAL/INDIVIDUAL=6 ${G}`, `0/FINAL/INDIVIDUAL=15 ${G}`,
      `1/ANNUAL/COLLECTIVE=3 ${G}`, `1/FINAL/COLLECTIVE=8 ${G}`,
      `2/ANNUAL/COLLECTIVE=3 ${G}`, `2/FINAL/COLLECTIVE=8 ${G}`,
      `3/ANNUAL/COLLECTIVE=3 ${G}`, `3/ANNUAL/INDIVIDUAL=6 ${G}`, `3/FINAL/COLLECTIVE=8 ${G}`, `3/FINAL/INDIVIDUAL=15 ${G}`,
      `4/ANNUAL/INDIVIDUAL=6 ${G}`, `4/FINAL/INDIVIDUAL=15 ${G}`,
      `5/ANNUAL/COLLECTIVE=3 ${G}`, `5/ANNUAL/INDIVIDUAL=6 ${G}`, `5/FINAL/COLLECTIVE=8 ${G}`, `5/FINAL/INDIVIDUAL=15 ${G}`,
    ].sort());
    expect(campaign.quotas.some((q: any) => q.nomineeKind === 'HOUSEHOLD')).toBe(false);
  });

  it("at a province: each district chair's quota, and the province chair's Bằng khen offered without one", async () => {
    const campaign = await apply(TINH_BIEN.code, '10', 'TB-TINH-LAO-CAI');
    expect(campaign.awards.map((a: any) => a.code).sort()).toEqual(['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_CHU_TICH_HUYEN']);
    expect((await storedQuotas(campaign.id)).every((q) => q.endsWith('GIAY_KHEN_CHU_TICH_HUYEN@DISTRICT'))).toBe(true);
  });
});

describe('an officer applies the 2021–2025 template', () => {
  it('the groups of the 2021–2025 plans, 2022, sơ kết 2023, 2024 and the 2025 tổng kết, four awards and no quota', async () => {
    const campaign = await apply(VNN.code, '10', 'VNN-2021-2025-BAN-SAO');
    expect(campaign).toMatchObject({ startYear: 2021, endYear: 2025 });
    expect(campaign.movements.map((m: any) => [m.position, m.name, m.targetGroup])).toEqual(VNN.movements.map((m, i) => [i, m.name, m.targetGroup]));
    expect(campaign.periods.map((p: any) => [p.kind, p.name, p.startsOn, p.endsOn])).toEqual([
      ['ANNUAL', 'Năm 2022', '2022-01-01', '2022-12-31'],
      ['MIDTERM', 'Sơ kết giữa kỳ năm 2023', '2023-01-01', '2023-12-31'],
      ['ANNUAL', 'Năm 2024', '2024-01-01', '2024-12-31'],
      ['FINAL', 'Tổng kết 2021–2025', '2025-01-01', '2025-12-31'],
    ]);
    expect(campaign.awards.map((a: any) => a.code).sort()).toEqual(['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_CHU_TICH_HUYEN', 'GIAY_KHEN_CHU_TICH_XA', 'GIAY_KHEN_THU_TRUONG']);
    expect(campaign.quotas).toEqual([]);
  });
});

describe('the seed loads', () => {
  it("Tịnh Biên's own plan, issued by the district and closed", async () => {
    const { campaigns } = dataOf(await admin('{ campaigns { code status issuingUnit { code } awards { code } } }'));
    expect(campaigns.find((c: any) => c.code === TINH_BIEN.code)).toEqual({ code: TINH_BIEN.code, status: 'CLOSED', issuingUnit: { code: '890' }, awards: [{ code: 'GIAY_KHEN_CHU_TICH_HUYEN' }] });
  });

  it("the current campaign with its period workflow running; seeding again starts nothing twice", async () => {
    const em = platform.db.orm.em.fork();
    const launch = { temporal: platform.temporal, config: platform.config };
    const campaign = await em.findOneOrFail(Campaign, { code: `THI_DUA_THUONG_XUYEN_${vietnamToday().slice(0, 4)}` });
    const workflowId = periodWorkflowId((await em.findOneOrFail(Period, { campaign })).id);
    expect(await seedCurrentCampaign(em, launch)).toEqual({ created: 0, started: [workflowId] });
    const described = await platform.temporal.workflow.getHandle(workflowId).describe();
    expect(described.status.name).toBe('RUNNING');
    expect(await seedCurrentCampaign(platform.db.orm.em.fork(), launch)).toEqual({ created: 0, started: [] });
    expect((await platform.temporal.workflow.getHandle(workflowId).describe()).runId).toBe(described.runId);
    await platform.temporal.workflow.getHandle(workflowId).terminate('test over');
  });
});
