import type { WorkflowExecutionInfo } from '@temporalio/client';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { nominationWorkflowId, unitMovedSignal } from '../../workflows/nomination-pipeline.messages';
import { periodWorkflowId } from '../../workflows/period.messages';
import { ThiduaDeadline, ThiduaPeriod, ThiduaStage, ThiduaStatus, ThiduaUnits } from '../../workflows/search-attributes';
import { as, createDraft, dataOf, decideCurrent, loadCatalog, okPayload, submit, WITHDRAW, type Catalog, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * An operator finds nominations in the Temporal UI (or `temporal workflow list --query`) by unit,
 * status, stage, campaign, period and overdue deadline, as they move — not only by workflow id.
 * Working days last WORKING_DAY_MS here, so a one-day deadline passes within seconds.
 */
const DAY_MS = 1000;
let platform: TestPlatform;
let admin: Gql;
let commune: Gql;
let district: Gql;
let catalog: Catalog;

beforeAll(async () => {
  platform = await startTestPlatform({ env: { WORKING_DAY_MS: String(DAY_MS) } });
  admin = await as(platform, 'laocai.admin');
  commune = await as(platform, 'xuantang.submitter');
  district = await as(platform, 'laocaicity.reviewer');
  catalog = await loadCatalog(commune);
});
afterAll(() => platform?.stop());

/** A campaign of Lào Cai with one period routed by a policy whose district stage has `deadline` working days. */
async function campaignWith(code: string, deadline: number) {
  const stage = (key: string, level: string, role: string, kind: string, days: number) => ({
    key, name: key, nameVi: key, level, role, kind, deadlineWorkingDays: days, reminderOffsets: [],
    escalationTarget: 'UNIT_HEAD', escalationWorkingDays: 60, timeoutAction: 'ESCALATE',
  });
  const units = dataOf(await admin(`{ adminUnits(filter: { code: "10", validOn: "2024-06-01" }) { edges { node { id } } } }`));
  const unitId = units.adminUnits.edges[0].node.id;
  okPayload(await admin(
    `mutation ($input: CreateRoutingPolicyInput!) { createRoutingPolicy(input: $input) { routingPolicy { code } userErrors { code message } } }`,
    { input: { code, name: code, effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30', revisionWorkingDays: 10, ownerUnitId: unitId, stages: [
      stage('DISTRICT_REVIEW', 'DISTRICT', 'REVIEWER', 'REVIEW', deadline),
      stage('PROVINCE_APPROVAL', 'PROVINCE', 'APPROVER', 'REVIEW', 120),
      stage('COMMENDATION_DECISION', 'PROVINCE', 'APPROVER', 'DECISION', 120),
    ] } },
  ), 'createRoutingPolicy');
  const campaignCode = `C-${code}`;
  const campaignId = okPayload(await admin(
    `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } userErrors { code message } } }`,
    { input: { code: campaignCode, name: code, startYear: 2024, endYear: 2026, issuingUnitId: unitId } },
  ), 'createCampaign').campaign.id;
  const movementId = okPayload(await admin(
    `mutation ($input: AddMovementInput!) { addMovement(input: $input) { movement { id } userErrors { code } } }`,
    { input: { campaignId, name: 'Cán bộ giảm nghèo', targetGroup: 'Cán bộ', nomineeKinds: ['INDIVIDUAL'] } },
  ), 'addMovement').movement.id;
  await admin(`mutation ($input: SetCampaignAwardsInput!) { setCampaignAwards(input: $input) { userErrors { code } } }`, {
    input: { campaignId, awardCodes: ['BANG_KHEN_CHU_TICH_TINH'] },
  });
  const periodId = okPayload(await admin(
    `mutation ($input: AddPeriodInput!) { addPeriod(input: $input) { period { id } userErrors { code message } } }`,
    { input: { campaignId, kind: 'ANNUAL', year: 2024, name: code, startsOn: '2024-01-01', endsOn: '2024-12-31', submissionOpensOn: '2024-01-01', submissionClosesOn: '2099-12-31', routingPolicyCodes: [code] } },
  ), 'addPeriod').period.id;
  okPayload(await admin(`mutation ($input: ChangeCampaignStatusInput!) { changeCampaignStatus(input: $input) { userErrors { code } } }`, {
    input: { id: campaignId, status: 'ACTIVE' },
  }), 'changeCampaignStatus');
  return { campaignCode, periodId, movementId };
}

async function nominate({ periodId, movementId }: { periodId: string; movementId: string }) {
  const draft = await createDraft(commune, { ...catalog, periodId }, { movementId, nomineeName: `Bà ${Math.random().toString(36).slice(2, 7)}` });
  return submit(commune, draft.id);
}

/** The workflow ids a visibility query finds on this file's task queue (visibility is eventually consistent: polled). */
async function found(query: string, expected: string[], timeoutMs = 15_000): Promise<string[]> {
  const scoped = `TaskQueue = '${platform.config.taskQueue}' AND ${query}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ids: string[] = [];
    for await (const run of platform.temporal.workflow.list({ query: scoped }) as AsyncIterable<WorkflowExecutionInfo>) ids.push(run.workflowId);
    ids.sort();
    if (JSON.stringify(ids) === JSON.stringify([...expected].sort()) || Date.now() > until) return ids;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function waitForAction(nominationId: string, action: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await platform.db.orm.em.fork().count(AuditEvent, { nomination: nominationId, action: action as never })) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${action} on ${nominationId}`);
}

