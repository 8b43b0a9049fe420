import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { nominationWorkflowId, pipelineStateQuery, type PipelineState } from '../../workflows/nomination-pipeline.messages';
import { as, COMMEND, createDraft, dataOf, DECIDE, loadCatalog, okPayload, submit, type Catalog, type Gql } from './nomination-fixtures';
import { startTestPlatform, type TestPlatform } from './test-platform';

/**
 * Nominations driven through the real API, worker and database on a compressed clock (a working
 * day lasts DAY_MS), for the tests that also record the replay histories of
 * tests/replay/histories/ when THIDUA_RECORD_HISTORIES is set.
 */
export const DAY_MS = 700;

export interface Timing {
  deadline: number;
  escalation?: number;
  timeoutAction: 'AUTO_RETURN' | 'AUTO_FORWARD' | 'ESCALATE';
  revision?: number;
  /** Cut-off days per level of a second period of the same campaign (its workflow is not started). */
  levelCutoffs?: { level: string; day: string }[];
}

export interface HistoryKit {
  platform: TestPlatform;
  admin: Gql;
  commune: Gql;
  district: Gql;
  province: Gql;
  periodWith(timing: Timing, quota?: { unitLevel: string; maxCount: number }): Promise<{ periodId: string; movementId: string; cutoffPeriodId: string | null }>;
  nominate(at: { periodId: string; movementId: string }): Promise<any>;
  /** The nomination's audit trail, oldest first. */
  actions(nominationId: string): Promise<string[]>;
  trail(nominationId: string): Promise<AuditEvent[]>;
  /** Polls the workflow until it is idle in a state that `check` accepts. */
  settled(nominationId: string, check: (state: PipelineState) => boolean, timeoutMs?: number): Promise<PipelineState>;
  /** Decides the workflow's open task through the API; answers the nomination afterwards. */
  decide(gql: Gql, state: PipelineState, decision: 'APPROVE' | 'RETURN' | 'REJECT', comment?: string): Promise<any>;
  /** The province approver issues the commendation on the open decision task. */
  commend(state: PipelineState): Promise<any>;
  /** Waits for the workflow to complete and answers its result. */
  finished(nominationId: string): Promise<PipelineState>;
  /** Writes the workflow's history to tests/replay/histories/<name> when THIDUA_RECORD_HISTORIES is set. */
  record(nominationId: string, name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startHistoryKit(): Promise<HistoryKit> {
  const platform = await startTestPlatform({ env: { WORKING_DAY_MS: String(DAY_MS) } });
  const admin = await as(platform, 'laocai.admin');
  const commune = await as(platform, 'xuantang.submitter');
  const district = await as(platform, 'laocaicity.reviewer');
  const province = await as(platform, 'laocai.approver');
  const catalog: Catalog = await loadCatalog(commune);
  let seq = 0;
  let decisions = 0;
  const handle = (nominationId: string) => platform.temporal.workflow.getHandle(nominationWorkflowId(nominationId));
  const trail = (nominationId: string) =>
    platform.db.orm.em.fork().find(AuditEvent, { nomination: nominationId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });

  /** A campaign of its own routed by a policy whose district stage has the given timing; the province stages take 20 days. */
  async function periodWith(timing: Timing, quota?: { unitLevel: string; maxCount: number }) {
    seq += 1;
    const code = `TEST_HISTORY_${seq}_${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    const stage = (key: string, level: string, role: string, kind: string, deadline: number) => ({
      key, name: key, nameVi: key, level, role, kind, deadlineWorkingDays: deadline, reminderOffsets: deadline > 1 ? [1] : [],
      escalationTarget: 'UNIT_HEAD', escalationWorkingDays: timing.escalation ?? 2, timeoutAction: timing.timeoutAction,
    });
    const units = dataOf(await admin(`{ adminUnits(filter: { code: "10", validOn: "2024-06-01" }) { edges { node { id } } } }`));
    const unitId = units.adminUnits.edges[0].node.id;
    okPayload(await admin(
      `mutation ($input: CreateRoutingPolicyInput!) { createRoutingPolicy(input: $input) { routingPolicy { code } userErrors { code message } } }`,
      {
        input: {
          code, name: code, effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30', revisionWorkingDays: timing.revision ?? 10, ownerUnitId: unitId,
          stages: [
            stage('DISTRICT_REVIEW', 'DISTRICT', 'REVIEWER', 'REVIEW', timing.deadline),
            stage('PROVINCE_APPROVAL', 'PROVINCE', 'APPROVER', 'REVIEW', 20),
            stage('COMMENDATION_DECISION', 'PROVINCE', 'APPROVER', 'DECISION', 20),
          ],
        },
      },
    ), 'createRoutingPolicy');
    const campaignId = okPayload(
      await admin(`mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } userErrors { code message } } }`, {
        input: { code: `C-${code}`, name: code, startYear: 2024, endYear: 2026, issuingUnitId: unitId },
      }),
      'createCampaign',
    ).campaign.id;
    const movementId = okPayload(
      await admin(`mutation ($input: AddMovementInput!) { addMovement(input: $input) { movement { id } userErrors { code } } }`, {
        input: { campaignId, name: 'Cán bộ giảm nghèo', targetGroup: 'Cán bộ', nomineeKinds: ['INDIVIDUAL'] },
      }),
      'addMovement',
    ).movement.id;
    okPayload(await admin(`mutation ($input: SetCampaignAwardsInput!) { setCampaignAwards(input: $input) { userErrors { code } } }`, {
      input: { campaignId, awardCodes: ['BANG_KHEN_CHU_TICH_TINH'] },
    }), 'setCampaignAwards');
    if (quota) {
      okPayload(await admin(`mutation ($input: SetQuotaInput!) { setQuota(input: $input) { quota { id } userErrors { code message } } }`, {
        input: { campaignId, movementId, periodKind: 'ANNUAL', nomineeKind: 'INDIVIDUAL', ...quota },
      }), 'setQuota');
    }
    const addPeriod = async (kind: string, name: string, levelCutoffs?: Timing['levelCutoffs']) => okPayload(await admin(
      `mutation ($input: AddPeriodInput!) { addPeriod(input: $input) { period { id } userErrors { code message } } }`,
      { input: { campaignId, kind, year: 2024, name, startsOn: '2024-01-01', endsOn: '2024-12-31', submissionOpensOn: '2024-01-01', submissionClosesOn: '2099-12-31', routingPolicyCodes: [code], levelCutoffs } },
    ), 'addPeriod').period.id;
    const periodId = await addPeriod('ANNUAL', code);
    okPayload(await admin(`mutation ($input: ChangeCampaignStatusInput!) { changeCampaignStatus(input: $input) { userErrors { code } } }`, {
      input: { id: campaignId, status: 'ACTIVE' },
    }), 'changeCampaignStatus');
    // Added to the running campaign, this period's workflow waits for startPeriodWorkflow.
    const cutoffPeriodId = timing.levelCutoffs ? await addPeriod('FINAL', `${code} (cut-off)`, timing.levelCutoffs) : null;
    return { periodId, movementId, cutoffPeriodId };
  }

  return {
    platform, admin, commune, district, province, periodWith, trail,
    async nominate({ periodId, movementId }) {
      const draft = await createDraft(commune, { ...catalog, periodId }, { movementId, nomineeName: `Ông ${Math.random().toString(36).slice(2, 7)}` });
      return submit(commune, draft.id);
    },
    async actions(nominationId) {
      return (await trail(nominationId)).map((e) => e.action);
    },
    async settled(nominationId, check, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const state = await handle(nominationId).query(pipelineStateQuery);
        if (!state.busy && check(state)) return state;
        if (Date.now() > until) throw new Error(`workflow of ${nominationId} not settled as expected: ${JSON.stringify(state)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async decide(gql, state, decision, comment) {
      const input = { taskId: state.openTask!.taskId, round: state.round, decision, comment };
      return okPayload(await gql(DECIDE, { input }), 'decideTask').nomination;
    },
    async commend(state) {
      const input = { taskId: state.openTask!.taskId, decisionNumber: `${(decisions += 1) + 100}/QĐ-UBND`, decisionDate: '2024-12-20' };
      return okPayload(await province(COMMEND, { input }), 'issueCommendation').nomination;
    },
    finished: (nominationId) => handle(nominationId).result() as Promise<PipelineState>,
    async record(nominationId, name) {
      if (!process.env.THIDUA_RECORD_HISTORIES) return;
      const history = await handle(nominationId).fetchHistory();
      writeFileSync(join(__dirname, '..', 'replay', 'histories', name), historyToJSON(history));
    },
    stop: () => platform.stop(),
  };
}

export const WORKFLOW_STATE = `query ($id: ID!) { workflowState(nominationId: $id) { executionStatus pipelineStatus stageKey round pendingTasks { id status } } }`;
export const NOMINATION = `query ($id: ID!) { nomination(id: $id) { status round revisionDueAt suspensionReason currentStageKey
  currentTask { id round stageKey kind status dueAt escalationLevel forwardedWithoutReview }
  tasks { stageKey round status outcome forwardedWithoutReview } } }`;
export const SUSPEND = `mutation ($id: ID!, $reason: String!) { suspendNomination(input: { id: $id, reason: $reason }) { nomination { status } userErrors { code message } } }`;
export const RESUME = `mutation ($id: ID!, $comment: String) { resumeNomination(input: { id: $id, comment: $comment }) { nomination { status currentTask { id round stageKey } } userErrors { code message } } }`;
export const EXTEND = `mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { task { dueAt } userErrors { code message } } }`;
export const START_PERIOD = `mutation ($input: PeriodWorkflowInput!) { startPeriodWorkflow(input: $input) { userErrors { code message } } }`;
