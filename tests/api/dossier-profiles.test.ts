import { ADD_MOVEMENT, ADD_PERIOD, CHANGE_STATUS, CREATE_CAMPAIGN, CREATE_POLICY, catalogOf, refusalOf, SET_AWARDS, topLevelCode, unitIdsByCode } from '../support/campaign-fixtures';
import { dossierRequirementsOf, putBytes, REQUEST_UPLOAD, requestUpload, samplePdf, uploadDocument, uploadInput } from '../support/dossier-fixtures';
import { as, CLAIM, createDraft, dataOf, DECIDE, okPayload, SUBMIT, submit, type Catalog, type DraftInput, type Gql } from '../support/nomination-fixtures';
import { recordStatements } from '../support/statement-recorder';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let xuanTang: Gql;
let admin: Gql;
let cityReviewer: Gql;
let provinceApprover: Gql;
let units: Record<string, string>;
/** A Lào Cai campaign offering titles and forms to individuals and households; its "Năm 2024" (three tiers). */
let catalog: Catalog;
/** The same awards in a period that also holds Lào Cai's simplified policy for đột xuất deeds. */
let simplified: Catalog;

const PROFILE_FIELDS = 'id awardCode nomineeKind commendationKind requiredSlots levelDocumentsRequired';
const SET_PROFILE = `mutation ($input: SetDossierProfileInput!) { setDossierProfile(input: $input) {
  dossierProfile { ${PROFILE_FIELDS} } userErrors { code field message messageVi } } }`;
const REMOVE_PROFILE = `mutation ($input: RemoveDossierProfileInput!) { removeDossierProfile(input: $input) {
  dossierProfile { id } userErrors { code field message messageVi } } }`;
const PROFILES = `query ($provinceId: ID!) { dossierProfiles(provinceId: $provinceId) { ${PROFILE_FIELDS} } }`;
const STAGES = `query ($id: ID!) { nomination(id: $id) { tasks { stageKey } } }`;

const Y2024 = { kind: 'ANNUAL', year: 2024, name: 'Năm 2024', startsOn: '2024-01-01', endsOn: '2024-12-31', submissionOpensOn: '2024-11-01', submissionClosesOn: '2099-12-31' };
const AWARDS = ['LAO_DONG_TIEN_TIEN', 'CHIEN_SI_THI_DUA_CO_SO', 'GIAY_KHEN_CHU_TICH_XA', 'BANG_KHEN_CHU_TICH_TINH'];

/** A launched Lào Cai campaign made through the API: one movement for individuals and households, one 2024 period. */
async function launchedCampaign(code: string, routingPolicyCodes: string[] | null = null): Promise<Catalog> {
  const campaign = okPayload(await admin(CREATE_CAMPAIGN, { input: { code, name: `Phong trào ${code}`, startYear: 2024, endYear: 2025, issuingUnitId: units['10'] } }), 'createCampaign').campaign;
  const movement = okPayload(await admin(ADD_MOVEMENT, { input: { campaignId: campaign.id, name: 'Cá nhân, hộ gia đình', targetGroup: 'Cá nhân, hộ gia đình', nomineeKinds: ['INDIVIDUAL', 'HOUSEHOLD'] } }), 'addMovement').movement;
  okPayload(await admin(SET_AWARDS, { input: { campaignId: campaign.id, awardCodes: AWARDS } }), 'setCampaignAwards');
  const period = okPayload(await admin(ADD_PERIOD, { input: { campaignId: campaign.id, ...Y2024, routingPolicyCodes } }), 'addPeriod').period;
  okPayload(await admin(CHANGE_STATUS, { input: { id: campaign.id, status: 'ACTIVE' } }), 'changeCampaignStatus');
  return { ...catalogOf({ periods: [period], movements: [movement] }, units), movementIds: Array(4).fill(movement.id) };
}

