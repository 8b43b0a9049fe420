import { defineUpdate } from '@temporalio/workflow';

/** The baseline pipeline: per step, how many no-op activities run (step 0 runs at the start). */
export interface NoopInput {
  activitiesPerStep: number[];
}

export const NOOP_WORKFLOW = 'noopPipeline';
/** Answers once step 0's activities have run: the counterpart of submitNomination's first open task. */
export const noopStartedUpdate = defineUpdate<number, []>('noopStarted');
/** Runs the next step's activities and answers: the counterpart of decideTask / issueCommendation. */
export const noopStepUpdate = defineUpdate<number, []>('noopStep');

export const noopWorkflowId = (key: string) => `bench-noop:${key}`;
