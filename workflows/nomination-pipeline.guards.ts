import { ApplicationFailure } from '@temporalio/workflow';
import { Decision, FINAL_STATUSES, NominationStatus, TaskKind } from '../domain/enums';
import { ERROR_MESSAGES, ErrorCode } from '../domain/error-codes';
import type { RoutingPolicy } from '../domain/routing';
import type { ActorRef, ClaimArgs, CommendArgs, DecideArgs, ExtendDeadlineArgs, PipelineState } from './nomination-pipeline.messages';

/**
 * Update validators: they refuse, before anything is written to history, an action the pipeline's
 * state does not allow. The failure type is the ErrorCode; details carry the Vietnamese message.
 */
function refuse(code: ErrorCode, en?: string, vi?: string): never {
  throw ApplicationFailure.create({
    type: code,
    message: en ?? ERROR_MESSAGES[code].en,
    details: [vi ?? ERROR_MESSAGES[code].vi],
    nonRetryable: true,
  });
}

function assertIdle(state: PipelineState): void {
  if (state.busy) {
    refuse(
      ErrorCode.VERSION_CONFLICT,
      'Another action on this nomination is being processed; try again.',
      'Một thao tác khác trên hồ sơ đang được xử lý; hãy thử lại.',
    );
  }
}

function assertNotSuspended(state: PipelineState): void {
  if (state.status === NominationStatus.SUSPENDED) refuse(ErrorCode.NOMINATION_SUSPENDED);
}

function assertActive(state: PipelineState): void {
  if (FINAL_STATUSES.includes(state.status)) {
    refuse(ErrorCode.INVALID_STATE, `The nomination is already ${state.status}.`, 'Hồ sơ đã kết thúc quy trình.');
  }
}

function assertRole(policy: RoutingPolicy, state: PipelineState, actor: ActorRef): void {
  const stage = policy.stages[state.stageIndex];
  const task = state.openTask;
  const escalatedTo = !!task?.escalatedRole && actor.role === task.escalatedRole && actor.unitId === task.escalatedUnitId;
  if (actor.role !== stage.role && !escalatedTo) {
    refuse(ErrorCode.FORBIDDEN, `Stage ${stage.key} is acted on by the ${stage.role} role.`);
  }
}

/** The task must be the one open now; a round other than the current one is stale. */
function assertOpenTask(state: PipelineState, taskId: string, round?: number): NonNullable<PipelineState['openTask']> {
  assertActive(state);
  if (round !== undefined && round !== state.round) {
    refuse(
      ErrorCode.STALE_ROUND,
      `Round ${round} is stale; the nomination is in round ${state.round}.`,
      `Vòng ${round} đã cũ; hồ sơ đang ở vòng ${state.round}.`,
    );
  }
  const task = state.openTask;
  if (!task || task.taskId !== taskId) refuse(ErrorCode.TASK_CLOSED);
  return task;
}

function assertNotClaimedByOther(task: NonNullable<PipelineState['openTask']>, actor: ActorRef): void {
  if (task.assigneeId && task.assigneeId !== actor.userId) refuse(ErrorCode.TASK_CLAIMED_BY_OTHER);
}

export function validateClaim(policy: RoutingPolicy, state: PipelineState, args: ClaimArgs): void {
  assertIdle(state);
  assertNotSuspended(state);
  const task = assertOpenTask(state, args.taskId);
  assertRole(policy, state, args.actor);
  assertNotClaimedByOther(task, args.actor);
}

export function validateDecide(policy: RoutingPolicy, state: PipelineState, args: DecideArgs): void {
  assertIdle(state);
  assertNotSuspended(state);
  const task = assertOpenTask(state, args.taskId, args.round);
  assertRole(policy, state, args.actor);
  assertNotClaimedByOther(task, args.actor);
  if (policy.stages[task.stageIndex].kind === TaskKind.DECISION && args.decision === Decision.APPROVE) {
    refuse(
      ErrorCode.INVALID_STATE,
      'A decision task is approved by issuing the commendation decision.',
      'Nhiệm vụ quyết định được hoàn thành bằng việc ban hành quyết định khen thưởng.',
    );
  }
  if (args.decision !== Decision.APPROVE && !args.comment?.trim()) refuse(ErrorCode.REASON_REQUIRED, undefined);
}

export function validateCommend(policy: RoutingPolicy, state: PipelineState, args: CommendArgs): void {
  assertIdle(state);
  assertNotSuspended(state);
  const task = assertOpenTask(state, args.taskId);
  assertRole(policy, state, args.actor);
  assertNotClaimedByOther(task, args.actor);
  if (policy.stages[task.stageIndex].kind !== TaskKind.DECISION) {
    refuse(
      ErrorCode.INVALID_STATE,
      'The commendation can only be issued once every review stage has approved.',
      'Chỉ ban hành quyết định khi các cấp đã phê duyệt.',
    );
  }
}

export function validateResubmit(state: PipelineState): void {
  assertIdle(state);
  if (state.status !== NominationStatus.RETURNED) {
    refuse(ErrorCode.INVALID_STATE, `Only a returned nomination can be resubmitted; it is ${state.status}.`);
  }
}

export function validateExtend(state: PipelineState, args: ExtendDeadlineArgs): void {
  assertIdle(state);
  assertOpenTask(state, args.taskId);
  if (!Number.isInteger(args.workingDays) || args.workingDays < 1 || args.workingDays > 60) {
    refuse(ErrorCode.INVALID_VALUE, 'An extension is 1 to 60 working days.', 'Gia hạn từ 1 đến 60 ngày làm việc.');
  }
}

/** The round concludes only a nomination waiting at its decision stage. */
export function validateConclude(policy: RoutingPolicy, state: PipelineState): void {
  assertIdle(state);
  assertActive(state);
  assertNotSuspended(state);
  const task = state.openTask;
  if (!task || policy.stages[task.stageIndex].kind !== TaskKind.DECISION) {
    refuse(ErrorCode.INVALID_STATE, 'The nomination is not waiting for the commendation decision.', 'Hồ sơ chưa ở bước ra quyết định khen thưởng.');
  }
}

export function validateSuspend(state: PipelineState): void {
  assertIdle(state);
  assertActive(state);
  if (state.status === NominationStatus.SUSPENDED) {
    refuse(ErrorCode.INVALID_STATE, 'The nomination is already suspended.', 'Hồ sơ đã đang tạm dừng.');
  }
}

export function validateResume(state: PipelineState): void {
  assertIdle(state);
  if (state.status !== NominationStatus.SUSPENDED) {
    refuse(ErrorCode.INVALID_STATE, `Only a suspended nomination can be resumed; it is ${state.status}.`, 'Chỉ hồ sơ đang tạm dừng mới có thể tiếp tục.');
  }
}

export function validateWithdraw(state: PipelineState): void {
  assertIdle(state);
  assertActive(state);
}
