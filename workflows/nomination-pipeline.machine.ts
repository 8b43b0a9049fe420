import { allHandlersFinished, condition } from '@temporalio/workflow';
import { Decision, FINAL_STATUSES, NominationStatus } from '../domain/enums';
import { nextStep, statusAtStage, type RoutingPolicy, type StageDefinition } from '../domain/routing';
import { asUpdateFailure } from './update-failures';
import type * as msg from './nomination-pipeline.messages';
import type { ActorRef, PipelineInput, PipelineState } from './nomination-pipeline.messages';
import { guarded } from './nomination-pipeline.failure';
import { activities } from './nomination-pipeline.proxies';
import { nextTimedEvent, onTime, timingSignature } from './nomination-pipeline.timers';
import { keepSearchAttributes, pipelineAttributes } from './search-attributes';

/** Histories recorded before the pipeline kept its search attributes replay without the upserts. */
export const PIPELINE_SEARCH_ATTRIBUTES_PATCH = 'pipeline-search-attributes';

/**
 * One nomination's pipeline state and what each message does to it. It is the single writer of
 * pipeline state: every change happens in an idempotent activity that also writes the audit event,
 * one at a time (`exclusively`; the validators refuse others while `busy`).
 */
export class NominationPipeline {
  readonly state: PipelineState;
  readonly policy: RoutingPolicy;

  constructor(private readonly input: PipelineInput) {
    this.policy = input.policy;
    this.state = {
      nominationId: input.nominationId,
      policyCode: input.policy.code,
      status: NominationStatus.IN_REVIEW,
      stageIndex: 0,
      stageKey: input.policy.stages[0].key,
      round: 1,
      openTask: null,
      busy: true,
      suspendedFrom: null,
      revisionDueAt: null,
      remainingDays: {},
      cutoffTaskId: null,
    };
  }

  get stage(): StageDefinition {
    return this.policy.stages[this.state.stageIndex];
  }

  private isFinal = () => FINAL_STATUSES.includes(this.state.status);
  private waiting = () =>
    this.state.status === NominationStatus.RETURNED || this.state.status === NominationStatus.SUSPENDED;
  private settled = () =>
    this.state.openTask !== null ||
    this.isFinal() ||
    this.waiting() ||
    this.state.status === NominationStatus.PIPELINE_FAILED;

  /** Runs one state change, refusing others meanwhile (validators check `busy`). */
  private async exclusively(change: () => Promise<void>): Promise<void> {
    this.state.busy = true;
    try {
      await change();
    } catch (error) {
      throw asUpdateFailure(error);
    } finally {
      this.state.busy = false;
    }
  }

