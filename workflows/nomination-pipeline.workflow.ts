import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import { Decision, FINAL_STATUSES, NominationStatus } from '../domain/enums';
import { nextStep, statusAtStage } from '../domain/routing';
import type { PipelineActivities } from './activities/pipeline.activities';
import {
  validateClaim,
  validateCommend,
  validateDecide,
  validateResubmit,
  validateResume,
  validateSuspend,
  validateWithdraw,
} from './nomination-pipeline.guards';
import {
  awaitFirstTaskUpdate,
  claimTaskUpdate,
  decideTaskUpdate,
  issueCommendationUpdate,
  pipelineStateQuery,
  resubmitUpdate,
  resumeUpdate,
  suspendUpdate,
  withdrawUpdate,
  type PipelineInput,
  type PipelineState,
  type ResubmitArgs,
  type ResumeArgs,
  type SuspendArgs,
  type WithdrawArgs,
} from './nomination-pipeline.messages';

const activities = proxyActivities<PipelineActivities>({
  startToCloseTimeout: '10 seconds',
  // Activities are idempotent, so retrying through a database or worker outage is safe.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/**
 * One nomination's way through the stages of its routing policy. It is the single writer of
 * pipeline state: every change happens in an idempotent activity that also writes the audit event.
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

  setHandler(pipelineStateQuery, () => state);
  setHandler(awaitFirstTaskUpdate, async () => {
    await condition(settled);
    return state;
  });

  setHandler(
    claimTaskUpdate,
    async ({ taskId, actor }) => {
      await exclusively(async () => {
        await activities.claimTask({ taskId, actor });
        if (state.openTask) state.openTask.assigneeId = actor.userId;
      });
      return state;
    },
    { validator: (args) => validateClaim(policy, state, args) },
  );

  setHandler(
    decideTaskUpdate,
    async ({ taskId, decision, comment, actor }) => {
      const step = nextStep(policy, state.stageIndex, decision);
      const stage = policy.stages[state.stageIndex];
      await exclusively(async () => {
        await activities.recordDecision({ nominationId, taskId, decision, comment, actor, nextStatus: step.status, stageKind: stage.kind });
        state.openTask = null;
        state.status = step.status;
        if (step.type === 'ADVANCE') {
          state.stageIndex = step.stageIndex;
          state.stageKey = policy.stages[step.stageIndex].key;
        }
      });
      // An approval answers with the next stage's task already open.
      if (decision === Decision.APPROVE) await condition(settled);
      return state;
    },
    { validator: (args) => validateDecide(policy, state, args) },
  );

  setHandler(
    resubmitUpdate,
    async ({ actor, comment }) => {
      await exclusively(async () => {
        await activities.resubmit({ nominationId, round: state.round + 1, actor, comment });
        state.round += 1;
        state.status = statusAtStage(policy, state.stageIndex);
      });
      await condition(settled);
      return state;
    },
    { validator: (_args: ResubmitArgs) => validateResubmit(state) },
  );

  setHandler(
    suspendUpdate,
    async ({ actor, reason }) => {
      await exclusively(async () => {
        await activities.suspend({ nominationId, actor, reason });
        state.suspendedFrom = state.status;
        state.status = NominationStatus.SUSPENDED;
      });
      return state;
    },
    { validator: (_args: SuspendArgs) => validateSuspend(state) },
  );

  setHandler(
    resumeUpdate,
    async ({ actor, comment }) => {
      await exclusively(async () => {
        const resumedTo = state.suspendedFrom ?? statusAtStage(policy, state.stageIndex);
        await activities.resume({ nominationId, actor, comment, resumedTo });
        state.status = resumedTo;
        state.suspendedFrom = null;
      });
      return state;
    },
    { validator: (_args: ResumeArgs) => validateResume(state) },
  );

  setHandler(
    withdrawUpdate,
    async ({ actor, reason }) => {
      await exclusively(async () => {
        await activities.withdraw({ nominationId, actor, reason });
        state.openTask = null;
        state.status = NominationStatus.WITHDRAWN;
      });
      return state;
    },
    { validator: (_args: WithdrawArgs) => validateWithdraw(state) },
  );

  setHandler(
    issueCommendationUpdate,
    async (args) => {
      await exclusively(async () => {
        await activities.commend({ nominationId, ...args });
        state.openTask = null;
        state.status = NominationStatus.COMMENDED;
      });
      return state;
    },
    { validator: (args) => validateCommend(policy, state, args) },
  );

  const submission = await activities.markSubmitted({ nominationId, policy, actor: input.submittedBy });
  // Withdrawn while the submission was on its way: nothing to review.
  if (!submission.submitted) state.status = submission.status;
  while (!isFinal()) {
    // Returned or suspended: wait for a resubmission, a resumption or a withdrawal.
    if (state.openTask === null && !waiting()) {
      state.busy = true;
      const stage = policy.stages[state.stageIndex];
      const task = await activities.openTask({ nominationId, stageIndex: state.stageIndex, stage, round: state.round });
      state.openTask = { ...task, stageKey: stage.key, stageIndex: state.stageIndex, round: state.round };
      state.status = statusAtStage(policy, state.stageIndex);
      state.busy = false;
    }
    await condition(() => isFinal() || (state.openTask === null && !waiting()));
  }
  await condition(allHandlersFinished);
  return state;
}

/**
 * An update handler must fail with an ApplicationFailure to refuse cleanly (anything else fails
 * the workflow task): an activity's refusal, such as QUOTA_EXCEEDED, is passed on as one.
 */
function asUpdateFailure(error: unknown): unknown {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) {
    const cause = error.cause;
    return ApplicationFailure.create({
      type: cause.type ?? undefined,
      message: cause.message,
      details: cause.details ?? undefined,
      nonRetryable: true,
    });
  }
  return error;
}
