import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Decision, NominationStatus, Role } from '../domain/enums';
import type { RoutingPolicy } from '../domain/routing';

/** Who acts, in which role and unit: recorded on every audit event. */
export interface ActorRef {
  userId: string;
  role: Role;
  unitId: string;
  /** Set when acting under a delegation (ký thay): the holder of the delegated role. */
  onBehalfOfUserId?: string | null;
}

export interface PipelineInput {
  nominationId: string;
  policy: RoutingPolicy;
  submittedBy: ActorRef;
}

export interface OpenTaskState {
  taskId: string;
  stageKey: string;
  stageIndex: number;
  round: number;
  assigneeId: string | null;
  dueAt: string;
  /** Reminders still to send (offset in working days before the deadline, and when). */
  reminders: { offset: number; at: string }[];
  /** 0 until the deadline passes; then the escalation level reached. */
  escalationLevel: number;
  escalationDueAt: string | null;
  /** Who may act on it besides the stage's role, once escalated. */
  escalatedRole: Role | null;
  escalatedUnitId: string | null;
}

/** The pipeline's own view of a nomination; the database holds its projection. */
export interface PipelineState {
  nominationId: string;
  policyCode: string;
  status: NominationStatus;
  stageIndex: number;
  stageKey: string | null;
  round: number;
  openTask: OpenTaskState | null;
  /** True while an activity changes state; other actions are refused meanwhile. */
  busy: boolean;
  /** The status a suspended nomination returns to when resumed. */
  suspendedFrom?: NominationStatus | null;
  /** While returned: when the commune's time to resubmit ends. */
  revisionDueAt?: string | null;
  /** Working days a stage had left when it returned the nomination (its clock stopped). */
  remainingDays?: Record<string, number>;
  /** The open task whose level reached its period cut-off: its timeout action applies now. */
  cutoffTaskId?: string | null;
  /** How many times a step of this pipeline failed for good (each failure is recorded once). */
  failures?: number;
  /** While PIPELINE_FAILED: the step that failed and the statuses an administrator's retry restores. */
  failure?: PipelineFailure | null;
}

export interface PipelineFailure {
  sequence: number;
  step: string;
  /** The pipeline's status before the failure, and the database's (a draft whose submission failed). */
  pipelineStatus: NominationStatus;
  databaseStatus: NominationStatus;
}

export interface RetryPipelineArgs {
  actor: ActorRef;
  comment: string | null;
}

export interface ClaimArgs {
  taskId: string;
  actor: ActorRef;
}

export interface DecideArgs {
  taskId: string;
  round: number;
  decision: Decision;
  comment: string | null;
  actor: ActorRef;
  /** The reviewer's score (0–100) with an approval, used to rank the commendation round. */
  score?: number | null;
}

export interface ResubmitArgs {
  actor: ActorRef;
  comment: string | null;
}

export interface WithdrawArgs {
  actor: ActorRef;
  reason: string;
}

export interface CommendArgs {
  taskId: string;
  decisionNumber: string;
  decisionDate: string;
  comment: string | null;
  actor: ActorRef;
}

export interface SuspendArgs {
  actor: ActorRef;
  reason: string;
}

export interface ResumeArgs {
  actor: ActorRef;
  comment: string | null;
}

/** The period's commendation round decides the nomination waiting at its decision stage. */
export interface ConcludeArgs {
  awarded: boolean;
  /** Set when awarded: the round's signed decision. */
  decisionNumber: string | null;
  decisionDate: string | null;
  certificateNumber: string | null;
  comment: string | null;
  /** The chair who signed (null when the round ends it without an award on its own). */
  actor: ActorRef | null;
}

export interface ExtendDeadlineArgs {
  taskId: string;
  workingDays: number;
  reason: string;
  actor: ActorRef;
}

export const pipelineStateQuery = defineQuery<PipelineState>('pipelineState');
/** Answers once the first review task is open, so submitNomination can return it. */
export const awaitFirstTaskUpdate = defineUpdate<PipelineState>('awaitFirstTask');
export const claimTaskUpdate = defineUpdate<PipelineState, [ClaimArgs]>('claimTask');
export const decideTaskUpdate = defineUpdate<PipelineState, [DecideArgs]>('decideTask');
export const resubmitUpdate = defineUpdate<PipelineState, [ResubmitArgs]>('resubmit');
export const withdrawUpdate = defineUpdate<PipelineState, [WithdrawArgs]>('withdraw');
export const issueCommendationUpdate = defineUpdate<PipelineState, [CommendArgs]>('issueCommendation');
export const suspendUpdate = defineUpdate<PipelineState, [SuspendArgs]>('suspend');
export const resumeUpdate = defineUpdate<PipelineState, [ResumeArgs]>('resume');
export const concludeUpdate = defineUpdate<PipelineState, [ConcludeArgs]>('conclude');
export const extendDeadlineUpdate = defineUpdate<PipelineState, [ExtendDeadlineArgs]>('extendDeadline');
/** An administrator runs again the step that failed for good (PIPELINE_FAILED). */
export const retryPipelineUpdate = defineUpdate<PipelineState, [RetryPipelineArgs]>('retryPipeline');
/** Sent by the period workflow when a level's cut-off passes: open work there times out now. */
export const cutoffSignal = defineSignal<[{ level: string }]>('cutoff');
/** Sent when a reform re-homes the nomination: the GSO codes of its new unit's path (ThiduaUnits). */
export const unitMovedSignal = defineSignal<[{ unitCodes: string[] }]>('unitMoved');

export const NOMINATION_PIPELINE_WORKFLOW = 'nominationPipeline';

export function nominationWorkflowId(nominationId: string): string {
  return `nomination:${nominationId}`;
}
