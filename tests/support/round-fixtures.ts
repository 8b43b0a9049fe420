import { createClient, Decision, NomineeKind, PeriodKind, type Client, type Gender } from '../../client-sdk/index';
import { ApprovalThreshold, Role } from '../../domain/enums';
import { AwardType } from '../../server/entities/award-type.entity';
import { addUser } from './nomination-fixtures';
import { uploadRequiredDocuments } from './sdk-dossier';
import type { TestPlatform } from './test-platform';

/** Helpers for commendation-round tests: a two-tier campaign of Tỉnh Lào Cai (2025 list) driven through the SDK. */

export const thisYear = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4));
export const COUNCIL = Array.from({ length: 10 }, (_, i) => `council.${i + 1}`);

export interface RoundCampaign {
  annualId: string;
  midtermId: string;
  movementId: string;
}

/** Signs in as a user through the typed SDK. */
export function sdkAs(platform: TestPlatform) {
  const client = createClient({ url: platform.url });
  return async (username: string): Promise<Client> => client.withToken(await platform.tokenFor(username));
}

function ok<T extends { userErrors: unknown[] }>(payload: T): T {
  if (payload.userErrors.length) throw new Error(`refused: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

/**
 * A campaign of the province (code 15) with one movement, an ANNUAL and a MIDTERM period open for
 * submissions today, the province chair's Bằng khen quotas (ANNUAL: 2 individuals, 3 collectives; MIDTERM: 1 individual),
 * ten council members, and the collective title set to need 90 % of the council.
 */
export async function roundCampaign(platform: TestPlatform, code: string): Promise<RoundCampaign> {
  // The rounds run in the two-tier province this year: nominations count as submitted today.
  platform.setSubmissionDay(null);
  const admin = await sdkAs(platform)('laocai2025.admin');
  const province = (await admin.adminUnits({ filter: { code: '15', validOn: `${thisYear}-01-01` } })).adminUnits.edges[0].node;
  const { campaign } = ok((await admin.createCampaign({ input: { code, name: `Thi đua ${code}`, startYear: thisYear, endYear: thisYear, issuingUnitId: province.id } })).createCampaign);
  const campaignId = campaign!.id;
  const { movement } = ok((await admin.addMovement({
    input: { campaignId, name: 'Cơ quan, đơn vị chung tay vì người nghèo', targetGroup: 'Tập thể, cá nhân', nomineeKinds: [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE] },
  })).addMovement);
  ok((await admin.setCampaignAwards({ input: { campaignId, awardCodes: ['BANG_KHEN_CHU_TICH_TINH', 'TAP_THE_LAO_DONG_XUAT_SAC'] } })).setCampaignAwards);
  const period = async (kind: PeriodKind, name: string) => {
    const days = { startsOn: `${thisYear}-01-01`, endsOn: `${thisYear}-12-31`, submissionOpensOn: `${thisYear}-01-01`, submissionClosesOn: `${thisYear}-12-31` };
    return ok((await admin.addPeriod({ input: { campaignId, kind, year: thisYear, name, ...days } })).addPeriod).period!.id;
  };
  const annualId = await period(PeriodKind.ANNUAL, `Năm ${thisYear}`);
  const midtermId = await period(PeriodKind.MIDTERM, `Sơ kết ${thisYear}`);
  const quotas: [PeriodKind, NomineeKind, number][] = [
    [PeriodKind.ANNUAL, NomineeKind.INDIVIDUAL, 2], [PeriodKind.ANNUAL, NomineeKind.COLLECTIVE, 3], [PeriodKind.MIDTERM, NomineeKind.INDIVIDUAL, 1],
  ];
  for (const [periodKind, nomineeKind, maxCount] of quotas) {
    // The province chair's own Bằng khen (a quota belongs to a deciding unit and an award form).
    const scope = { awardCode: 'BANG_KHEN_CHU_TICH_TINH', decidingUnitId: province.id };
    ok((await admin.setQuota({ input: { campaignId, movementId: movement!.id, periodKind, nomineeKind, maxCount, ...scope } })).setQuota);
  }
  ok((await admin.changeCampaignStatus({ input: { id: campaignId, status: 'ACTIVE' } })).changeCampaignStatus);
  for (const username of COUNCIL) await addUser(platform, username, Role.COUNCIL_MEMBER, '15');
  const em = platform.db.orm.em.fork();
  await em.nativeUpdate(AwardType, { code: 'TAP_THE_LAO_DONG_XUAT_SAC' }, { approvalThreshold: ApprovalThreshold.NINETY_PERCENT_OF_MEMBERS });
  return { annualId, midtermId, movementId: movement!.id };
}

export interface Nominee {
  name: string;
  kind: NomineeKind;
  award?: string;
  gender?: Gender;
  members?: [number, number];
  /** The appraiser's and the approver's scores. */
  scores: [number, number];
}

/** Cam Đường nominates; the province appraises and approves with scores: it waits at the decision stage. */
export async function approvedNomination(platform: TestPlatform, periodId: string, movementId: string, nominee: Nominee): Promise<string> {
  const as = sdkAs(platform);
  const commune = await as('camduong.submitter');
  const facts = nominee.kind === NomineeKind.INDIVIDUAL ? { gender: nominee.gender } : { memberCount: nominee.members![0], femaleMemberCount: nominee.members![1] };
  const { nomination } = ok((await commune.createNomination({
    input: { periodId, movementId, nomineeKind: nominee.kind, nomineeName: nominee.name, achievements: 'Giúp nhiều hộ nghèo thoát nghèo bền vững.', awardCode: nominee.award ?? 'BANG_KHEN_CHU_TICH_TINH', facts },
  })).createNomination);
  await uploadRequiredDocuments(commune, nomination!.id);
  let current = ok((await commune.submitNomination({ input: { id: nomination!.id } })).submitNomination).nomination!;
  for (const [i, username] of ['laocai2025.reviewer', 'laocai2025.approver'].entries()) {
    const task = current.currentTask!;
    const officer = await as(username);
    current = ok((await officer.decideTask({ input: { taskId: task.id, round: task.round, decision: Decision.APPROVE, score: nominee.scores[i] } })).decideTask).nomination!;
  }
  if (current.status !== 'APPROVED' || current.currentTask?.kind !== 'DECISION') throw new Error(`not at the decision stage: ${current.status}`);
  return current.id;
}

/** Polls until `check` answers a value (not undefined), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
