import { Role } from '../../domain/enums';
import { ADD_MOVEMENT, ADD_PERIOD, CHANGE_STATUS, CREATE_CAMPAIGN, catalogOf, refusalOf, SET_AWARDS, topLevelCode, unitIdsByCode } from '../support/campaign-fixtures';
import {
  addUser, as, COMMEND, countNominations, createDraft, dataOf, decideCurrent, draftInput, NOMINATION_FIELDS, okPayload,
  storedNomination, submit, USER_ERROR_FIELDS, type Catalog, type DraftInput, type Gql,
} from '../support/nomination-fixtures';
import { REHEARSED_DAY, startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let xuanTang: Gql;
let admin: Gql;
let units: Record<string, string>;
/** The seeded "Vì người nghèo" campaign: its 2024 period (three tiers) and its final review (two tiers). */
let seeded: Catalog;
let seededFinal: Catalog;
/** A campaign of Tỉnh Lào Cai offering titles with prerequisites; its 2024 period and one after the reform. */
let titles: Catalog;
let titlesAfterReform: Catalog;

const CREATE = `mutation ($input: CreateNominationInput!) { createNomination(input: $input) {
  nomination { ${NOMINATION_FIELDS} gender position workplace memberCount femaleMemberCount householdHead priorAwardCodes } ${USER_ERROR_FIELDS} } }`;
const TASKS = `query ($id: ID!) { nomination(id: $id) { status tasks { stageKey kind status candidateRole unit { code } } } }`;

type Input = DraftInput & { facts?: Record<string, unknown> };
const create = (catalog: Catalog, input: Input, gql = xuanTang) => gql(CREATE, { input: draftInput(catalog, input) });

/** A launched campaign made through the API, with one movement, the given awards and periods. */
async function launchedCampaign(code: string, awardCodes: string[], periods: Record<string, unknown>[], launch = true) {
  const campaign = okPayload(await admin(CREATE_CAMPAIGN, { input: { code, name: `Phong trào ${code}`, startYear: 2024, endYear: 2025, issuingUnitId: units['10'] } }), 'createCampaign').campaign;
  const movement = okPayload(await admin(ADD_MOVEMENT, { input: { campaignId: campaign.id, name: 'Tập thể, cá nhân', targetGroup: 'Cơ quan', nomineeKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] } }), 'addMovement').movement;
  okPayload(await admin(SET_AWARDS, { input: { campaignId: campaign.id, awardCodes } }), 'setCampaignAwards');
  const added: any[] = [];
  for (const period of periods) added.push(okPayload(await admin(ADD_PERIOD, { input: { campaignId: campaign.id, ...period } }), 'addPeriod').period);
  if (launch) okPayload(await admin(CHANGE_STATUS, { input: { id: campaign.id, status: 'ACTIVE' } }), 'changeCampaignStatus');
  return { id: campaign.id, movements: [movement], periods: added };
}
const Y2024 = { kind: 'ANNUAL', year: 2024, name: 'Năm 2024', startsOn: '2024-01-01', endsOn: '2024-12-31', submissionOpensOn: '2024-11-01', submissionClosesOn: '2099-12-31' }; // kept open: tests submit today
const Y2025 = { kind: 'FINAL', year: 2025, name: 'Năm 2025', startsOn: '2025-07-01', endsOn: '2025-12-31', submissionOpensOn: '2025-11-01', submissionClosesOn: '2099-12-30' };

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  admin = await as(platform, 'laocai.admin');
  units = await unitIdsByCode(admin);
  const all = dataOf(await admin('{ campaigns { code periods { id name } movements { id position } } }')).campaigns;
  const demo = all.find((c: { code: string }) => c.code === 'VI_NGUOI_NGHEO_2021_2025');
  seeded = catalogOf(demo, units);
  seededFinal = catalogOf(demo, units, 'Tổng kết 2021–2025');
  const made = await launchedCampaign('LC-DANH-HIEU', ['CO_THI_DUA_TINH', 'CHIEN_SI_THI_DUA_CO_SO', 'LAO_DONG_TIEN_TIEN', 'BANG_KHEN_CHU_TICH_TINH'], [Y2024, Y2025]);
  titles = { ...catalogOf(made, units), movementIds: [made.movements[0].id, made.movements[0].id, made.movements[0].id, made.movements[0].id] };
  titlesAfterReform = { ...titles, periodId: made.periods[1].id };
});
afterAll(() => platform?.stop());

