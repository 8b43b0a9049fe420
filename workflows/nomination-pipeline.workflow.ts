import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { Decision, FINAL_STATUSES, NominationStatus, TaskKind, TimeoutAction } from '../domain/enums';
import { nextStep, statusAtStage } from '../domain/routing';
import type { PipelineActivities } from './activities/pipeline.activities';
import { asUpdateFailure, isQuotaRefusal } from './activity-failures';
import { nextTimedEvent, timingSignature, type TimedEvent } from './nomination-deadlines';
import * as guard from './nomination-pipeline.guards';
import * as msg from './nomination-pipeline.messages';
import type { ActorRef, PipelineInput, PipelineState } from './nomination-pipeline.messages';

const activities = proxyActivities<PipelineActivities>({
  startToCloseTimeout: '10 seconds',
  // Activities are idempotent, so retrying through a database or worker outage is safe.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/**
 * One nomination's way through the stages of its routing policy, with every stage's deadline,
 * reminders, escalations and timeout action. It is the single writer of pipeline state: every
 * change happens in an idempotent activity that also writes the audit event.
 */
export async function nominationPipeline(input: PipelineInput): Promise<PipelineState> {
  const { nominationId, policy } = input;
  const state: PipelineState = {
    nominationId,
    policyCode: policy.code,
    status: NominationStatus.IN_REVIEW,
    stageIndex: 0,
    stageKey: policy.stages[0].key,
    round: 1,
    openTask: null,
    busy: true,
    suspendedFrom: null,
    revisionDueAt: null,
    remainingDays: {},
    cutoffTaskId: null,
  };
  const isFinal = () => FINAL_STATUSES.includes(state.status);
  const waiting = () => state.status === NominationStatus.RETURNED || state.status === NominationStatus.SUSPENDED;
  const settled = () => state.openTask !== null || isFinal() || waiting();

  /** Runs one state change, refusing others meanwhile (validators check `busy`). */
  async function exclusively(change: () => Promise<void>): Promise<void> {
    state.busy = true;
    try {
      await change();
    } catch (error) {
      throw asUpdateFailure(error);
    } finally {
      state.busy = false;
    }
  }

  /** A decision on the open task, by a person or by a timeout action (actor null, `auto`). */
  async function applyDecision(decision: Decision, comment: string | null, actor: ActorRef | null, extra: { score?: number | null; auto?: boolean } = {}) {
    const task = state.openTask!;
    const stage = policy.stages[state.stageIndex];
    const step = nextStep(policy, state.stageIndex, decision);
    const outcome = await activities.recordDecision({
      nominationId, taskId: task.taskId, decision, comment, actor, nextStatus: step.status, stageKind: stage.kind,
      score: extra.score, auto: extra.auto, revisionWorkingDays: policy.revisionWorkingDays,
    });
    state.openTask = null;
    state.status = step.status;
    if (step.type === 'ADVANCE') {
      state.stageIndex = step.stageIndex;
      state.stageKey = policy.stages[step.stageIndex].key;
    }
    if (decision === Decision.RETURN) {
      state.remainingDays![String(state.stageIndex)] = outcome.remainingWorkingDays ?? stage.deadlineWorkingDays;
      state.revisionDueAt = outcome.revisionDueAt;
    }
  }

  setHandler(msg.pipelineStateQuery, () => state);
  setHandler(msg.awaitFirstTaskUpdate, async () => {
    await condition(settled);
    return state;
  });
  setHandler(msg.cutoffSignal, ({ level }) => {
    const task = state.openTask;
    if (task && policy.stages[task.stageIndex].level === level) state.cutoffTaskId = task.taskId;
  });

  setHandler(
    msg.claimTaskUpdate,
    async ({ taskId, actor }) => {
      await exclusively(async () => {
        await activities.claimTask({ taskId, actor });
        if (state.openTask) state.openTask.assigneeId = actor.userId;
      });
      return state;
    },
    { validator: (args) => guard.validateClaim(policy, state, args) },
  );

  setHandler(
    msg.decideTaskUpdate,
    async ({ decision, comment, actor, score }) => {
      await exclusively(() => applyDecision(decision, comment, actor, { score }));
      // An approval answers with the next stage's task already open.
      if (decision === Decision.APPROVE) await condition(settled);
      return state;
    },
    { validator: (args) => guard.validateDecide(policy, state, args) },
  );

  setHandler(
    msg.extendDeadlineUpdate,
    async ({ taskId, workingDays, reason, actor }) => {
      await exclusively(async () => {
        const stage = policy.stages[state.stageIndex];
        const extended = await activities.extendDeadline({ taskId, workingDays, reason, actor, stage });
        Object.assign(state.openTask!, { dueAt: extended.dueAt, escalationDueAt: extended.escalationDueAt, reminders: extended.reminderAts });
      });
      return state;
    },
    { validator: (args) => guard.validateExtend(state, args) },
  );

  setHandler(
    msg.resubmitUpdate,
    async ({ actor, comment }) => {
      await exclusively(async () => {
        await activities.resubmit({ nominationId, round: state.round + 1, actor, comment });
        state.round += 1;
        state.status = statusAtStage(policy, state.stageIndex);
        state.revisionDueAt = null;
      });
      await condition(settled);
      return state;
    },
    { validator: (_args: msg.ResubmitArgs) => guard.validateResubmit(state) },
  );

  setHandler(
    msg.suspendUpdate,
    async ({ actor, reason }) => {
      await exclusively(async () => {
        await activities.suspend({ nominationId, actor, reason });
        state.suspendedFrom = state.status;
        state.status = NominationStatus.SUSPENDED;
      });
      return state;
    },
    { validator: (_args: msg.SuspendArgs) => guard.validateSuspend(state) },
  );

  setHandler(
    msg.resumeUpdate,
    async ({ actor, comment }) => {
      await exclusively(async () => {
        const resumedTo = state.suspendedFrom ?? statusAtStage(policy, state.stageIndex);
        await activities.resume({ nominationId, actor, comment, resumedTo });
        state.status = resumedTo;
        state.suspendedFrom = null;
      });
      return state;
    },
    { validator: (_args: msg.ResumeArgs) => guard.validateResume(state) },
  );

  setHandler(
    msg.withdrawUpdate,
    async ({ actor, reason }) => {
      await exclusively(async () => {
        await activities.withdraw({ nominationId, actor, reason });
        state.openTask = null;
        state.status = NominationStatus.WITHDRAWN;
      });
      return state;
    },
    { validator: (_args: msg.WithdrawArgs) => guard.validateWithdraw(state) },
  );

  setHandler(
    msg.issueCommendationUpdate,
    async (args) => {
      await exclusively(async () => {
        await activities.commend({ nominationId, ...args });
        state.openTask = null;
        state.status = NominationStatus.COMMENDED;
      });
      return state;
    },
    { validator: (args) => guard.validateCommend(policy, state, args) },
  );

  setHandler(
    msg.concludeUpdate,
    async ({ awarded, decisionNumber, decisionDate, certificateNumber, comment, actor }) => {
      await exclusively(async () => {
        const taskId = state.openTask!.taskId;
        if (awarded) {
          await activities.commend({ nominationId, taskId, decisionNumber: decisionNumber ?? '', decisionDate: decisionDate ?? '', certificateNumber, comment, actor });
        } else {
          await activities.markNotAwarded({ nominationId, taskId, comment, actor });
        }
        state.openTask = null;
        state.status = awarded ? NominationStatus.COMMENDED : NominationStatus.NOT_AWARDED;
      });
      return state;
    },
    { validator: (_args: msg.ConcludeArgs) => guard.validateConclude(policy, state) },
  );

  /** What the pipeline does when a clock runs out; skipped if an action changed things meanwhile. */
  async function onTime(event: TimedEvent, signature: string): Promise<void> {
    await condition(() => !state.busy);
    if (timingSignature(state) !== signature) return;
    state.busy = true;
    try {
      if (event.kind === 'EXPIRE') {
        await activities.expire({ nominationId });
        state.status = NominationStatus.EXPIRED;
      } else if (event.kind === 'REMINDER') {
        await activities.remind({ taskId: state.openTask!.taskId, offset: event.offset });
        state.openTask!.reminders = state.openTask!.reminders.filter((r) => r.offset !== event.offset);
      } else if (event.kind === 'DEADLINE') {
        await escalate(1);
      } else {
        await timeOut();
      }
    } finally {
      state.busy = false;
    }
  }

  async function escalate(level: number): Promise<void> {
    const task = state.openTask!;
    const result = await activities.escalate({ taskId: task.taskId, level, stage: policy.stages[state.stageIndex] });
    Object.assign(task, {
      escalationLevel: result.level,
      escalationDueAt: result.escalationDueAt,
      escalatedRole: result.role,
      escalatedUnitId: result.unitId,
      reminders: [],
    });
  }

  /** The escalation window (or the level's cut-off) passed: the stage's timeout action applies. */
  async function timeOut(): Promise<void> {
    const task = state.openTask!;
    const stage = policy.stages[state.stageIndex];
    state.cutoffTaskId = null;
    const action = stage.kind === TaskKind.DECISION && stage.timeoutAction === TimeoutAction.AUTO_FORWARD ? TimeoutAction.ESCALATE : stage.timeoutAction;
    if (action === TimeoutAction.AUTO_RETURN) {
      await applyDecision(Decision.RETURN, 'Quá hạn xử lý: hồ sơ tự động trả lại. / Overdue: returned automatically.', null, { auto: true });
    } else if (action === TimeoutAction.AUTO_FORWARD) {
      try {
        await applyDecision(Decision.APPROVE, 'Quá hạn xử lý: chuyển tiếp không qua thẩm định. / Overdue: forwarded without review.', null, { auto: true });
      } catch (error) {
        // A quota already used up cannot take an unreviewed nomination: escalate instead.
        if (!isQuotaRefusal(error)) throw error;
        await escalate(task.escalationLevel + 1);
      }
    } else {
      await escalate(task.escalationLevel + 1);
    }
  }

  const submission = await activities.markSubmitted({ nominationId, policy, actor: input.submittedBy });
  // Withdrawn while the submission was on its way: nothing to review.
  if (!submission.submitted) state.status = submission.status;
  while (!isFinal()) {
    if (state.openTask === null && !waiting()) {
      state.busy = true;
      const stage = policy.stages[state.stageIndex];
      const key = String(state.stageIndex);
      const workingDays = state.remainingDays![key] ?? stage.deadlineWorkingDays;
      delete state.remainingDays![key];
      const task = await activities.openTask({ nominationId, stageIndex: state.stageIndex, stage, round: state.round, workingDays });
      state.openTask = {
        ...task,
        reminders: task.reminderAts,
        stageKey: stage.key,
        stageIndex: state.stageIndex,
        round: state.round,
        escalationLevel: 0,
        escalationDueAt: null,
        escalatedRole: null,
        escalatedUnitId: null,
      };
      state.status = statusAtStage(policy, state.stageIndex);
      state.busy = false;
      continue;
    }
    const event = nextTimedEvent(state);
    const signature = timingSignature(state);
    const moved = () => isFinal() || timingSignature(state) !== signature;
    if (!event) {
      await condition(moved);
      continue;
    }
    if (!(await condition(moved, Math.max(1, event.at - Date.now())))) await onTime(event, signature);
  }
  await condition(allHandlersFinished);
  return state;
}
