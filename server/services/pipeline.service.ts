import type { EntityManager } from '@mikro-orm/postgresql';
import { WithStartWorkflowOperation, type Client, type WorkflowHandle } from '@temporalio/client';
import { AuditAction, Decision, NominationStatus, Role, TaskStatus } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertCanPerform, LIFECYCLE } from '../../domain/nomination-lifecycle';
import { DecisionEntryKind, readDecisionNumber } from '../../domain/register-numbers';
import { stagesFrom } from '../../domain/routing';
import { cleanText, requireReason } from '../../domain/text-rules';
import {
  awaitFirstTaskUpdate,
  claimTaskUpdate,
  decideTaskUpdate,
  extendDeadlineUpdate,
  issueCommendationUpdate,
  NOMINATION_PIPELINE_WORKFLOW,
  nominationWorkflowId,
  resubmitUpdate,
  resumeUpdate,
  suspendUpdate,
  withdrawUpdate,
} from '../../workflows/nomination-pipeline.messages';
import { actorFor, taskActorFor } from '../auth/access';
import { vietnamToday, type Viewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { Campaign } from '../entities/campaign.entity';
import { Nomination } from '../entities/nomination.entity';
import { Period } from '../entities/period.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { nominationStartAttributes } from '../temporal/start-search-attributes';
import { toDomainError } from '../temporal/update-errors';
import { precheckDecisionNumber } from '../store/decision-register';
import { assertMayResume, suspendingUnit } from '../store/actor-check';
import { recordAudit } from '../store/audit';
import { assertCampaignActive, assertUnitInForce, policyFor, submissionDay } from './award-routing';
import { assertDossierReady } from './dossier.service';
import { assertNominationEligible } from './eligibility.service';
import { assertLevelDocumentsReady } from './level-documents.service';
import { findOrRefuse } from '../store/load';
import { readableNomination } from './nomination.service';
import { claimOnce } from './task.service';

export interface PipelineDeps {
  em: EntityManager;
  viewer: Viewer;
  temporal: Client;
  config: Pick<AppConfig, 'taskQueue' | 'submissionDay'>;
}

/** How long a mutation waits for the workflow before answering WORKFLOW_UNAVAILABLE. */
const UPDATE_WAIT_MS = 20_000;

/** Runs a Temporal call with a deadline, translating its failures; then re-reads the projection. */
async function viaWorkflow<T>(deps: PipelineDeps, nominationId: string, call: (handle: WorkflowHandle) => Promise<T>) {
  try {
    await deps.temporal.withAbortSignal(AbortSignal.timeout(UPDATE_WAIT_MS), () =>
      call(deps.temporal.workflow.getHandle(nominationWorkflowId(nominationId))),
    );
  } catch (error) {
    throw toDomainError(error);
  }
  return deps.em.findOneOrFail(Nomination, nominationId, { refresh: true, populate: ['unit'] });
}

/** Runs a task's update and answers with the task and its nomination as they are now. */
async function taskViaWorkflow(
  deps: PipelineDeps,
  task: ReviewTask,
  call: (handle: WorkflowHandle) => Promise<unknown>,
) {
  const nomination = await viaWorkflow(deps, task.nomination.id, call);
  return { nomination, task: await deps.em.findOneOrFail(ReviewTask, task.id, { refresh: true }) };
}

export async function submitNomination(deps: PipelineDeps, id: string) {
  const nomination = await readableNomination(deps.em, deps.viewer, id);
  const actor = actorFor(deps.viewer, Role.SUBMITTER, nomination.unit.path);
  assertCanPerform(nomination.status, 'SUBMIT');
  const period = await deps.em.findOneOrFail(Period, nomination.period.id);
  const day = submissionDay(deps.config);
  assertWindowOpen(period, day);
  await assertDossierReady(deps.em, id);
  await assertNominationEligible(deps.em, id, deps.config);
  assertCampaignActive(await deps.em.findOneOrFail(Campaign, period.campaign.id));
  const award = await deps.em.findOneOrFail(AwardType, nomination.award.id);
  // The authority, the policy and the unit list of the submission day decide the route (DOMAIN-RULES).
  assertUnitInForce(nomination.unit, day, 'id');
  const chosen = await policyFor(period, award, nomination.unit, day, nomination.commendationKind);
  const { code, name, effectiveFrom, effectiveTo, revisionWorkingDays } = chosen;
  const stages = stagesFrom(chosen.stages, nomination.unit.level);
  // The workflow keeps this snapshot: later edits of the policy do not move nominations in flight.
  const policy = { code, name, effectiveFrom, effectiveTo: effectiveTo ?? undefined, stages, revisionWorkingDays };
  const start = new WithStartWorkflowOperation(NOMINATION_PIPELINE_WORKFLOW, {
    workflowId: nominationWorkflowId(id),
    taskQueue: deps.config.taskQueue,
    args: [{ nominationId: id, policy, submittedBy: actor }],
    workflowIdConflictPolicy: 'FAIL',
    // Unit path, campaign and period for the Temporal UI; the workflow keeps status, stage and deadline.
    typedSearchAttributes: await nominationStartAttributes(deps.em, nomination.unit, period),
  });
  const submitted = await viaWorkflow(deps, id, () =>
    deps.temporal.workflow.executeUpdateWithStart(awaitFirstTaskUpdate, { startWorkflowOperation: start }),
  );
  if (submitted.status === NominationStatus.WITHDRAWN) {
    throw DomainError.of(ErrorCode.INVALID_STATE, 'id', {
      en: 'The nomination was withdrawn before its submission went through.',
      vi: 'Hồ sơ đã được rút trước khi việc gửi hoàn tất.',
    });
  }
  return submitted;
}

export async function resubmitNomination(deps: PipelineDeps, id: string, comment: string | null | undefined) {
  const nomination = await readableNomination(deps.em, deps.viewer, id);
  const actor = actorFor(deps.viewer, Role.SUBMITTER, nomination.unit.path);
  assertCanPerform(nomination.status, 'RESUBMIT');
  await assertDossierReady(deps.em, id);
  await assertNominationEligible(deps.em, id, deps.config);
  const note = cleanText('comment', comment, false) || null;
  return viaWorkflow(deps, id, (handle) => handle.executeUpdate(resubmitUpdate, { args: [{ actor, comment: note }] }));
}

export async function withdrawNomination(deps: PipelineDeps, id: string, reasonText: string) {
  const nomination = await readableNomination(deps.em, deps.viewer, id);
  const actor = actorFor(deps.viewer, Role.SUBMITTER, nomination.unit.path);
  assertCanPerform(nomination.status, 'WITHDRAW');
  const reason = requireReason('reason', reasonText);
  if (nomination.status !== NominationStatus.DRAFT) {
    return viaWorkflow(deps, id, (handle) => handle.executeUpdate(withdrawUpdate, { args: [{ actor, reason }] }));
  }
  // A draft has no pipeline yet: the API owns its state until it is submitted.
  nomination.status = NominationStatus.WITHDRAWN;
  await recordAudit(deps.em, {
    key: `nomination:${id}:withdrawn`,
    nominationId: id,
    actor,
    action: AuditAction.WITHDRAWN,
    before: { status: NominationStatus.DRAFT },
    after: { status: NominationStatus.WITHDRAWN },
    comment: reason,
  });
  await deps.em.flush();
  return nomination;
}

/**
 * The viewer's role to suspend or resume with, read from the lifecycle table's `by` roles held over
 * the nomination's unit; `reach` narrows it to roles whose unit covers the given path (the suspender's).
 */
function holdingActor(viewer: Viewer, action: 'SUSPEND' | 'RESUME', unitPath: string, reach = unitPath) {
  const roles = LIFECYCLE[action].by as readonly Role[];
  const held = roles
    .flatMap((role) => viewer.roles.filter((r) => r.role === role && unitPath.startsWith(r.unitPath)))
    .find((r) => reach.startsWith(r.unitPath));
  if (held) return actorFor(viewer, held.role, held.unitPath);
  return actorFor(viewer, roles.find((role) => viewer.roles.some((r) => r.role === role)) ?? roles[0], unitPath);
}

/** Holds a nomination while discipline or a complaint is verified; no level may forward it meanwhile. */
export async function suspendNomination(deps: PipelineDeps, id: string, reasonText: string) {
  const nomination = await readableNomination(deps.em, deps.viewer, id);
  const actor = holdingActor(deps.viewer, 'SUSPEND', nomination.unit.path);
  assertCanPerform(nomination.status, 'SUSPEND');
  const reason = requireReason('reason', reasonText);
  return viaWorkflow(deps, id, (handle) => handle.executeUpdate(suspendUpdate, { args: [{ actor, reason }] }));
}

/** Only the level that suspended the nomination, or a level above it, resumes it. */
export async function resumeNomination(deps: PipelineDeps, id: string, comment: string | null | undefined) {
  const nomination = await readableNomination(deps.em, deps.viewer, id);
  const suspender = await suspendingUnit(deps.em, id);
  const actor = holdingActor(deps.viewer, 'RESUME', nomination.unit.path, suspender?.path);
  assertCanPerform(nomination.status, 'RESUME');
  const acting = await deps.em.findOneOrFail(AdminUnit, actor.unitId);
  await assertMayResume(deps.em, id, acting.path);
  const note = cleanText('comment', comment, false) || null;
  return viaWorkflow(deps, id, (handle) => handle.executeUpdate(resumeUpdate, { args: [{ actor, comment: note }] }));
}

/** A task the viewer may act on in its candidate role, with its nomination. */
async function actionableTask(deps: PipelineDeps, taskId: string) {
  const task = await findOrRefuse(deps.em, ReviewTask, taskId, 'taskId', ['unit', 'nomination'] as const);
  const escalatedTo =
    task.escalatedToRole && task.escalatedToUnit
      ? { role: task.escalatedToRole, unitId: task.escalatedToUnit.id }
      : null;
  const actor = taskActorFor(deps.viewer, task.candidateRole, task.unit.id, escalatedTo);
  if (task.status === TaskStatus.DONE || task.status === TaskStatus.CANCELLED)
    throw DomainError.of(ErrorCode.TASK_CLOSED, 'taskId');
  return { task, actor };
}

export async function claimTask(deps: PipelineDeps, taskId: string) {
  const { task, actor } = await actionableTask(deps, taskId);
  return claimOnce(deps.em, deps.viewer, task, () =>
    taskViaWorkflow(deps, task, (handle) => handle.executeUpdate(claimTaskUpdate, { args: [{ taskId, actor }] })),
  );
}

export async function decideTask(
  deps: PipelineDeps,
  input: { taskId: string; round: number; decision: Decision; comment?: string | null; score?: number | null },
) {
  const { task, actor } = await actionableTask(deps, input.taskId);
  const score = cleanScore(input.decision, input.score);
  // Each level checks the conditions again: the registry may have changed since submission.
  if (input.decision === Decision.APPROVE) {
    await assertNominationEligible(deps.em, task.nomination.id, deps.config);
  }
  await assertLevelDocumentsReady(deps.em, task, input.decision);
  const comment =
    input.decision === Decision.APPROVE
      ? cleanText('comment', input.comment, false) || null
      : requireReason('comment', input.comment);
  return taskViaWorkflow(deps, task, (handle) =>
    handle.executeUpdate(decideTaskUpdate, {
      args: [{ taskId: input.taskId, round: input.round, decision: input.decision, comment, actor, score }],
    }),
  );
}

export async function issueCommendation(
  deps: PipelineDeps,
  input: { taskId: string; decisionNumber?: string | null; decisionDate: string; comment?: string | null },
) {
  const { task, actor } = await actionableTask(deps, input.taskId);
  await assertNominationEligible(deps.em, task.nomination.id, deps.config);
  if (input.decisionNumber?.trim()) readDecisionNumber(input.decisionNumber);
  const decisionDate = cleanDecisionDate(input.decisionDate);
  const comment = cleanText('comment', input.comment, false) || null;
  // The number typed (free in the unit's register, or this decision's own for another nominee), or '' for the next.
  const sameDecision = { kind: DecisionEntryKind.COMMENDATION };
  const typed = input.decisionNumber;
  const decisionNumber = (await precheckDecisionNumber(deps.em, task.unit.id, decisionDate, typed, sameDecision)) ?? '';
  return taskViaWorkflow(deps, task, (handle) =>
    handle.executeUpdate(issueCommendationUpdate, {
      args: [{ taskId: input.taskId, decisionNumber, decisionDate, comment, actor }],
    }),
  );
}

/** A real calendar day (YYYY-MM-DD), not in the future: decisions are recorded once signed. */
function cleanDecisionDate(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  const valid = day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  if (!valid || value > vietnamToday()) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'decisionDate', {
      en: `decisionDate must be a past or present day written YYYY-MM-DD, got "${value}".`,
      vi: `Ngày quyết định phải là ngày đã qua hoặc hôm nay, dạng YYYY-MM-DD; nhận được "${value}".`,
    });
  }
  return value;
}

