import { User } from '../../server/entities/user.entity';
import { codeOf, createUser, GRANT, refusal, SET_ACTIVE, unitIdOf, userIdOf } from '../support/access-fixtures';
import { ADD_PERIOD, CREATE_CAMPAIGN, CREATE_POLICY, SET_QUOTA } from '../support/campaign-fixtures';
import {
  as, createDraft, dataOf, decideCurrent, loadCatalog, NOMINATION_FIELDS, okPayload, submit, USER_ERROR_FIELDS, type Catalog, type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/** Powers kept where they belong: a province changes nothing outside itself, nobody grants themselves power, a returned nomination keeps its deciding level. */

let platform: TestPlatform;
let laoCaiAdmin: Gql;
let ngheAnAdmin: Gql;
let xuanTang: Gql;
let catalog: Catalog;

const UPDATE = `mutation ($input: UpdateNominationInput!) { updateNomination(input: $input) { nomination { ${NOMINATION_FIELDS} } ${USER_ERROR_FIELDS} } }`;

beforeAll(async () => {
  platform = await startTestPlatform();
  laoCaiAdmin = await as(platform, 'laocai.admin');
  ngheAnAdmin = await as(platform, 'nghean.admin');
  xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(xuanTang);
});
afterAll(() => platform?.stop());

describe('a returned nomination keeps where its pipeline ends', () => {
  it('a province award returned by the district cannot become a district award (AWARD_CHANGES_ROUTING); the award stays', async () => {
    const draft = await createDraft(xuanTang, catalog, { nomineeName: 'Ông Lồ A Chử' });
    const submitted = await submit(xuanTang, draft.id);
    const returned = await decideCurrent(await as(platform, 'laocaicity.reviewer'), submitted, 'RETURN', 'Bổ sung minh chứng');
    expect(returned.status).toBe('RETURNED');
    const res = await xuanTang(UPDATE, { input: { id: draft.id, expectedVersion: returned.version, awardCode: 'GIAY_KHEN_CHU_TICH_HUYEN' } });
    const { userErrors, nomination } = dataOf(res).updateNomination;
    expect([nomination, userErrors.map((e: any) => [e.code, e.field])]).toEqual([null, [['AWARD_CHANGES_ROUTING', 'awardCode']]]);
    expect(userErrors[0].messageVi).toMatch(/cấp huyện|cấp tỉnh/);
    const stored = await platform.db.orm.em.fork().findOneOrFail('Nomination', draft.id, { populate: ['award'] as never });
    expect((stored as any).award.code).toBe('BANG_KHEN_CHU_TICH_TINH');
  });

  it('a draft may still change to an award decided at another level (no pipeline yet)', async () => {
    const draft = await createDraft(xuanTang, catalog, { nomineeName: 'Bà Giàng Thị Dua' });
    const changed = okPayload(await xuanTang(UPDATE, { input: { id: draft.id, expectedVersion: draft.version, awardCode: 'GIAY_KHEN_CHU_TICH_HUYEN' } }), 'updateNomination');
    expect(changed.nomination.award.code).toBe('GIAY_KHEN_CHU_TICH_HUYEN');
  });
});

describe('nobody grants themselves power', () => {
  it.each(['ADMIN', 'APPROVER', 'COUNCIL_MEMBER'])('the province ADMIN granting itself %s in its own province → SELF_GRANT_FORBIDDEN', async (role) => {
    const self = await userIdOf(platform, 'laocai.admin');
    const res = await laoCaiAdmin(GRANT, { input: { userId: self, role, unitId: await unitIdOf(platform, '10') } });
    expect(refusal(res, 'grantRole')).toEqual({ code: 'SELF_GRANT_FORBIDDEN', field: 'userId' });
  });

  it('a role that gives no power over others (OBSERVER) may still be self-granted; another ADMIN may grant APPROVER', async () => {
    const self = await userIdOf(platform, 'laocai.admin');
    okPayload(await laoCaiAdmin(GRANT, { input: { userId: self, role: 'OBSERVER', unitId: await unitIdOf(platform, '080') } }), 'grantRole');
    const clerk = (await createUser(laoCaiAdmin, 'laocai.vice.chair')).id;
    okPayload(await laoCaiAdmin(GRANT, { input: { userId: clerk, role: 'APPROVER', unitId: await unitIdOf(platform, '10') } }), 'grantRole');
  });
});

describe('a province ADMIN changes nothing outside its province', () => {
  it("Lào Cai's campaign cannot set a quota for a unit of Nghệ An (OUTSIDE_OWN_PROVINCE)", async () => {
    const { campaigns } = dataOf(await laoCaiAdmin('{ campaigns { id code movements { id position } } }'));
    const campaign = campaigns.find((c: any) => c.code === 'VI_NGUOI_NGHEO_2021_2025');
    const input = { campaignId: campaign.id, movementId: campaign.movements[0].id, periodKind: 'ANNUAL', nomineeKind: 'HOUSEHOLD', maxCount: 3 };
    const res = await laoCaiAdmin(SET_QUOTA, { input: { ...input, unitId: await unitIdOf(platform, '412') } });
    expect(refusal(res, 'setQuota')).toEqual({ code: 'OUTSIDE_OWN_PROVINCE', field: 'unitId' });
    okPayload(await laoCaiAdmin(SET_QUOTA, { input: { ...input, unitId: await unitIdOf(platform, '080') } }), 'setQuota');
  });

  it("Nghệ An's campaign is not Lào Cai's to configure; Nghệ An's roles are not Lào Cai's to grant", async () => {
    const { campaigns } = dataOf(await laoCaiAdmin('{ campaigns { id code movements { id } } }'));
    const ngheAn = campaigns.find((c: any) => c.code === 'VI_NGUOI_NGHEO_2021_2025_NGHE_AN');
    const res = await laoCaiAdmin(SET_QUOTA, { input: { campaignId: ngheAn.id, movementId: ngheAn.movements[0].id, periodKind: 'ANNUAL', nomineeKind: 'HOUSEHOLD', maxCount: 1 } });
    expect(codeOf(res)).toBe('FORBIDDEN');
    const someone = (await createUser(laoCaiAdmin, 'laocai.newcomer')).id;
    expect(refusal(await laoCaiAdmin(GRANT, { input: { userId: someone, role: 'REVIEWER', unitId: await unitIdOf(platform, '40') } }), 'grantRole')?.code).toBe('ROLE_ABOVE_OWN');
  });

  it("a Lào Cai period cannot follow Nghệ An's own routing policy (OUTSIDE_OWN_PROVINCE)", async () => {
    const stage = (key: string, level: string, role: string, kind: string) => ({ key, name: key, nameVi: key, level, role, kind, deadlineWorkingDays: 10, reminderOffsets: [3, 1] });
    const policy = {
      code: 'NA_OWN_2024', name: 'Nghệ An', effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30', ownerUnitId: await unitIdOf(platform, '40'),
      stages: [stage('DISTRICT_CHECK', 'DISTRICT', 'REVIEWER', 'REVIEW'), stage('PROVINCE_SIGN', 'PROVINCE', 'APPROVER', 'DECISION')],
    };
    okPayload(await ngheAnAdmin(CREATE_POLICY, { input: policy }), 'createRoutingPolicy');
    const input = { code: 'LC-POWERS', name: 'Phong trào thử', issuingUnitId: await unitIdOf(platform, '10'), startYear: 2024, endYear: 2025 };
    const campaign = okPayload(await laoCaiAdmin(CREATE_CAMPAIGN, { input }), 'createCampaign').campaign;
    const period = {
      campaignId: campaign.id, kind: 'ANNUAL', year: 2024, name: 'Năm 2024', startsOn: '2024-01-01', endsOn: '2024-12-31',
      submissionOpensOn: '2024-11-01', submissionClosesOn: '2024-12-15',
    };
    const res = await laoCaiAdmin(ADD_PERIOD, { input: { ...period, routingPolicyCodes: ['NA_OWN_2024'] } });
    expect(refusal(res, 'addPeriod')).toEqual({ code: 'OUTSIDE_OWN_PROVINCE', field: 'routingPolicyCodes' });
    okPayload(await laoCaiAdmin(ADD_PERIOD, { input: period }), 'addPeriod');
  });

  it('a user Nghệ An created (no role yet) and the national administrator are not Lào Cai’s to deactivate', async () => {
    const theirs = (await createUser(ngheAnAdmin, 'nghean.newcomer')).id;
    expect(codeOf(await laoCaiAdmin(SET_ACTIVE, { input: { userId: theirs, active: false } }))).toBe('FORBIDDEN');
    const national = await userIdOf(platform, 'national.admin');
    expect(refusal(await laoCaiAdmin(SET_ACTIVE, { input: { userId: national, active: false } }), 'setUserActive')?.code).toBe('NATIONAL_ADMIN_REQUIRED');
    const em = platform.db.orm.em.fork();
    expect((await em.find(User, { id: { $in: [theirs, national] } })).map((u) => u.active)).toEqual([true, true]);
    okPayload(await ngheAnAdmin(SET_ACTIVE, { input: { userId: theirs, active: false } }), 'setUserActive');
  });
});