const stage = (key: string, nameVi: string, kind: string) => ({
  key, name: key, nameVi, level: 'PROVINCE', role: 'APPROVER', kind, deadlineWorkingDays: 5, reminderOffsets: [1],
});

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  admin = await as(platform, 'laocai.admin');
  cityReviewer = await as(platform, 'laocaicity.reviewer');
  provinceApprover = await as(platform, 'laocai.approver');
  units = await unitIdsByCode(admin);
  catalog = await launchedCampaign('LC-HO-SO');
  const policy = {
    code: 'LC_DOT_XUAT', name: 'Thủ tục đơn giản (đột xuất)', effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30', ownerUnitId: units['10'], simplified: true,
    stages: [stage('PROVINCE_QUICK_REVIEW', 'Tỉnh xét theo thủ tục đơn giản', 'REVIEW'), stage('PROVINCE_QUICK_DECISION', 'Chủ tịch UBND tỉnh quyết định', 'DECISION')],
  };
  okPayload(await admin(CREATE_POLICY, { input: policy }), 'createRoutingPolicy');
  simplified = await launchedCampaign('LC-DOT-XUAT', ['THREE_TIER', 'LC_DOT_XUAT']);
});
afterAll(() => platform?.stop());

let serial = 0;
/** A draft of Phường Xuân Tăng, each for a nominee of its own. */
const draft = (input: DraftInput & Record<string, unknown>, on = catalog) =>
  createDraft(xuanTang, on, { nomineeName: `Nguyễn Văn Hồ Sơ ${++serial}`, ...input } as DraftInput);
const slotsOf = async (id: string) => (await dossierRequirementsOf(xuanTang, id)).map((r) => [r.slot, r.stageKey, r.filled]);
const upload = (gql: Gql, nominationId: string, slot: string, stageKey?: string) =>
  gql(REQUEST_UPLOAD, { input: uploadInput({ nominationId, slot, fileName: `${slot.toLowerCase()}.pdf`, ...(stageKey ? { stageKey } : {}) }) });
/** A stage's own document, requested and PUT by a holder of its task. */
async function attachForStage(gql: Gql, nominationId: string, slot: string, stageKey: string) {
  const bytes = samplePdf(`${slot} ${stageKey}`);
  const { uploadUrl, document } = await requestUpload(gql, { nominationId, slot, stageKey, fileName: `${slot.toLowerCase()}.pdf` }, bytes);
  expect((await putBytes(uploadUrl, bytes)).status).toBe(201);
  return document;
}
const decide = (gql: Gql, task: { id: string; round: number }, decision = 'APPROVE') =>
  gql(DECIDE, { input: { taskId: task.id, round: task.round, decision } });