/** A score (0–100) goes with an approval; it ranks the nomination in the commendation round. */
function cleanScore(decision: Decision, score: number | null | undefined): number | null {
  if (score === null || score === undefined) return null;
  if (decision !== Decision.APPROVE || !Number.isInteger(score) || score < 0 || score > 100) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'score', {
      en: 'A score is a whole number from 0 to 100, given with an approval.',
      vi: 'Điểm là số nguyên từ 0 đến 100, kèm theo quyết định đồng ý.',
    });
  }
  return score;
}

/** Communes submit only within the period's window (Vietnam's calendar day). */
function assertWindowOpen(period: Period, today: string): void {
  if (period.submissionOpensOn <= today && today <= period.submissionClosesOn) return;
  throw DomainError.of(ErrorCode.SUBMISSION_WINDOW_CLOSED, 'id', {
    en: `"${period.name}" takes submissions from ${period.submissionOpensOn} to ${period.submissionClosesOn}; today is ${today}.`,
    vi: `Đợt "${period.name}" nhận hồ sơ từ ${period.submissionOpensOn} đến ${period.submissionClosesOn}; hôm nay là ${today}.`,
  });
}

/** An ADMIN over the task's unit moves its deadline; the running workflow picks it up at once. */
export async function extendDeadline(
  deps: PipelineDeps,
  input: { taskId: string; workingDays: number; reason: string },
) {
  const task = await findOrRefuse(deps.em, ReviewTask, input.taskId, 'taskId', ['unit', 'nomination'] as const);
  const actor = actorFor(deps.viewer, Role.ADMIN, task.unit.path);
  if (task.status === TaskStatus.DONE || task.status === TaskStatus.CANCELLED)
    throw DomainError.of(ErrorCode.TASK_CLOSED, 'taskId');
  const reason = requireReason('reason', input.reason);
  return taskViaWorkflow(deps, task, (handle) =>
    handle.executeUpdate(extendDeadlineUpdate, {
      args: [{ taskId: input.taskId, workingDays: input.workingDays, reason, actor }],
    }),
  );
}
