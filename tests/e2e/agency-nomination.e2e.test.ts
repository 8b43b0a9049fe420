import { Decision, NomineeKind, PeriodKind, type Client } from '../../client-sdk/index';
import { Role } from '../../domain/enums';
import { addUser } from '../support/nomination-fixtures';
import { sdkAs, thisYear } from '../support/round-fixtures';
import { uploadRequiredDocuments } from '../support/sdk-dossier';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Nominating organisations through the SDK (issue 10): a Sở nominates its people for the province
 * chair's Bằng khen (routing starts at its level, the province) and for its director's own Giấy khen
 * (its council and director, at the Sở); a commune proposes its chair's Giấy khen after the reform.
 */
let platform: TestPlatform;
let as: (username: string) => Promise<Client>;
let periodId: string;
let movementId: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  platform.setSubmissionDay(null);
  as = sdkAs(platform);
  const admin = await as('laocai2025.admin');
  const province = (await admin.adminUnits({ filter: { code: '15', validOn: `${thisYear}-01-01` } })).adminUnits.edges[0].node;
  const { createCampaign } = await admin.createCampaign({
    input: { code: 'E2E-CO-QUAN', name: 'Vì người nghèo (cơ quan)', startYear: thisYear, endYear: thisYear, issuingUnitId: province.id },
  });
  const campaignId = createCampaign.campaign!.id;
  const { addMovement } = await admin.addMovement({
    input: { campaignId, name: 'Đồng thuận hợp tác, trách nhiệm vì người nghèo', targetGroup: 'Tập thể, cá nhân các cơ quan', nomineeKinds: [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE] },
  });
  movementId = addMovement.movement!.id;
  await admin.setCampaignAwards({ input: { campaignId, awardCodes: ['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_THU_TRUONG', 'GIAY_KHEN_CHU_TICH_XA'] } });
  const days = { startsOn: `${thisYear}-01-01`, endsOn: `${thisYear}-12-31`, submissionOpensOn: `${thisYear}-01-01`, submissionClosesOn: `${thisYear}-12-31` };
  const { addPeriod } = await admin.addPeriod({ input: { campaignId, kind: PeriodKind.ANNUAL, year: thisYear, name: `Năm ${thisYear}`, ...days } });
  expect(addPeriod.userErrors).toEqual([]);
  periodId = addPeriod.period!.id;
  expect((await admin.changeCampaignStatus({ input: { id: campaignId, status: 'ACTIVE' } })).changeCampaignStatus.userErrors).toEqual([]);
  await addUser(platform, 'soyte.reviewer', Role.REVIEWER, 'SYT-15');
});
afterAll(() => platform?.stop());

async function nominate(username: string, awardCode: string, nomineeName: string) {
  const officer = await as(username);
  const { createNomination } = await officer.createNomination({
    input: { periodId, movementId, nomineeKind: NomineeKind.INDIVIDUAL, nomineeName, achievements: 'Vận động 15 hộ nghèo thoát nghèo.', awardCode },
  });
  return { officer, created: createNomination };
}

async function submitted(username: string, awardCode: string, nomineeName: string) {
  const { officer, created } = await nominate(username, awardCode, nomineeName);
  expect(created.userErrors).toEqual([]);
  await uploadRequiredDocuments(officer, created.nomination!.id);
  const { submitNomination } = await officer.submitNomination({ input: { id: created.nomination!.id } });
  expect(submitNomination.userErrors).toEqual([]);
  return submitNomination.nomination!;
}

it("a Sở's nomination for the province chair's Bằng khen starts at the province: Sở Nội vụ appraises", async () => {
  const nomination = await submitted('soyte.submitter', 'BANG_KHEN_CHU_TICH_TINH', 'Bác sĩ Lò Văn Minh');
  expect(nomination.unit).toMatchObject({ code: 'SYT-15' });
  expect(nomination.currentTask).toMatchObject({ stageKey: 'PROVINCE_APPRAISAL', candidateRole: 'REVIEWER', unit: { code: '15' } });
  // The province's appraiser sees it in the inbox; the Sở's own reviewer does not take a province stage.
  const inbox = await (await as('laocai2025.reviewer')).nominations({ filter: { periodId } });
  expect(inbox.nominations.edges.map((e) => e.node.id)).toContain(nomination.id);
});

it("the Sở director's own Giấy khen stays at the Sở: its council reviews, its director decides with the register's next number", async () => {
  const nomination = await submitted('soyte.submitter', 'GIAY_KHEN_THU_TRUONG', 'Điều dưỡng Vàng Thị Mỷ');
  expect(nomination.currentTask).toMatchObject({ stageKey: 'AGENCY_COUNCIL_REVIEW', unit: { code: 'SYT-15' } });
  const reviewer = await as('soyte.reviewer');
  const reviewed = (await reviewer.decideTask({ input: { taskId: nomination.currentTask!.id, round: nomination.currentTask!.round, decision: Decision.APPROVE } })).decideTask;
  expect(reviewed.userErrors).toEqual([]);
  const decision = reviewed.nomination!.currentTask!;
  expect(decision).toMatchObject({ stageKey: 'AGENCY_DECISION', kind: 'DECISION', unit: { code: 'SYT-15' } });
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const { issueCommendation } = await (await as('soyte.approver')).issueCommendation({ input: { taskId: decision.id, decisionDate: today } });
  expect(issueCommendation.userErrors).toEqual([]);
  expect(issueCommendation.nomination).toMatchObject({ status: 'COMMENDED' });
  expect(issueCommendation.nomination!.decisionNumber).toMatch(/^01\/QĐ-/);
});

it("a commune proposes no agency head's Giấy khen (AWARD_NOT_GRANTABLE), and its chair's own Giấy khen runs at the commune in 2026", async () => {
  const { created } = await nominate('camduong.submitter', 'GIAY_KHEN_THU_TRUONG', 'Ông Sùng A Páo');
  expect(created.userErrors.map((e) => [e.code, e.field])).toEqual([['AWARD_NOT_GRANTABLE', 'awardCode']]);
  expect(created.userErrors[0].messageVi).toContain('thủ trưởng cơ quan, đơn vị');
  const own = await submitted('camduong.submitter', 'GIAY_KHEN_CHU_TICH_XA', 'Bà Tẩn Thị Mẩy');
  expect(own.currentTask).toMatchObject({ stageKey: 'COMMUNE_COUNCIL_REVIEW', unit: { code: '02671' } });
});
