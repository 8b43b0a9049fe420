import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { createClient, Decision, Gender, NomineeKind, type Client } from '../../client-sdk/index';
import { uploadRequiredDocuments } from '../support/sdk-dossier';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * A commune officer, a district reviewer and a province approver take one nomination from draft
 * through a return for revision to COMMENDED, each with their own token, through the client SDK.
 */
let platform: TestPlatform;
let commune: Client;
let district: Client;
let province: Client;
let admin: Client;

beforeAll(async () => {
  platform = await startTestPlatform();
  const client = createClient({ url: platform.url });
  commune = client.withToken(await platform.tokenFor('xuantang.submitter'));
  district = client.withToken(await platform.tokenFor('laocaicity.reviewer'));
  province = client.withToken(await platform.tokenFor('laocai.approver'));
  admin = client.withToken(await platform.tokenFor('laocai.admin'));
});
afterAll(() => platform?.stop());

it('runs draft → returned → resubmitted → district approval → province approval → COMMENDED', async () => {
  const { campaigns } = await commune.campaigns();
  const campaign = campaigns.find((c) => c.code === 'VI_NGUOI_NGHEO_2021_2025')!;
  const period = campaign.periods.find((p) => p.name === 'Năm 2024')!;
  const movement = campaign.movements.find((m) => m.nomineeKinds.includes(NomineeKind.INDIVIDUAL))!;

  const { createNomination } = await commune.createNomination({
    input: {
      periodId: period.id,
      movementId: movement.id,
      nomineeKind: NomineeKind.INDIVIDUAL,
      nomineeName: 'Nguyễn Thị Hạnh',
      achievements: 'Trực tiếp giúp 15 hộ nghèo vay vốn và thoát nghèo năm 2024.',
      awardCode: 'BANG_KHEN_CHU_TICH_TINH',
      facts: { gender: Gender.FEMALE, position: 'Cán bộ giảm nghèo', workplace: 'UBND phường Xuân Tăng' },
    },
  });
  expect(createNomination.userErrors).toEqual([]);
  const id = createNomination.nomination!.id;

  // Without its dossier the nomination cannot go up; with it, the documents freeze on submission.
  const early = await commune.submitNomination({ input: { id } });
  expect(early.submitNomination.userErrors.map((e) => e.code)).toEqual(['DOSSIER_INCOMPLETE']);
  await uploadRequiredDocuments(commune, id);
  const { submitNomination } = await commune.submitNomination({ input: { id } });
  expect(submitNomination.nomination).toMatchObject({ status: 'IN_REVIEW', round: 1, currentStageKey: 'DISTRICT_REVIEW' });

  // The district reviewer finds it in their inbox and returns it with a reason.
  const inbox = await district.myTasks();
  const firstTask = inbox.myTasks.edges.map((e) => e.node).find((t) => t.nomination.id === id)!;
  expect(firstTask).toMatchObject({ stageKey: 'DISTRICT_REVIEW', round: 1, status: 'OPEN' });
  await district.claimTask({ input: { taskId: firstTask.id } });
  const returned = await district.decideTask({
    input: { taskId: firstTask.id, round: 1, decision: Decision.RETURN, comment: 'Bổ sung biên bản họp xét của xã' },
  });
  expect(returned.decideTask.userErrors).toEqual([]);
  expect(returned.decideTask.nomination).toMatchObject({ status: 'RETURNED', round: 1 });

  // The commune revises and resubmits; the same stage reviews it again in round 2.
  const { nomination: draft } = await commune.nomination({ id });
  const edited = await commune.updateNomination({
    input: { id, expectedVersion: draft!.version, achievements: `${draft!.achievements} Kèm biên bản họp xét ngày 10/12/2024.` },
  });
  expect(edited.updateNomination.userErrors).toEqual([]);
  const resubmitted = await commune.resubmitNomination({ input: { id, comment: 'Đã bổ sung biên bản' } });
  const secondTask = resubmitted.resubmitNomination.nomination!.currentTask!;
  expect(secondTask).toMatchObject({ stageKey: 'DISTRICT_REVIEW', round: 2 });

  // A decision on the old round is refused, the current one moves it to the province.
  const stale = await district.decideTask({ input: { taskId: secondTask.id, round: 1, decision: Decision.APPROVE } });
  expect(stale.decideTask.userErrors.map((e) => e.code)).toEqual(['STALE_ROUND']);
  const atDistrict = await district.decideTask({ input: { taskId: secondTask.id, round: 2, decision: Decision.APPROVE } });
  const provinceTask = atDistrict.decideTask.nomination!.currentTask!;
  expect(provinceTask).toMatchObject({ stageKey: 'PROVINCE_APPROVAL', round: 2 });

  const atProvince = await province.decideTask({
    input: { taskId: provinceTask.id, round: 2, decision: Decision.APPROVE, comment: 'Đủ tiêu chuẩn' },
  });
  expect(atProvince.decideTask.nomination).toMatchObject({ status: 'APPROVED', currentStageKey: 'COMMENDATION_DECISION' });

  const decisionTask = atProvince.decideTask.nomination!.currentTask!;
  const issued = await province.issueCommendation({
    input: { taskId: decisionTask.id, decisionNumber: '2315/QĐ-UBND', decisionDate: '2025-01-20' },
  });
  expect(issued.issueCommendation.userErrors).toEqual([]);
  expect(issued.issueCommendation.nomination).toMatchObject({
    status: 'COMMENDED',
    decisionNumber: '2315/QĐ-UBND',
    decisionDate: '2025-01-20',
    currentTask: null,
  });

  // The audit trail names who did what, in which role, and why.
  const { nomination } = await commune.nomination({ id });
  const trail = nomination!.history.map((e) => [e.action, e.actor?.username ?? null, e.actorRole ?? null, e.comment ?? null]);
  expect(trail).toEqual([
    ['CREATED', 'xuantang.submitter', 'SUBMITTER', null],
    ['DOCUMENT_UPLOADED', 'xuantang.submitter', 'SUBMITTER', null],
    ['DOCUMENT_UPLOADED', 'xuantang.submitter', 'SUBMITTER', null],
    ['DOCUMENT_UPLOADED', 'xuantang.submitter', 'SUBMITTER', null],
    ['SUBMITTED', 'xuantang.submitter', 'SUBMITTER', null],
    ['TASK_OPENED', null, null, null],
    ['TASK_CLAIMED', 'laocaicity.reviewer', 'REVIEWER', null],
    ['RETURNED', 'laocaicity.reviewer', 'REVIEWER', 'Bổ sung biên bản họp xét của xã'],
    ['UPDATED', 'xuantang.submitter', 'SUBMITTER', null],
    ['RESUBMITTED', 'xuantang.submitter', 'SUBMITTER', 'Đã bổ sung biên bản'],
    ['TASK_OPENED', null, null, null],
    ['APPROVED', 'laocaicity.reviewer', 'REVIEWER', null],
    ['TASK_OPENED', null, null, null],
    ['APPROVED', 'laocai.approver', 'APPROVER', 'Đủ tiêu chuẩn'],
    ['TASK_OPENED', null, null, null],
    ['COMMENDED', 'laocai.approver', 'APPROVER', null],
  ]);
  const updated = nomination!.history.find((e) => e.action === 'UPDATED')!;
  expect(updated.before).toEqual({ achievements: draft!.achievements });
  expect(nomination!.tasks.map((t) => [t.stageKey, t.round, t.outcome])).toEqual([
    ['DISTRICT_REVIEW', 1, 'RETURN'],
    ['DISTRICT_REVIEW', 2, 'APPROVE'],
    ['PROVINCE_APPROVAL', 2, 'APPROVE'],
    ['COMMENDATION_DECISION', 2, 'APPROVE'],
  ]);

  // Temporal agrees with the database.
  const { workflowState } = await admin.workflowState({ nominationId: id });
  expect(workflowState).toMatchObject({ executionStatus: 'COMPLETED', pipelineStatus: 'COMMENDED', round: 2, pendingTasks: [] });

  // THIDUA_RECORD_HISTORY=1 refreshes the replay fixture when the workflow changes on purpose.
  if (process.env.THIDUA_RECORD_HISTORY) {
    const history = await platform.temporal.workflow.getHandle(workflowState.workflowId).fetchHistory();
    writeFileSync(join(__dirname, '..', 'replay', 'histories', 'returned-resubmitted-commended.json'), historyToJSON(history));
  }
});
