import { InitiativeScope, NomineeKind, PeriodKind, RevocationGround, RequirementStatus, type Client } from '../../client-sdk/index';
import { Role } from '../../domain/enums';
import { addUser } from '../support/nomination-fixtures';
import { sdkAs } from '../support/round-fixtures';
import { uploadRequiredDocuments } from '../support/sdk-dossier';
import { samplePdf } from '../support/dossier-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The nominee registry through the SDK (issue 11), in the 2024 round (three tiers): a commune
 * proposes Chiến sĩ thi đua cơ sở for someone whose Lao động tiên tiến is of the year before (refused,
 * the rule named) and for someone holding it this year (accepted once the initiative is recorded);
 * the district chair's decision enters the registry; revoking the Lao động tiên tiến later takes it
 * out of the count.
 */
let platform: TestPlatform;
let as: (username: string) => Promise<Client>;
let commune: Client;
let periodId: string;
let movementId: string;
let xuanTangId: string;

const HOA = { nomineeName: 'Lý Thị Hoa', identityNumber: '010085111111' };
const LU = { nomineeName: 'Sùng A Lử', identityNumber: '010090222222' };
const csv = (rows: string[]) => Buffer.from(`\uFEFF${['Họ và tên,Số CCCD,Loại đối tượng,Đơn vị,Hình thức khen thưởng,Năm,Số quyết định,Ngày quyết định,Người ký', ...rows].join('\r\n')}`).toString('base64');

beforeAll(async () => {
  platform = await startTestPlatform();
  as = sdkAs(platform);
  await addUser(platform, 'xuantang.reviewer', Role.REVIEWER, '02656');
  await addUser(platform, 'xuantang.approver', Role.APPROVER, '02656');
  await addUser(platform, 'laocaicity.approver', Role.APPROVER, '080');
  const admin = await as('laocai.admin');
  const units = (await admin.adminUnits({ first: 100, filter: { includeAll: true } })).adminUnits.edges.map((e) => e.node);
  const province = units.find((u) => u.code === '10')!;
  xuanTangId = units.find((u) => u.code === '02656')!.id;
  const { createCampaign } = await admin.createCampaign({
    input: { code: 'E2E-DANH-HIEU', name: 'Thi đua thường xuyên năm 2024', startYear: 2024, endYear: 2024, issuingUnitId: province.id },
  });
  const campaignId = createCampaign.campaign!.id;
  const { addMovement } = await admin.addMovement({
    input: { campaignId, name: 'Thi đua lao động giỏi', targetGroup: 'Cán bộ, công chức cấp xã', nomineeKinds: [NomineeKind.INDIVIDUAL] },
  });
  movementId = addMovement.movement!.id;
  await admin.setCampaignAwards({ input: { campaignId, awardCodes: ['LAO_DONG_TIEN_TIEN', 'CHIEN_SI_THI_DUA_CO_SO'] } });
  const { addPeriod } = await admin.addPeriod({
    input: { campaignId, kind: PeriodKind.ANNUAL, year: 2024, name: 'Năm 2024', startsOn: '2024-01-01', endsOn: '2024-12-31', submissionOpensOn: '2024-11-01', submissionClosesOn: '2099-12-31' },
  });
  periodId = addPeriod.period!.id;
  expect((await admin.changeCampaignStatus({ input: { id: campaignId, status: 'ACTIVE' } })).changeCampaignStatus.userErrors).toEqual([]);
  // The register the province kept before: Hoa's Lao động tiên tiến is of 2023.
  const { importAwardRegistry } = await admin.importAwardRegistry({
    input: { unitId: province.id, fileName: 'so-khen-thuong.csv', contentBase64: csv([`${HOA.nomineeName},${HOA.identityNumber},Cá nhân,02656,Lao động tiên tiến,2023,05/QĐ-UBND,10/01/2024,Chủ tịch UBND phường Xuân Tăng`]), dryRun: false },
  });
  expect(importAwardRegistry.report).toMatchObject({ rows: 1, imported: 1, unmatched: [] });
  commune = await as('xuantang.submitter');
});
afterAll(() => platform?.stop());