const attributesOf = async (nominationId: string) =>
  (await platform.temporal.workflow.getHandle(nominationWorkflowId(nominationId)).describe()).typedSearchAttributes;

it('finds nominations by province, ward, campaign, period, status and stage, and the overdue one by its deadline', async () => {
  const hurried = await campaignWith('TEST_SA_HURRIED', 1);
  const patient = await campaignWith('TEST_SA_PATIENT', 120);
  const late = await nominate(hurried);
  const onTime = await nominate(patient);
  const [lateId, onTimeId] = [nominationWorkflowId(late.id), nominationWorkflowId(onTime.id)];

  // Lào Cai province (10) holds Lào Cai city (080) and Phường Xuân Tăng (02656).
  expect((await attributesOf(late.id)).get(ThiduaUnits)).toEqual(['10', '080', '02656']);
  expect(await found(`ThiduaUnits = '10' AND ThiduaStatus = 'IN_REVIEW'`, [lateId, onTimeId])).toEqual([lateId, onTimeId].sort());
  expect(await found(`ThiduaUnits = '02656' AND ThiduaStage = 'DISTRICT_REVIEW'`, [lateId, onTimeId])).toEqual([lateId, onTimeId].sort());
  expect(await found(`ThiduaCampaign = '${patient.campaignCode}'`, [onTimeId])).toEqual([onTimeId]);
  expect(await found(`ThiduaPeriod = '${hurried.periodId}'`, [lateId])).toEqual([lateId]);
  expect(await found(`ThiduaUnits = '40'`, [], 2_000)).toEqual([]);

  // One working day later the hurried one is past its deadline (escalated, still open); the other is not.
  await waitForAction(late.id, 'TASK_ESCALATED');
  const dueAt = (await attributesOf(late.id)).get(ThiduaDeadline);
  expect(dueAt).toBeInstanceOf(Date);
  expect(dueAt!.getTime()).toBeLessThan(Date.now());
  const overdue = `ThiduaUnits = '10' AND ThiduaStatus = 'IN_REVIEW' AND ThiduaDeadline < '${new Date().toISOString()}'`;
  expect(await found(overdue, [lateId])).toEqual([lateId]);

  // The attributes follow the pipeline: approved, it is at the province; withdrawn, it has no stage or deadline.
  await decideCurrent(district, onTime, 'APPROVE');
  expect(await found(`ThiduaUnits = '10' AND ThiduaStage = 'PROVINCE_APPROVAL'`, [onTimeId])).toEqual([onTimeId]);
  okPayload(await commune(WITHDRAW, { id: late.id, reason: 'Gia đình xin rút hồ sơ.' }), 'withdrawNomination');
  expect(await found(`ThiduaUnits = '10' AND ThiduaStatus = 'WITHDRAWN'`, [lateId])).toEqual([lateId]);
  const ended = await attributesOf(late.id);
  expect([ended.get(ThiduaStatus), ended.get(ThiduaStage), ended.get(ThiduaDeadline)]).toEqual(['WITHDRAWN', undefined, undefined]);
  expect(await found(overdue, [], 2_000)).toEqual([]);
});

it("finds a period's workflow by campaign, period and the issuing province, with the round's phase as its status", async () => {
  const { campaignCode, periodId } = await campaignWith('TEST_SA_PERIOD', 120);
  const started = await admin(`mutation ($input: PeriodWorkflowInput!) { startPeriodWorkflow(input: $input) { userErrors { code message } } }`, {
    input: { periodId },
  });
  expect(dataOf(started).startPeriodWorkflow.userErrors).toEqual([]);
  const id = periodWorkflowId(periodId);
  expect(await found(`WorkflowType = 'periodWorkflow' AND ThiduaCampaign = '${campaignCode}' AND ThiduaUnits = '10'`, [id])).toEqual([id]);
  // The period of 2024 is over: its round starts at once and waits in its council vote until the vote's close.
  const handle = platform.temporal.workflow.getHandle(id);
  let attributes = (await handle.describe()).typedSearchAttributes;
  for (let i = 0; i < 50 && !attributes.get(ThiduaStatus); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    attributes = (await handle.describe()).typedSearchAttributes;
  }
  expect([attributes.get(ThiduaPeriod), attributes.get(ThiduaStatus)]).toEqual([periodId, expect.any(String)]);
  const phase = attributes.get(ThiduaStatus)!;
  expect(await found(`ThiduaPeriod = '${periodId}' AND ThiduaStatus = '${phase}'`, [id])).toEqual([id]);
});

it('a nomination re-homed by a reform is found under its new unit path once told (unitMoved)', async () => {
  const nomination = await nominate(await campaignWith('TEST_SA_MOVED', 120));
  const id = nominationWorkflowId(nomination.id);
  // As after the 2025 reform: the ward now sits directly under its (merged) province.
  await platform.temporal.workflow.getHandle(id).signal(unitMovedSignal, { unitCodes: ['15', '02656'] });
  expect(await found(`ThiduaUnits = '15' AND ThiduaStatus = 'IN_REVIEW'`, [id])).toEqual([id]);
  expect(await found(`ThiduaUnits = '080' AND ThiduaPeriod = '${(await attributesOf(nomination.id)).get(ThiduaPeriod)}'`, [], 2_000)).toEqual([]);
});
