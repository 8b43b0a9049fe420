import { ApplicationFailure } from '@temporalio/common';
import { Decision, NominationStatus, Role } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import { THREE_TIER_POLICY as POLICY } from '../../domain/routing';
import {
  validateClaim,
  validateCommend,
  validateDecide,
  validateResubmit,
  validateWithdraw,
} from '../../workflows/nomination-pipeline.guards';
import type { ActorRef, DecideArgs, PipelineState } from '../../workflows/nomination-pipeline.messages';

const reviewer: ActorRef = { userId: 'u-reviewer', role: Role.REVIEWER, unitId: 'district' };
const otherReviewer: ActorRef = { userId: 'u-reviewer-2', role: Role.REVIEWER, unitId: 'district' };
const approver: ActorRef = { userId: 'u-approver', role: Role.APPROVER, unitId: 'province' };

/** A nomination waiting at `stageIndex` of the three-tier policy, round `round`, task "t-<stage>-<round>". */
function waitingAt(stageIndex: number, patch: Partial<PipelineState> = {}, assigneeId: string | null = null): PipelineState {
  const round = patch.round ?? 1;
  const stageKey = POLICY.stages[stageIndex].key;
  return {
    nominationId: 'n-1',
    policyCode: POLICY.code,
    status: stageIndex === 2 ? NominationStatus.APPROVED : NominationStatus.IN_REVIEW,
    stageIndex,
    stageKey,
    round,
    openTask: {
      taskId: `t-${stageIndex}-${round}`,
      stageKey,
      stageIndex,
      round,
      assigneeId,
      dueAt: '2024-06-14T02:00:00.000Z',
      reminders: [],
      escalationLevel: 0,
      escalationDueAt: null,
      escalatedRole: null,
      escalatedUnitId: null,
    },
    busy: false,
    ...patch,
  };
}

/** The ApplicationFailure type a validator refuses with, or null when it lets the update through. */
function refusalType(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof ApplicationFailure)) throw error;
    expect(error.nonRetryable).toBe(true);
    return error.type ?? '(no type)';
  }
}

const decide = (patch: Partial<DecideArgs> = {}): DecideArgs => ({
  taskId: 't-0-1',
  round: 1,
  decision: Decision.APPROVE,
  comment: null,
  actor: reviewer,
  ...patch,
});

describe('validateDecide', () => {
  it.each<[string, PipelineState, DecideArgs, ErrorCode | null]>([
    ['the reviewer approves the open district task', waitingAt(0), decide(), null],
    ['its claimant decides it', waitingAt(0, {}, reviewer.userId), decide(), null],
    ['no task is open (already decided)', waitingAt(0, { openTask: null }), decide(), ErrorCode.TASK_CLOSED],
    ['the task is not the one open now', waitingAt(1), decide({ taskId: 't-0-1', actor: approver }), ErrorCode.TASK_CLOSED],
    ['the nomination has ended', waitingAt(0, { status: NominationStatus.WITHDRAWN }), decide(), ErrorCode.INVALID_STATE],
    ['the round is older than the current one', waitingAt(0, { round: 2 }), decide({ taskId: 't-0-2', round: 1 }), ErrorCode.STALE_ROUND],
    ['another action is being processed', waitingAt(0, { busy: true }), decide(), ErrorCode.VERSION_CONFLICT],
    ['busy wins over every other refusal', waitingAt(0, { busy: true, openTask: null }), decide({ round: 9 }), ErrorCode.VERSION_CONFLICT],
    ['someone else claimed the task', waitingAt(0, {}, otherReviewer.userId), decide(), ErrorCode.TASK_CLAIMED_BY_OTHER],
    ['an approver acts on the district review stage', waitingAt(0), decide({ actor: approver }), ErrorCode.FORBIDDEN],
    ['a reviewer acts on the province approval stage', waitingAt(1), decide({ taskId: 't-1-1' }), ErrorCode.FORBIDDEN],
    ['APPROVE on the decision stage', waitingAt(2), decide({ taskId: 't-2-1', actor: approver }), ErrorCode.INVALID_STATE],
    [
      'RETURN on the decision stage with a reason',
      waitingAt(2),
      decide({ taskId: 't-2-1', actor: approver, decision: Decision.RETURN, comment: 'Thiếu biên bản' }),
      null,
    ],
    ['RETURN without comment', waitingAt(0), decide({ decision: Decision.RETURN }), ErrorCode.REASON_REQUIRED],
    ['REJECT with a blank comment', waitingAt(0), decide({ decision: Decision.REJECT, comment: '   ' }), ErrorCode.REASON_REQUIRED],
    ['REJECT with a reason', waitingAt(0), decide({ decision: Decision.REJECT, comment: 'Không đủ tiêu chuẩn' }), null],
  ])('%s → %s', (_label, state, args, code) => {
    expect(refusalType(() => validateDecide(POLICY, state, args))).toBe(code);
  });

  it('a stale round refusal names both rounds, and carries the Vietnamese message in details', () => {
    try {
      validateDecide(POLICY, waitingAt(0, { round: 3 }), decide({ taskId: 't-0-3', round: 2 }));
      throw new Error('expected a refusal');
    } catch (error) {
      const failure = error as ApplicationFailure;
      expect(failure.message).toContain('Round 2 is stale');
      expect(failure.details).toEqual(['Vòng 2 đã cũ; hồ sơ đang ở vòng 3.']);
    }
  });
});

