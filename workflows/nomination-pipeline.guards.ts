import { ErrorCode, userError } from '../domain/error-codes';
import { nominationMessages as M } from '../domain/messages/nomination.messages';
import { userErrorOf } from '../domain/messages/message';
import { lifecycleRefusal, type NominationAction } from '../domain/nomination-lifecycle';
import type { RoutingPolicy } from '../domain/routing';
import { STAGE_KINDS } from '../domain/stage-kinds';
import { refuse } from './update-failures';
import type {
  ActorRef,
  ClaimArgs,
  CommendArgs,
  DecideArgs,
  ExtendDeadlineArgs,
  PipelineState,
} from './nomination-pipeline.messages';

type OpenTask = NonNullable<PipelineState['openTask']>;

/**
 * Update validators: they refuse an action the pipeline's state does not allow. Which status
 * allows which action is the lifecycle table's; what a stage kind allows, the stage-kind table's.
 */

/** Refuses while another action runs, then as the lifecycle table says for the status. */
function assertAllowed(state: PipelineState, action: NominationAction): void {
  if (state.busy) refuse(userErrorOf(M.busy));
  const refusal = lifecycleRefusal(state.status, action);
  if (refusal) refuse(refusal);
}

/** The task must be the one open now; a round other than the current one is stale. */
function assertOpenTask(state: PipelineState, taskId: string, round?: number): OpenTask {
  if (round !== undefined && round !== state.round) refuse(userErrorOf(M.staleRound, { round, current: state.round }));
  const task = state.openTask;
  if (!task || task.taskId !== taskId) refuse(userError(ErrorCode.TASK_CLOSED));
  return task;
}

/** The stage's role acts on its task, and so does whoever the task was escalated to. */
function assertActor(policy: RoutingPolicy, state: PipelineState, task: OpenTask, actor: ActorRef): void {
  const stage = policy.stages[state.stageIndex];
  const escalatedTo =
    !!task.escalatedRole && actor.role === task.escalatedRole && actor.unitId === task.escalatedUnitId;
  if (actor.role !== stage.role && !escalatedTo)
    refuse(userErrorOf(M.wrongRole, { stageKey: stage.key, stageNameVi: stage.nameVi, role: stage.role }));
  if (task.assigneeId && task.assigneeId !== actor.userId) refuse(userError(ErrorCode.TASK_CLAIMED_BY_OTHER));
}

const kindOf = (policy: RoutingPolicy, task: OpenTask) => STAGE_KINDS[policy.stages[task.stageIndex].kind];

export function validateClaim(policy: RoutingPolicy, state: PipelineState, args: ClaimArgs): void {
  assertAllowed(state, 'CLAIM');
  const task = assertOpenTask(state, args.taskId);
  assertActor(policy, state, task, args.actor);
  // A repeated claim would change nothing: refused here, it adds no event to the history.
  if (task.assigneeId === args.actor.userId) refuse(userError(ErrorCode.TASK_ALREADY_CLAIMED));
}

export function validateDecide(policy: RoutingPolicy, state: PipelineState, args: DecideArgs): void {
  assertAllowed(state, 'DECIDE');
  const task = assertOpenTask(state, args.taskId, args.round);
  assertActor(policy, state, task, args.actor);
  if (!kindOf(policy, task).decisions.includes(args.decision)) refuse(userErrorOf(M.decisionTaskNotApproved));
  if (args.decision !== 'APPROVE' && !args.comment?.trim()) refuse(userError(ErrorCode.REASON_REQUIRED));
}

export function validateCommend(policy: RoutingPolicy, state: PipelineState, args: CommendArgs): void {
  assertAllowed(state, 'COMMEND');
  const task = assertOpenTask(state, args.taskId);
  assertActor(policy, state, task, args.actor);
  if (!kindOf(policy, task).closedByCommendation) refuse(userErrorOf(M.commendBeforeDecisionStage));
}

export function validateResubmit(state: PipelineState): void {
  assertAllowed(state, 'RESUBMIT');
}

export function validateExtend(state: PipelineState, args: ExtendDeadlineArgs): void {
  assertAllowed(state, 'EXTEND');
  assertOpenTask(state, args.taskId);
  if (!Number.isInteger(args.workingDays) || args.workingDays < 1 || args.workingDays > 60)
    refuse(userErrorOf(M.extensionRange));
}

/** The round concludes only a nomination waiting at a task its commendation closes. */
export function validateConclude(policy: RoutingPolicy, state: PipelineState): void {
  assertAllowed(state, 'CONCLUDE');
  const task = state.openTask;
  if (!task || !kindOf(policy, task).closedByCommendation) refuse(userErrorOf(M.notAtDecision));
}

export function validateSuspend(state: PipelineState): void {
  assertAllowed(state, 'SUSPEND');
}

export function validateResume(state: PipelineState): void {
  assertAllowed(state, 'RESUME');
}

export function validateWithdraw(state: PipelineState): void {
  assertAllowed(state, 'WITHDRAW');
}