/** Asserts a createNomination refusal and that no nomination was stored. */
async function expectRefused(catalog: Catalog, input: Input, expected: [string, string][]) {
  const before = await countNominations(platform);
  expect(refusalOf(await create(catalog, input), 'createNomination')).toEqual(expected);
  expect(await countNominations(platform)).toBe(before);
}

describe('the award must be one the campaign offers and its pipeline can grant', () => {
  it.each(['BANG_KHEN_THU_TUONG', 'CO_THI_DUA_TINH', 'NO_SUCH_AWARD'])('%s is not offered by "Vì người nghèo" → INVALID_VALUE on awardCode', async (awardCode) => {
    await expectRefused(seeded, { awardCode }, [['INVALID_VALUE', 'awardCode']]);
  });

  it("the commune chair's Giấy khen in 2024 is the commune's own (Law 06/2022 art. 80): its council reviews, its chair decides", async () => {
    const draft = await createDraft(xuanTang, seeded, { awardCode: 'GIAY_KHEN_CHU_TICH_XA' });
    const submitted = await submit(xuanTang, draft.id);
    expect(submitted.currentTask).toMatchObject({ stageKey: 'COMMUNE_COUNCIL_REVIEW', candidateRole: 'REVIEWER', unit: { code: '02656' } });
    expect((await storedNomination(platform, draft.id)).nomination.routingPolicy?.code).toBe('COMMUNE_DECISION');
  });

  it('after 1 July 2025 a commune of the old list nominates no more: UNIT_NOT_IN_FORCE, naming its successor', async () => {
    platform.setSubmissionDay('2025-11-10');
    try {
      const before = await countNominations(platform);
      const res = await create(seededFinal, { awardCode: 'BANG_KHEN_CHU_TICH_TINH' });
      expect(refusalOf(res, 'createNomination')).toEqual([['UNIT_NOT_IN_FORCE', 'unitId']]);
      expect(dataOf(res).createNomination.userErrors[0].messageVi).toContain('đến ngày 30/06/2025');
      expect(await countNominations(platform)).toBe(before);
    } finally {
      platform.setSubmissionDay(REHEARSED_DAY);
    }
  });

  it("the district chair's Giấy khen in 2024 runs DISTRICT_REVIEW → DISTRICT_DECISION, decided by the district's APPROVER", async () => {
    const draft = okPayload(await create(seeded, { awardCode: 'GIAY_KHEN_CHU_TICH_HUYEN', nomineeName: 'Bà Hoàng Thị Lan' }), 'createNomination').nomination;
    const submitted = await submit(xuanTang, draft.id);
    expect(submitted.currentTask).toMatchObject({ stageKey: 'DISTRICT_REVIEW', candidateRole: 'REVIEWER', unit: { code: '080' } });
    expect((await storedNomination(platform, draft.id)).nomination.routingPolicy?.code).toBe('DISTRICT_DECISION');
    const approved = await decideCurrent(await as(platform, 'laocaicity.reviewer'), submitted, 'APPROVE');
    expect(approved).toMatchObject({ status: 'APPROVED', currentTask: { stageKey: 'DISTRICT_DECISION', kind: 'DECISION', candidateRole: 'APPROVER', unit: { code: '080' } } });

    const input = { taskId: approved.currentTask.id, decisionNumber: '215/QĐ-UBND', decisionDate: '2024-12-20' };
    // The province's approver does not sign the district chair's Giấy khen.
    expect(topLevelCode(await (await as(platform, 'laocai.approver'))(COMMEND, { input }))).toBe('FORBIDDEN');
    await addUser(platform, 'laocaicity.approver', Role.APPROVER, '080');
    const commended = okPayload(await (await as(platform, 'laocaicity.approver'))(COMMEND, { input }), 'issueCommendation');
    expect(commended.nomination).toMatchObject({ status: 'COMMENDED', decisionNumber: '215/QĐ-UBND', award: { code: 'GIAY_KHEN_CHU_TICH_HUYEN' } });
    const { tasks } = dataOf(await xuanTang(TASKS, { id: draft.id })).nomination;
    expect(tasks.map((t: any) => [t.stageKey, t.unit.code, t.status])).toEqual([['DISTRICT_REVIEW', '080', 'DONE'], ['DISTRICT_DECISION', '080', 'DONE']]);
  });

  it("the province chair's Bằng khen in 2024 runs the three tiers", async () => {
    const draft = await createDraft(xuanTang, seeded, { awardCode: 'BANG_KHEN_CHU_TICH_TINH' });
    const submitted = await submit(xuanTang, draft.id);
    expect(submitted.currentTask.stageKey).toBe('DISTRICT_REVIEW');
    expect((await storedNomination(platform, draft.id)).nomination.routingPolicy?.code).toBe('THREE_TIER');
    const atProvince = await decideCurrent(await as(platform, 'laocaicity.reviewer'), submitted, 'APPROVE');
    expect(atProvince).toMatchObject({ status: 'IN_REVIEW', currentTask: { stageKey: 'PROVINCE_APPROVAL', unit: { code: '10' } } });
    const atDecision = await decideCurrent(await as(platform, 'laocai.approver'), atProvince, 'APPROVE');
    expect(atDecision).toMatchObject({ status: 'APPROVED', currentTask: { stageKey: 'COMMENDATION_DECISION', kind: 'DECISION', unit: { code: '10' } } });
  });
});