describe('the dossier follows the award and the nominee kind (built-in profiles)', () => {
  it('Lao động tiên tiến asks for the submission and the minutes, and submits without an achievement report', async () => {
    const { id } = await draft({ awardCode: 'LAO_DONG_TIEN_TIEN' });
    expect(await slotsOf(id)).toEqual([['SUBMISSION_LETTER', null, false], ['REVIEW_MINUTES', null, false]]);
    for (const slot of ['SUBMISSION_LETTER', 'REVIEW_MINUTES']) await uploadDocument(xuanTang, id, slot);
    const submitted = okPayload(await xuanTang(SUBMIT, { id }), 'submitNomination').nomination;
    expect(submitted).toMatchObject({ status: 'IN_REVIEW', currentTask: { stageKey: 'COMMUNE_COUNCIL_REVIEW' } });
  });

  it('Chiến sĩ thi đua cơ sở is refused without the recognised initiative, named in the message, and accepted with it', async () => {
    const { id } = await draft({ awardCode: 'CHIEN_SI_THI_DUA_CO_SO', facts: { priorAwardCodes: ['LAO_DONG_TIEN_TIEN'] } });
    for (const slot of ['SUBMISSION_LETTER', 'ACHIEVEMENT_REPORT', 'REVIEW_MINUTES']) await uploadDocument(xuanTang, id, slot);
    const refused = await xuanTang(SUBMIT, { id });
    expect(refusalOf(refused, 'submitNomination')).toEqual([['DOSSIER_INCOMPLETE', 'documents']]);
    const [error] = dataOf(refused).submitNomination.userErrors;
    expect(error.messageVi).toBe('Hồ sơ còn thiếu giấy chứng nhận hoặc quyết định công nhận sáng kiến.');
    expect(error.message).toContain("recognition of the nominee's initiative");
    await uploadDocument(xuanTang, id, 'INITIATIVE_RECOGNITION');
    expect(await slotsOf(id)).toEqual(['SUBMISSION_LETTER', 'ACHIEVEMENT_REPORT', 'REVIEW_MINUTES', 'INITIATIVE_RECOGNITION'].map((s) => [s, null, true]));
    expect(okPayload(await xuanTang(SUBMIT, { id }), 'submitNomination').nomination.status).toBe('IN_REVIEW');
  });

  it("a household fills its own report form instead of the achievement report", async () => {
    const { id } = await draft({ awardCode: 'GIAY_KHEN_CHU_TICH_XA', movementIndex: 0, nomineeKind: 'HOUSEHOLD', facts: { householdHead: 'Nguyễn Văn Hộ' } });
    for (const slot of ['SUBMISSION_LETTER', 'ACHIEVEMENT_REPORT', 'REVIEW_MINUTES']) await uploadDocument(xuanTang, id, slot);
    const refused = await xuanTang(SUBMIT, { id });
    expect(refusalOf(refused, 'submitNomination')).toEqual([['DOSSIER_INCOMPLETE', 'documents']]);
    expect(dataOf(refused).submitNomination.userErrors[0].messageVi).toBe('Hồ sơ còn thiếu báo cáo thành tích của hộ gia đình.');
    await uploadDocument(xuanTang, id, 'HOUSEHOLD_REPORT');
    expect(okPayload(await xuanTang(SUBMIT, { id }), 'submitNomination').nomination.status).toBe('IN_REVIEW');
  });
});

describe('the simplified procedure for đột xuất deeds', () => {
  it('a đột xuất nomination takes the short dossier and the simplified policy; a công trạng one the normal route', async () => {
    const quick = await draft({ awardCode: 'BANG_KHEN_CHU_TICH_TINH', commendationKind: 'DOT_XUAT' }, simplified);
    expect(await slotsOf(quick.id)).toEqual([['SUBMISSION_LETTER', null, false], ['ACHIEVEMENT_SUMMARY', null, false]]);
    const fast = await submit(xuanTang, quick.id);
    expect(fast.currentTask).toMatchObject({ stageKey: 'PROVINCE_QUICK_REVIEW', unit: { code: '10' } });

    const usual = await submit(xuanTang, (await draft({ awardCode: 'BANG_KHEN_CHU_TICH_TINH' }, simplified)).id);
    expect(usual.currentTask).toMatchObject({ stageKey: 'DISTRICT_REVIEW', unit: { code: '080' } });

    const approved = okPayload(await decide(provinceApprover, fast.currentTask), 'decideTask').nomination;
    expect(approved.currentTask).toMatchObject({ stageKey: 'PROVINCE_QUICK_DECISION', kind: 'DECISION' });
    expect(dataOf(await xuanTang(STAGES, { id: quick.id })).nomination.tasks.map((t: { stageKey: string }) => t.stageKey).sort()).toEqual(['PROVINCE_QUICK_DECISION', 'PROVINCE_QUICK_REVIEW']);
  });

  it('without a simplified policy in the period, a đột xuất nomination follows the normal route', async () => {
    const submitted = await submit(xuanTang, (await draft({ awardCode: 'BANG_KHEN_CHU_TICH_TINH', commendationKind: 'DOT_XUAT' })).id);
    expect(submitted.currentTask).toMatchObject({ stageKey: 'DISTRICT_REVIEW' });
  });
});