  /** A decision on the open task, by a person or by a timeout action (actor null, `auto`). */
  async applyDecision(
    decision: Decision,
    comment: string | null,
    actor: ActorRef | null,
    extra: { score?: number | null; auto?: boolean } = {},
  ) {
    const { state, policy } = this;
    const task = state.openTask!;
    const stage = this.stage;
    const step = nextStep(policy, state.stageIndex, decision);
    const outcome = await activities.recordDecision({
      nominationId: state.nominationId,
      taskId: task.taskId,
      decision,
      comment,
      actor,
      nextStatus: step.status,
      stageKind: stage.kind,
      score: extra.score,
      auto: extra.auto,
      revisionWorkingDays: policy.revisionWorkingDays,
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

  async awaitFirstTask(): Promise<PipelineState> {
    await condition(this.settled);
    return this.state;
  }

  cutoff({ level }: { level: string }): void {
    const task = this.state.openTask;
    if (task && this.policy.stages[task.stageIndex].level === level) this.state.cutoffTaskId = task.taskId;
  }

  async claim({ taskId, actor }: msg.ClaimArgs): Promise<PipelineState> {
    await this.exclusively(async () => {
      await activities.claimTask({ taskId, actor });
      if (this.state.openTask) this.state.openTask.assigneeId = actor.userId;
    });
    return this.state;
  }

  async decide({ decision, comment, actor, score }: msg.DecideArgs): Promise<PipelineState> {
    await this.exclusively(() => this.applyDecision(decision, comment, actor, { score }));
    // An approval answers with the next stage's task already open.
    if (decision === Decision.APPROVE) await condition(this.settled);
    return this.state;
  }

  async extend({ taskId, workingDays, reason, actor }: msg.ExtendDeadlineArgs): Promise<PipelineState> {
    await this.exclusively(async () => {
      const extended = await activities.extendDeadline({ taskId, workingDays, reason, actor, stage: this.stage });
      Object.assign(this.state.openTask!, {
        dueAt: extended.dueAt,
        escalationDueAt: extended.escalationDueAt,
        reminders: extended.reminderAts,
      });
    });
    return this.state;
  }

  async resubmit({ actor, comment }: msg.ResubmitArgs): Promise<PipelineState> {
    const { state } = this;
    await this.exclusively(async () => {
      await activities.resubmit({ nominationId: state.nominationId, round: state.round + 1, actor, comment });
      state.round += 1;
      state.status = statusAtStage(this.policy, state.stageIndex);
      state.revisionDueAt = null;
    });
    await condition(this.settled);
    return state;
  }

  async suspend({ actor, reason }: msg.SuspendArgs): Promise<PipelineState> {
    const { state } = this;
    await this.exclusively(async () => {
      await activities.suspend({ nominationId: state.nominationId, actor, reason });
      state.suspendedFrom = state.status;
      state.status = NominationStatus.SUSPENDED;
    });
    return state;
  }

  async resume({ actor, comment }: msg.ResumeArgs): Promise<PipelineState> {
    const { state } = this;
    await this.exclusively(async () => {
      const resumedTo = state.suspendedFrom ?? statusAtStage(this.policy, state.stageIndex);
      await activities.resume({ nominationId: state.nominationId, actor, comment, resumedTo });
      state.status = resumedTo;
      state.suspendedFrom = null;
    });
    return state;
  }

  async withdraw({ actor, reason }: msg.WithdrawArgs): Promise<PipelineState> {
    const { state } = this;
    await this.exclusively(async () => {
      await activities.withdraw({ nominationId: state.nominationId, actor, reason });
      state.openTask = null;
      state.status = NominationStatus.WITHDRAWN;
    });
    return state;
  }

  async commend(args: msg.CommendArgs): Promise<PipelineState> {
    const { state } = this;
    await this.exclusively(async () => {
      await activities.commend({ nominationId: state.nominationId, ...args });
      state.openTask = null;
      state.status = NominationStatus.COMMENDED;
    });
    return state;
  }

  /** An administrator runs again the step that failed for good; the loop picks it up where it stopped. */
  async retry({ actor, comment }: msg.RetryPipelineArgs): Promise<PipelineState> {
    const { state } = this;
    await this.exclusively(async () => {
      const failure = state.failure!;
      const { sequence, databaseStatus: resumedTo } = failure;
      await activities.retryPipeline({ nominationId: state.nominationId, sequence, resumedTo, actor, comment });
      state.status = failure.pipelineStatus;
      state.failure = null;
    });
    return state;
  }

  /** The period's round decides the nomination waiting at its decision stage. */
  async conclude({
    awarded,
    decisionNumber,
    decisionDate,
    certificateNumber,
    comment,
    actor,
  }: msg.ConcludeArgs): Promise<PipelineState> {
    const { state } = this;
    const nominationId = state.nominationId;
    await this.exclusively(async () => {
      const taskId = state.openTask!.taskId;
      if (awarded) {
        await activities.commend({
          nominationId,
          taskId,
          decisionNumber: decisionNumber ?? '',
          decisionDate: decisionDate ?? '',
          certificateNumber,
          comment,
          actor,
        });
      } else {
        await activities.markNotAwarded({ nominationId, taskId, comment, actor });
      }
      state.openTask = null;
      state.status = awarded ? NominationStatus.COMMENDED : NominationStatus.NOT_AWARDED;
    });
    return state;
  }

  /** The stage loop: open each stage's task, then wait for a message or the next clock, until final. */
  async run(): Promise<PipelineState> {
    const { state, policy } = this;
    const nominationId = state.nominationId;
    const actor = this.input.submittedBy;
    // Status, stage and deadline follow every change, for the Temporal UI and `workflow list --query`.
    const flushSearchAttributes = keepSearchAttributes(PIPELINE_SEARCH_ATTRIBUTES_PATCH, () =>
      pipelineAttributes(state),
    );
    const submit = () => activities.markSubmitted({ nominationId, policy, actor });
    const submission = await guarded(this, 'SUBMIT', submit, { holdsBusy: true });
    // Withdrawn while the submission was on its way: nothing to review.
    if (submission && !submission.submitted) state.status = submission.status;
    while (!this.isFinal()) {
      if (state.openTask === null && !this.waiting()) {
        state.busy = true;
        const stage = this.stage;
        const key = String(state.stageIndex);
        // A stage that returned the nomination resumes with the working days it had left.
        const workingDays = state.remainingDays![key] ?? stage.deadlineWorkingDays;
        delete state.remainingDays![key];
        const { stageIndex, round } = state;
        const open = () => activities.openTask({ nominationId, stageIndex, stage, round, workingDays });
        const task = await guarded(this, 'OPEN_TASK', open, { holdsBusy: true });
        // Withdrawn while the failed step waited for a retry.
        if (!task) continue;
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
      const moved = () => this.isFinal() || timingSignature(state) !== signature;
      if (!event) {
        await condition(moved);
        continue;
      }
      if (!(await condition(moved, Math.max(1, event.at - Date.now()))))
        await guarded(this, event.kind, () => onTime(this, event, signature));
    }
    await condition(allHandlersFinished);
    flushSearchAttributes();
    return state;
  }
}
