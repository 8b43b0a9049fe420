import { setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import { validateRetry } from './nomination-pipeline.failure';
import * as guard from './nomination-pipeline.guards';
import { NominationPipeline } from './nomination-pipeline.machine';
import * as msg from './nomination-pipeline.messages';
import type { PipelineInput, PipelineState } from './nomination-pipeline.messages';
import { ThiduaUnits } from './search-attributes';

/**
 * One nomination's way through the stages of its routing policy, with every stage's deadline,
 * reminders, escalations and timeout action. This file only wires messages to the state machine
 * (nomination-pipeline.machine.ts); validators refuse before anything reaches history
 * (nomination-pipeline.guards.ts); the clocks are in nomination-pipeline.timers.ts.
 */
export async function nominationPipeline(input: PipelineInput): Promise<PipelineState> {
  const pipeline = new NominationPipeline(input);
  const { policy, state } = pipeline;

  setHandler(msg.pipelineStateQuery, () => state);
  setHandler(msg.awaitFirstTaskUpdate, () => pipeline.awaitFirstTask());
  setHandler(msg.cutoffSignal, (args) => pipeline.cutoff(args));
  setHandler(msg.unitMovedSignal, ({ unitCodes }) => upsertSearchAttributes([{ key: ThiduaUnits, value: unitCodes }]));
  setHandler(msg.claimTaskUpdate, (args) => pipeline.claim(args), {
    validator: (args) => guard.validateClaim(policy, state, args),
  });
  setHandler(msg.decideTaskUpdate, (args) => pipeline.decide(args), {
    validator: (args) => guard.validateDecide(policy, state, args),
  });
  setHandler(msg.extendDeadlineUpdate, (args) => pipeline.extend(args), {
    validator: (args) => guard.validateExtend(state, args),
  });
  setHandler(msg.resubmitUpdate, (args) => pipeline.resubmit(args), {
    validator: (_: msg.ResubmitArgs) => guard.validateResubmit(state),
  });
  setHandler(msg.suspendUpdate, (args) => pipeline.suspend(args), {
    validator: (_: msg.SuspendArgs) => guard.validateSuspend(state),
  });
  setHandler(msg.resumeUpdate, (args) => pipeline.resume(args), {
    validator: (_: msg.ResumeArgs) => guard.validateResume(state),
  });
  setHandler(msg.withdrawUpdate, (args) => pipeline.withdraw(args), {
    validator: (_: msg.WithdrawArgs) => guard.validateWithdraw(state),
  });
  setHandler(msg.issueCommendationUpdate, (args) => pipeline.commend(args), {
    validator: (args) => guard.validateCommend(policy, state, args),
  });
  setHandler(msg.concludeUpdate, (args) => pipeline.conclude(args), {
    validator: (_: msg.ConcludeArgs) => guard.validateConclude(policy, state),
  });
  setHandler(msg.retryPipelineUpdate, (args) => pipeline.retry(args), {
    validator: (_: msg.RetryPipelineArgs) => validateRetry(state),
  });

  return pipeline.run();
}