describe("a province's own profile: each reviewing level attaches its submission letter and minutes", () => {
  let profileId: string;

  it('only an administrator of a province sets one', async () => {
    expect(topLevelCode(await cityReviewer(SET_PROFILE, { input: { provinceId: units['10'], levelDocumentsRequired: true } }))).toBe('FORBIDDEN');
    expect(refusalOf(await admin(SET_PROFILE, { input: { provinceId: units['080'], levelDocumentsRequired: true } }), 'setDossierProfile')).toEqual([['INVALID_VALUE', 'provinceId']]);
    expect(refusalOf(await admin(SET_PROFILE, { input: { provinceId: units['10'], requiredSlots: [] } }), 'setDossierProfile')).toEqual([['INVALID_VALUE', 'requiredSlots']]);
    const set = okPayload(await admin(SET_PROFILE, { input: { provinceId: units['10'], levelDocumentsRequired: true } }), 'setDossierProfile');
    expect(set.dossierProfile).toMatchObject({ awardCode: null, nomineeKind: null, requiredSlots: null, levelDocumentsRequired: true });
    profileId = set.dossierProfile.id;
    expect(dataOf(await xuanTang(PROFILES, { provinceId: units['10'] })).dossierProfiles).toEqual([set.dossierProfile]);
  });

  it('forwarding is refused until the district, then the province, has stored its own two documents', async () => {
    const { id } = await draft({ awardCode: 'BANG_KHEN_CHU_TICH_TINH' });
    const atDistrict = await submit(xuanTang, id);
    const task = atDistrict.currentTask;
    expect(task).toMatchObject({ stageKey: 'DISTRICT_REVIEW', unit: { code: '080' } });
    expect((await slotsOf(id)).slice(3)).toEqual([['SUBMISSION_LETTER', 'DISTRICT_REVIEW', false], ['REVIEW_MINUTES', 'DISTRICT_REVIEW', false]]);

    // The commune's dossier is frozen, and the level's documents are not the commune's to add.
    expect(refusalOf(await upload(xuanTang, id, 'REVIEW_MINUTES'), 'requestDocumentUpload')).toEqual([['DOCUMENT_FROZEN', 'nominationId']]);
    expect(topLevelCode(await upload(xuanTang, id, 'REVIEW_MINUTES', 'DISTRICT_REVIEW'))).toBe('FORBIDDEN');

    okPayload(await cityReviewer(CLAIM, { taskId: task.id }), 'claimTask');
    const refused = await decide(cityReviewer, task);
    expect(refusalOf(refused, 'decideTask')).toEqual([['LEVEL_DOCUMENTS_MISSING', 'taskId']]);
    expect(dataOf(refused).decideTask.userErrors[0].messageVi).toBe(
      'Chưa thể chuyển hồ sơ lên cấp trên: bước "Huyện xét duyệt" (Thành phố Lào Cai) chưa có tờ trình đề nghị khen thưởng và biên bản họp xét của cấp mình.',
    );
    expect(dataOf(refused).decideTask.userErrors[0].message).toContain('District review (Thành phố Lào Cai)');

    expect(refusalOf(await upload(cityReviewer, id, 'ACHIEVEMENT_REPORT', 'DISTRICT_REVIEW'), 'requestDocumentUpload')).toEqual([['INVALID_VALUE', 'slot']]);
    const letter = await attachForStage(cityReviewer, id, 'SUBMISSION_LETTER', 'DISTRICT_REVIEW');
    expect(letter).toMatchObject({ slot: 'SUBMISSION_LETTER', version: 1, uploadedBy: { username: 'laocaicity.reviewer' } });
    const stillMissing = await decide(cityReviewer, task);
    expect(dataOf(stillMissing).decideTask.userErrors[0].messageVi).toContain('chưa có biên bản họp xét của cấp mình');
    await attachForStage(cityReviewer, id, 'REVIEW_MINUTES', 'DISTRICT_REVIEW');

    const atProvince = okPayload(await decide(cityReviewer, task), 'decideTask').nomination;
    expect(atProvince.currentTask).toMatchObject({ stageKey: 'PROVINCE_APPROVAL', unit: { code: '10' } });
    expect((await slotsOf(id)).slice(3)).toEqual([['SUBMISSION_LETTER', 'PROVINCE_APPROVAL', false], ['REVIEW_MINUTES', 'PROVINCE_APPROVAL', false]]);
    // The district's stage is over: it attaches nothing more.
    expect(refusalOf(await upload(cityReviewer, id, 'REVIEW_MINUTES', 'DISTRICT_REVIEW'), 'requestDocumentUpload')).toEqual([['INVALID_STATE', 'stageKey']]);

    expect(refusalOf(await decide(provinceApprover, atProvince.currentTask), 'decideTask')).toEqual([['LEVEL_DOCUMENTS_MISSING', 'taskId']]);
    for (const slot of ['SUBMISSION_LETTER', 'REVIEW_MINUTES']) await attachForStage(provinceApprover, id, slot, 'PROVINCE_APPROVAL');
    const toDecision = okPayload(await decide(provinceApprover, atProvince.currentTask), 'decideTask').nomination;
    expect(toDecision).toMatchObject({ status: 'APPROVED', currentTask: { stageKey: 'COMMENDATION_DECISION', kind: 'DECISION' } });

    const documents = dataOf(await xuanTang(`query ($id: ID!) { nomination(id: $id) { documents { slot stageKey } } }`, { id })).nomination.documents;
    expect(documents.filter((d: { stageKey: string | null }) => d.stageKey).length).toBe(4);
    expect(documents.filter((d: { stageKey: string | null }) => !d.stageKey).length).toBe(3);
  });

  it("the commune's own council adds nothing: a Lao động tiên tiến forwards to its chair as before", async () => {
    const submitted = await submit(xuanTang, (await draft({ awardCode: 'LAO_DONG_TIEN_TIEN' })).id);
    expect(submitted.currentTask).toMatchObject({ stageKey: 'COMMUNE_COUNCIL_REVIEW', unit: { code: '02656' } });
    expect((await slotsOf(submitted.id)).every(([, stageKey]) => stageKey === null)).toBe(true);
  });

  it('a page of nominations reads its dossier requirements in the same few statements for 2 rows as for all', async () => {
    const pending = await submit(xuanTang, (await draft({ awardCode: 'BANG_KHEN_CHU_TICH_TINH' })).id);
    const query = `query ($first: Int, $filter: NominationFilter) { nominations(first: $first, filter: $filter) {
      edges { node { id dossierRequirements { slot stageKey stageName filled } } } } }`;
    const variables = (first: number) => ({ first, filter: { periodId: catalog.periodId } });
    await platform.stopWorker();
    const recorder = recordStatements();
    try {
      const read = async (first: number) => {
        let rows: { node: { id: string; dossierRequirements: unknown[] } }[] = [];
        const statements = await recorder.during(async () => (rows = dataOf(await admin(query, variables(first))).nominations.edges));
        return { rows, statements: statements.length };
      };
      const [small, large] = [await read(2), await read(50)];
      expect(small.rows).toHaveLength(2);
      expect(large.rows.length).toBeGreaterThan(5);
      expect(large.statements).toBe(small.statements);
      const listed = large.rows.find((r) => r.node.id === pending.id)!.node.dossierRequirements;
      expect(listed).toEqual(await dossierRequirementsOf(xuanTang, pending.id));
      expect(listed).toHaveLength(5);
    } finally {
      recorder.restore();
      await platform.startWorker();
    }
  });

  it('once the profile is removed, levels forward without documents of their own again', async () => {
    expect(okPayload(await admin(REMOVE_PROFILE, { input: { id: profileId } }), 'removeDossierProfile').dossierProfile.id).toBe(profileId);
    expect(dataOf(await xuanTang(PROFILES, { provinceId: units['10'] })).dossierProfiles).toEqual([]);
    expect(refusalOf(await admin(REMOVE_PROFILE, { input: { id: profileId } }), 'removeDossierProfile')).toEqual([['NOT_FOUND', 'id']]);
    const submitted = await submit(xuanTang, (await draft({ awardCode: 'BANG_KHEN_CHU_TICH_TINH' })).id);
    const forwarded = okPayload(await decide(cityReviewer, submitted.currentTask), 'decideTask').nomination;
    expect(forwarded.currentTask).toMatchObject({ stageKey: 'PROVINCE_APPROVAL' });
  });
});