describe('validateClaim', () => {
  it.each<[string, PipelineState, ActorRef, string, ErrorCode | null]>([
    ['the reviewer claims the open task', waitingAt(0), reviewer, 't-0-1', null],
    // A claim that changes nothing is refused, so it adds no event; the API answers it as success.
    ['the claimant claims again', waitingAt(0, {}, reviewer.userId), reviewer, 't-0-1', ErrorCode.TASK_ALREADY_CLAIMED],
    ['a second reviewer claims a claimed task', waitingAt(0, {}, reviewer.userId), otherReviewer, 't-0-1', ErrorCode.TASK_CLAIMED_BY_OTHER],
    ['the task is closed', waitingAt(0, { openTask: null }), reviewer, 't-0-1', ErrorCode.TASK_CLOSED],
    ['busy', waitingAt(0, { busy: true }), reviewer, 't-0-1', ErrorCode.VERSION_CONFLICT],
    ['wrong role', waitingAt(0), approver, 't-0-1', ErrorCode.FORBIDDEN],
    ['the nomination was rejected', waitingAt(0, { status: NominationStatus.REJECTED }), reviewer, 't-0-1', ErrorCode.INVALID_STATE],
  ])('%s → %s', (_label, state, actor, taskId, code) => {
    expect(refusalType(() => validateClaim(POLICY, state, { taskId, actor }))).toBe(code);
  });
});

describe('validateCommend', () => {
  const commend = (taskId: string, actor = approver) => ({
    taskId,
    actor,
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '2024-12-20',
    comment: null,
  });

  it.each<[string, PipelineState, ReturnType<typeof commend>, ErrorCode | null]>([
    ['on the decision stage', waitingAt(2), commend('t-2-1'), null],
    ['on a review stage', waitingAt(1), commend('t-1-1'), ErrorCode.INVALID_STATE],
    ['by a reviewer', waitingAt(2), commend('t-2-1', reviewer), ErrorCode.FORBIDDEN],
    ['on a closed task', waitingAt(2, { openTask: null }), commend('t-2-1'), ErrorCode.TASK_CLOSED],
    ['while busy', waitingAt(2, { busy: true }), commend('t-2-1'), ErrorCode.VERSION_CONFLICT],
    ['already commended', waitingAt(2, { status: NominationStatus.COMMENDED }), commend('t-2-1'), ErrorCode.INVALID_STATE],
  ])('%s → %s', (_label, state, args, code) => {
    expect(refusalType(() => validateCommend(POLICY, state, args))).toBe(code);
  });
});

describe('validateResubmit and validateWithdraw', () => {
  const returned = waitingAt(0, { status: NominationStatus.RETURNED, openTask: null });

  it.each<[string, PipelineState, ErrorCode | null]>([
    ['a returned nomination', returned, null],
    ['a nomination in review', waitingAt(0), ErrorCode.INVALID_STATE],
    ['a returned nomination while busy', { ...returned, busy: true }, ErrorCode.VERSION_CONFLICT],
  ])('resubmit of %s → %s', (_label, state, code) => {
    expect(refusalType(() => validateResubmit(state))).toBe(code);
  });

  it.each<[string, PipelineState, ErrorCode | null]>([
    ['in review', waitingAt(0), null],
    ['returned', returned, null],
    ['approved, waiting for the decision', waitingAt(2), null],
    ['commended', waitingAt(2, { status: NominationStatus.COMMENDED, openTask: null }), ErrorCode.INVALID_STATE],
    ['already withdrawn', waitingAt(0, { status: NominationStatus.WITHDRAWN, openTask: null }), ErrorCode.INVALID_STATE],
    ['busy', waitingAt(0, { busy: true }), ErrorCode.VERSION_CONFLICT],
  ])('withdraw when %s → %s', (_label, state, code) => {
    expect(refusalType(() => validateWithdraw(state))).toBe(code);
  });
});