describe('prerequisites and nominee kinds', () => {
  it('a collective proposed for Cờ thi đua without Tập thể lao động xuất sắc → AWARD_PREREQUISITE_MISSING; with it, accepted', async () => {
    const input = { nomineeKind: 'COLLECTIVE', nomineeName: 'Hội Phụ nữ phường Xuân Tăng', awardCode: 'CO_THI_DUA_TINH' };
    await expectRefused(titles, { ...input, facts: { priorAwardCodes: ['GIAY_KHEN_CHU_TICH_HUYEN'] } }, [['AWARD_PREREQUISITE_MISSING', 'priorAwardCodes']]);
    await expectRefused(titles, input, [['AWARD_PREREQUISITE_MISSING', 'priorAwardCodes']]);
    const res = await create(titles, { ...input, facts: { priorAwardCodes: ['TAP_THE_LAO_DONG_XUAT_SAC'] } });
    const nomination = okPayload(res, 'createNomination').nomination;
    expect(nomination).toMatchObject({ status: 'DRAFT', award: { code: 'CO_THI_DUA_TINH' }, priorAwardCodes: ['TAP_THE_LAO_DONG_XUAT_SAC'] });
    expect((await storedNomination(platform, nomination.id)).nomination.priorAwardCodes).toEqual(['TAP_THE_LAO_DONG_XUAT_SAC']);
  });

  it('Chiến sĩ thi đua cơ sở needs Lao động tiên tiến', async () => {
    await expectRefused(titles, { awardCode: 'CHIEN_SI_THI_DUA_CO_SO' }, [['AWARD_PREREQUISITE_MISSING', 'priorAwardCodes']]);
    const res = await create(titles, { awardCode: 'CHIEN_SI_THI_DUA_CO_SO', facts: { priorAwardCodes: ['LAO_DONG_TIEN_TIEN'] } });
    expect(okPayload(res, 'createNomination').nomination.award.code).toBe('CHIEN_SI_THI_DUA_CO_SO');
  });

  it.each([
    ['LAO_DONG_TIEN_TIEN', 'COLLECTIVE'],
    ['LAO_DONG_TIEN_TIEN', 'HOUSEHOLD'],
  ])('%s for a %s → NOMINEE_KIND_NOT_ALLOWED on awardCode', async (awardCode, nomineeKind) => {
    const facts = nomineeKind === 'HOUSEHOLD' ? { householdHead: 'Lò Văn Pao' } : {};
    await expectRefused(titlesAfterReform, { awardCode, nomineeKind, facts }, [['NOMINEE_KIND_NOT_ALLOWED', 'awardCode']]);
  });
});

