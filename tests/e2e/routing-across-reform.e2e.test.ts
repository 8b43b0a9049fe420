import { createClient, Decision, NomineeKind, PeriodKind, TaskKind, type Client } from '../../client-sdk/index';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';
import { uploadRequiredDocuments } from '../support/sdk-dossier';

/**
 * An administrator configures a campaign period through the SDK, and a nomination walks the unit
 * tree in force at the period's start: three tiers before 1 July 2025, two tiers after.
 */
let platform: TestPlatform;
let client: Client;
const as = async (username: string) => client.withToken(await platform.tokenFor(username));
const thisYear = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4));

beforeAll(async () => {
  platform = await startTestPlatform();
  client = createClient({ url: platform.url });
});
afterAll(() => platform?.stop());

interface PeriodPlan {
  admin: string;
  provinceCode: string;
  listDay: string;
  code: string;
  startsOn: string;
}

/** Campaign → movement → award → period → launch, as the issuing unit's administrator. */
async function configurePeriod(plan: PeriodPlan) {
  const admin = await as(plan.admin);
  const units = await admin.adminUnits({ filter: { code: plan.provinceCode, validOn: plan.listDay } });
  const province = units.adminUnits.edges[0].node;
  const { createCampaign } = await admin.createCampaign({
    input: { code: plan.code, name: `Thi đua ${plan.code}`, startYear: Number(plan.startsOn.slice(0, 4)), endYear: thisYear, issuingUnitId: province.id },
  });
  expect(createCampaign.userErrors).toEqual([]);
  const campaignId = createCampaign.campaign!.id;
  const { addMovement } = await admin.addMovement({
    input: { campaignId, name: 'Cán bộ làm công tác giảm nghèo', targetGroup: 'Cán bộ giảm nghèo', nomineeKinds: [NomineeKind.INDIVIDUAL] },
  });
  await admin.setCampaignAwards({ input: { campaignId, awardCodes: ['BANG_KHEN_CHU_TICH_TINH'] } });
  const { addPeriod } = await admin.addPeriod({
    input: {
      campaignId,
      kind: PeriodKind.ANNUAL,
      year: thisYear,
      name: `Đợt ${plan.code}`,
      startsOn: plan.startsOn,
      endsOn: `${thisYear}-12-31`,
      submissionOpensOn: plan.startsOn,
      submissionClosesOn: `${thisYear}-12-31`,
    },
  });
  expect(addPeriod.userErrors).toEqual([]);
  const launched = await admin.changeCampaignStatus({ input: { id: campaignId, status: 'ACTIVE' } });
  expect(launched.changeCampaignStatus.campaign!.status).toBe('ACTIVE');
  return { periodId: addPeriod.period!.id, movementId: addMovement.movement!.id, policies: addPeriod.period!.routingPolicies.map((p) => p.code) };
}

/** The commune nominates and submits; then each stage's officer approves until the decision is issued. */
async function nominateAndCommend(submitter: string, approvers: string[], period: { periodId: string; movementId: string }) {
  const commune = await as(submitter);
  const { createNomination } = await commune.createNomination({
    input: {
      periodId: period.periodId,
      movementId: period.movementId,
      nomineeKind: NomineeKind.INDIVIDUAL,
      nomineeName: 'Sùng A Dế',
      achievements: 'Vận động 20 hộ đồng bào dân tộc thiểu số thoát nghèo.',
      awardCode: 'BANG_KHEN_CHU_TICH_TINH',
    },
  });
  expect(createNomination.userErrors).toEqual([]);
  const id = createNomination.nomination!.id;
  await uploadRequiredDocuments(commune, id);
  let { nomination } = (await commune.submitNomination({ input: { id } })).submitNomination;
  const walked: string[][] = [];
  for (const username of approvers) {
    const officer = await as(username);
    const task = nomination!.currentTask!;
    walked.push([task.stageKey, task.unit.code, username]);
    if (task.kind === TaskKind.DECISION) {
      const { issueCommendation } = await officer.issueCommendation({
        input: { taskId: task.id, decisionNumber: '88/QĐ-UBND', decisionDate: `${thisYear}-01-05` },
      });
      expect(issueCommendation.userErrors).toEqual([]);
      nomination = issueCommendation.nomination;
    } else {
      const { decideTask } = await officer.decideTask({ input: { taskId: task.id, round: task.round, decision: Decision.APPROVE } });
      expect(decideTask.userErrors).toEqual([]);
      nomination = decideTask.nomination;
    }
  }
  return { status: nomination!.status, walked };
}

/** The policies of a period that straddles 1 July 2025: both sides, and the commune's and agencies' own. */
const BOTH_SIDES = ['AGENCY_DECISION', 'COMMUNE_DECISION', 'DISTRICT_DECISION', 'THREE_TIER', 'TWO_TIER'];

it('a nomination submitted before 1 July 2025 routes commune → district → province → COMMENDED', async () => {
  const period = await configurePeriod({ admin: 'laocai.admin', provinceCode: '10', listDay: '2024-06-01', code: 'E2E-3-TIER', startsOn: '2025-01-01' });
  expect(period.policies.sort()).toEqual(BOTH_SIDES);
  platform.setSubmissionDay('2025-03-03');
  const result = await nominateAndCommend('xuantang.submitter', ['laocaicity.reviewer', 'laocai.approver', 'laocai.approver'], period);
  expect(result).toEqual({
    status: 'COMMENDED',
    walked: [
      ['DISTRICT_REVIEW', '080', 'laocaicity.reviewer'],
      ['PROVINCE_APPROVAL', '10', 'laocai.approver'],
      ['COMMENDATION_DECISION', '10', 'laocai.approver'],
    ],
  });
});

it('a nomination submitted after the reform, in a period that started before it, routes commune → province', async () => {
  const period = await configurePeriod({ admin: 'laocai2025.admin', provinceCode: '15', listDay: `${thisYear}-01-01`, code: 'E2E-STRADDLE', startsOn: '2025-01-01' });
  expect(period.policies.sort()).toEqual(BOTH_SIDES);
  platform.setSubmissionDay('2025-09-15');
  const result = await nominateAndCommend('camduong.submitter', ['laocai2025.reviewer', 'laocai2025.approver', 'laocai2025.approver'], period);
  expect(result.walked.map(([stage, unit]) => [stage, unit])).toEqual([
    ['PROVINCE_APPRAISAL', '15'],
    ['PROVINCE_APPROVAL', '15'],
    ['COMMENDATION_DECISION', '15'],
  ]);
});

it('a period starting after the reform routes commune → province (appraisal, approval, decision) → COMMENDED', async () => {
  const period = await configurePeriod({ admin: 'laocai2025.admin', provinceCode: '15', listDay: `${thisYear}-01-01`, code: 'E2E-2-TIER', startsOn: `${thisYear}-01-01` });
  expect(period.policies.sort()).toEqual(['AGENCY_DECISION', 'COMMUNE_DECISION', 'TWO_TIER']);
  platform.setSubmissionDay(null);
  const result = await nominateAndCommend('camduong.submitter', ['laocai2025.reviewer', 'laocai2025.approver', 'laocai2025.approver'], period);
  expect(result).toEqual({
    status: 'COMMENDED',
    walked: [
      ['PROVINCE_APPRAISAL', '15', 'laocai2025.reviewer'],
      ['PROVINCE_APPROVAL', '15', 'laocai2025.approver'],
      ['COMMENDATION_DECISION', '15', 'laocai2025.approver'],
    ],
  });
});
