import { ActivityFailure, condition, patched } from '@temporalio/workflow';
import { FINAL_STATUSES, NominationStatus } from '../domain/enums';
import { nominationMessages as M } from '../domain/messages/nomination.messages';
import { userErrorOf } from '../domain/messages/message';
import { lifecycleRefusal } from '../domain/nomination-lifecycle';
import type { PipelineState } from './nomination-pipeline.messages';
import { refuse } from './update-failures';
import type { NominationPipeline } from './nomination-pipeline.machine';
import { lastResort } from './nomination-pipeline.proxies';

/** Histories recorded before the failure path failed the workflow instead (they never reached it). */
export const PIPELINE_FAILURE_PATCH = 'pipeline-failed-status';

function reason(error: ActivityFailure): string {
  const cause = error.cause;
  return (cause?.message || error.message || 'activity failed').slice(0, 500);
}

/**
 * Runs one of the pipeline's own steps (submission, opening a task, a clock). When its activity
 * fails for good (retries spent, or a non-retryable refusal), the nomination is marked
 * PIPELINE_FAILED, audited and its administrators told; the step runs again once an administrator
 * retries (retryPipeline). Answers undefined when the nomination ended meanwhile (withdrawn).
 */
export async function guarded<T>(
  pipeline: NominationPipeline,
  step: string,
  work: () => Promise<T>,
  { holdsBusy = false } = {},
): Promise<T | undefined> {
  const { state } = pipeline;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ActivityFailure) || !patched(PIPELINE_FAILURE_PATCH)) throw error;
      if (!(await holdForRetry(pipeline, step, error))) return undefined;
      // The loop's own steps hold the pipeline busy while they run; the clocks take it themselves.
      if (holdsBusy) state.busy = true;
    }
  }
}

/** Marks the failure and waits for an administrator's retry (true) or the end of the nomination (false). */
async function holdForRetry(pipeline: NominationPipeline, step: string, error: ActivityFailure): Promise<boolean> {
  const { state } = pipeline;
  const sequence = (state.failures ?? 0) + 1;
  state.failures = sequence;
  state.busy = true;
  const marked = await lastResort.markPipelineFailed({
    nominationId: state.nominationId,
    step,
    failure: reason(error),
    sequence,
  });
  if (!marked.marked && FINAL_STATUSES.includes(marked.previous)) {
    // It ended meanwhile (withdrawn through the database's own path): nothing is left to run.
    state.status = marked.previous;
    state.openTask = null;
    state.busy = false;
    return false;
  }
  const databaseStatus = marked.previous === NominationStatus.PIPELINE_FAILED ? state.status : marked.previous;
  state.failure = { sequence, step, pipelineStatus: state.status, databaseStatus };
  state.status = NominationStatus.PIPELINE_FAILED;
  state.busy = false;
  await condition(() => state.status !== NominationStatus.PIPELINE_FAILED);
  state.failure = null;
  return !FINAL_STATUSES.includes(state.status);
}

/** The retry's validator: only a failed pipeline, and not while another action runs. */
export function validateRetry(state: PipelineState): void {
  if (state.busy) refuse(userErrorOf(M.busy));
  const refusal = lifecycleRefusal(state.status, 'RETRY_PIPELINE');
  if (refusal) refuse(refusal);
}