describe('only an ACTIVE campaign takes nominations', () => {
  it('DRAFT and CLOSED campaigns refuse with CAMPAIGN_NOT_ACTIVE; the ACTIVE one in between accepts', async () => {
    const made = await launchedCampaign('LC-CHUA-PHAT-DONG', ['BANG_KHEN_CHU_TICH_TINH'], [Y2024], false);
    const catalog = { ...catalogOf(made, units), movementIds: Array(4).fill(made.movements[0].id) };
    await expectRefused(catalog, {}, [['CAMPAIGN_NOT_ACTIVE', 'periodId']]);
    okPayload(await admin(CHANGE_STATUS, { input: { id: made.id, status: 'ACTIVE' } }), 'changeCampaignStatus');
    expect(okPayload(await create(catalog, {}), 'createNomination').nomination.status).toBe('DRAFT');
    okPayload(await admin(CHANGE_STATUS, { input: { id: made.id, status: 'CLOSED' } }), 'changeCampaignStatus');
    await expectRefused(catalog, {}, [['CAMPAIGN_NOT_ACTIVE', 'periodId']]);
  });

  // Bug: nomination.service.ts createNomination never relates the nominating commune to the campaign's
  // issuing unit, so a Nghệ An commune files into Tỉnh Lào Cai's campaign (and Nghệ An would review it).
  it("a commune outside the issuing province cannot nominate into its campaign", async () => {
    const before = await countNominations(platform);
    const res = await create(seeded, { nomineeName: 'Ông Nguyễn Văn Vinh' }, await as(platform, 'dongvinh.submitter'));
    const refused = (res.errors?.length ?? 0) > 0 || dataOf(res).createNomination.userErrors.length > 0;
    expect(refused).toBe(true);
    expect(await countNominations(platform)).toBe(before);
  });

  // Bug: pipeline.service.ts submitNomination never looks at the campaign's status, so a draft made
  // while the campaign ran is still sent into review after the campaign is CLOSED.
  it('a draft made while the campaign ran cannot be submitted once it is CLOSED', async () => {
    const made = await launchedCampaign('LC-DA-KET-THUC', ['BANG_KHEN_CHU_TICH_TINH'], [Y2024]);
    const draft = await createDraft(xuanTang, { ...catalogOf(made, units), movementIds: Array(4).fill(made.movements[0].id) });
    okPayload(await admin(CHANGE_STATUS, { input: { id: made.id, status: 'CLOSED' } }), 'changeCampaignStatus');
    await expect(submit(xuanTang, draft.id)).rejects.toThrow(/"code":"CAMPAIGN_NOT_ACTIVE"/);
    expect((await storedNomination(platform, draft.id)).nomination.status).toBe('DRAFT');
  });
});

describe('nominee facts', () => {
  const FACTS = {
    gender: 'FEMALE', position: 'Cán bộ giảm nghèo', workplace: 'UBND phường Xuân Tăng', memberCount: 12, femaleMemberCount: 9,
    householdHead: 'Lò Văn Pao', priorAwardCodes: ['GIAY_KHEN_CHU_TICH_XA'],
  };
  const NONE = { gender: null, position: null, workplace: null, memberCount: null, femaleMemberCount: null, householdHead: null };
  it.each([
    ['INDIVIDUAL', 3, { gender: 'FEMALE', position: 'Cán bộ giảm nghèo', workplace: 'UBND phường Xuân Tăng' }],
    ['COLLECTIVE', 3, { memberCount: 12, femaleMemberCount: 9 }],
    ['HOUSEHOLD', 0, { householdHead: 'Lò Văn Pao' }],
  ])('a %s keeps the facts of its kind, stored and returned', async (nomineeKind, movementIndex, kept) => {
    const res = await create(seeded, { nomineeKind, movementIndex, facts: FACTS });
    const nomination = okPayload(res, 'createNomination').nomination;
    const expected = { ...NONE, ...kept, priorAwardCodes: ['GIAY_KHEN_CHU_TICH_XA'] };
    expect(nomination).toMatchObject(expected);
    const read = dataOf(await xuanTang(`query ($id: ID!) { nomination(id: $id) { gender position workplace memberCount femaleMemberCount householdHead priorAwardCodes } }`, { id: nomination.id }));
    expect(read.nomination).toEqual(expected);
    expect((await storedNomination(platform, nomination.id)).nomination).toMatchObject(expected);
  });

  it.each([
    ['more women than members', 'COLLECTIVE', 3, { memberCount: 10, femaleMemberCount: 11 }, [['INVALID_VALUE', 'facts.femaleMemberCount']]],
    ['a household without its head', 'HOUSEHOLD', 0, {}, [['REQUIRED', 'householdHead']]],
  ] as const)('%s → refused, nothing stored', async (_label, nomineeKind, movementIndex, facts, expected) => {
    await expectRefused(seeded, { nomineeKind, movementIndex, facts }, expected as unknown as [string, string][]);
  });
});