const propose = (who: typeof HOA, awardCode: string) =>
  commune.createNomination({
    input: {
      periodId, movementId, unitId: xuanTangId, nomineeKind: NomineeKind.INDIVIDUAL, nomineeName: who.nomineeName, awardCode,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2024; vận động 6 hộ nghèo thoát nghèo.',
      nominee: { identityNumber: who.identityNumber },
    },
  });

async function decide(username: string, nominationId: string) {
  const client = await as(username);
  const { nomination } = await client.nomination({ id: nominationId });
  const task = nomination!.currentTask!;
  return (await client.decideTask({ input: { taskId: task.id, round: task.round, decision: 'APPROVE' } })).decideTask;
}

async function commend(username: string, nominationId: string, decisionDate: string) {
  const client = await as(username);
  const { nomination } = await client.nomination({ id: nominationId });
  const { issueCommendation } = await client.issueCommendation({ input: { taskId: nomination!.currentTask!.id, decisionDate } });
  expect(issueCommendation.userErrors).toEqual([]);
  return issueCommendation.nomination!;
}

it('Chiến sĩ thi đua cơ sở is refused when the Lao động tiên tiến is of last year, naming the rule', async () => {
  const { createNomination } = await propose(HOA, 'CHIEN_SI_THI_DUA_CO_SO');
  expect(createNomination.nomination).toBeNull();
  const [error] = createNomination.userErrors;
  expect(error).toMatchObject({ code: 'AWARD_PREREQUISITE_MISSING', field: 'priorAwardCodes' });
  expect(error.messageVi).toContain('chưa đạt "Danh hiệu Lao động tiên tiến" năm 2024');
  expect(error.messageVi).toContain('Điều 23');
  expect(error.message).toContain('"Danh hiệu Lao động tiên tiến" in 2024');
});

it('with this year’s Lao động tiên tiến it is accepted once the initiative is recorded, decided by the district and registered; a revocation then takes the title out of the count', async () => {
  // Lử's Lao động tiên tiến 2024, signed by the commune chair through the platform.
  const ldtt = (await propose(LU, 'LAO_DONG_TIEN_TIEN')).createNomination;
  expect(ldtt.userErrors).toEqual([]);
  await uploadRequiredDocuments(commune, ldtt.nomination!.id);
  expect((await commune.submitNomination({ input: { id: ldtt.nomination!.id } })).submitNomination.userErrors).toEqual([]);
  expect((await decide('xuantang.reviewer', ldtt.nomination!.id)).userErrors).toEqual([]);
  const ldttDone = await commend('xuantang.approver', ldtt.nomination!.id, '2024-11-22');
  expect(ldttDone.status).toBe('COMMENDED');

  // The same CCCD finds the same record: the title of this year is in the registry.
  const { createNomination } = await propose(LU, 'CHIEN_SI_THI_DUA_CO_SO');
  expect(createNomination.userErrors).toEqual([]);
  const cstd = createNomination.nomination!;
  expect(cstd.nominee!.id).toBe(ldtt.nomination!.nominee!.id);
  const before = (await commune.nominationEligibility({ id: cstd.id })).nomination!.eligibility;
  expect(before.requirements.map((r) => [r.textVi, r.status])).toEqual([
    ['đạt "Danh hiệu Lao động tiên tiến" năm 2024', RequirementStatus.MET],
    ['có sáng kiến được cơ sở công nhận trong năm 2024', RequirementStatus.NOT_MET],
  ]);

  // Without the initiative the dossier is not complete; recorded with its decision, it is.
  const { submitNomination: refused } = await commune.submitNomination({ input: { id: cstd.id } });
  expect(refused.userErrors.map((e) => e.code)).toEqual(['DOSSIER_INCOMPLETE']);
  const { recordInitiative } = await commune.recordInitiative({
    input: { nominationId: cstd.id, title: 'Số hóa sổ theo dõi hộ nghèo của phường', scope: InitiativeScope.BASE, recognitionNumber: '21/QĐ-UBND', recognitionDate: '2024-10-15', recognisedBy: 'Chủ tịch UBND phường Xuân Tăng' },
  });
  expect(recordInitiative.userErrors).toEqual([]);
  await uploadRequiredDocuments(commune, cstd.id);
  const upload = await commune.uploadDocument({ nominationId: cstd.id, slot: 'INITIATIVE_RECOGNITION' as never, fileName: 'qd-cong-nhan-sang-kien.pdf', contentType: 'application/pdf', bytes: samplePdf('Quyết định công nhận sáng kiến') });
  expect(upload.userErrors).toEqual([]);
  const { submitNomination } = await commune.submitNomination({ input: { id: cstd.id } });
  expect(submitNomination.userErrors).toEqual([]);
  const atDistrict = (await (await as('laocaicity.reviewer')).nominationEligibility({ id: cstd.id })).nomination!.eligibility;
  expect(atDistrict).toMatchObject({ met: true, verified: true, basis: 'Luật Thi đua, khen thưởng, Điều 23' });
  expect(atDistrict.requirements.map((r) => r.status)).toEqual([RequirementStatus.MET, RequirementStatus.MET]);

  // The district reviews and its chair decides (three tiers): the decision enters the registry.
  expect((await decide('laocaicity.reviewer', cstd.id)).userErrors).toEqual([]);
  const done = await commend('laocaicity.approver', cstd.id, '2024-12-05');
  expect(done.status).toBe('COMMENDED');
  const { nominee } = await commune.nominee({ id: cstd.nominee!.id });
  expect(nominee!.awards.map((a) => [a.award.code, a.year, a.decisionNumber, a.revoked])).toEqual(
    expect.arrayContaining([
      ['CHIEN_SI_THI_DUA_CO_SO', 2024, done.decisionNumber, false],
      ['LAO_DONG_TIEN_TIEN', 2024, ldttDone.decisionNumber, false],
    ]),
  );
  expect(nominee!.initiatives.map((i) => i.recognitionNumber)).toEqual(['21/QĐ-UBND']);
  const cstdRecord = nominee!.awards.find((a) => a.award.code === 'CHIEN_SI_THI_DUA_CO_SO')!;
  expect(cstdRecord).toMatchObject({ issuerName: 'Chủ tịch UBND thành phố Lào Cai', commendationKind: 'CONG_TRANG' });
  expect(cstdRecord.bonusAmount).toBeGreaterThan(0);

  // Later the Lao động tiên tiến is found to rest on a forged dossier: the commune chair revokes it.
  const ldttRecord = nominee!.awards.find((a) => a.award.code === 'LAO_DONG_TIEN_TIEN')!;
  const { revokeAward } = await (await as('xuantang.approver')).revokeAward({
    input: { awardRecordId: ldttRecord.id, ground: RevocationGround.FORGED_DOSSIER, reason: 'Bảng chấm công năm 2024 bị sửa.', legalBasis: 'Luật Thi đua, khen thưởng năm 2022, Điều 93 khoản 2 điểm b' },
  });
  expect(revokeAward.userErrors).toEqual([]);
  const after = (await commune.nominationEligibility({ id: cstd.id })).nomination!.eligibility;
  expect(after.met).toBe(false);
  expect(after.requirements[0]).toMatchObject({ status: RequirementStatus.NOT_MET });
  const { awardRegistry } = await commune.awardRegistry({ filter: { nomineeId: cstd.nominee!.id, includeRevoked: false } });
  expect(awardRegistry.edges.map((e) => e.node.award.code)).toEqual(['CHIEN_SI_THI_DUA_CO_SO']);
});
