import { proxyActivities } from '@temporalio/workflow';
import type { ReconciliationActivities } from './activities/reconciliation.activities';

const { reconcilePipelines } = proxyActivities<ReconciliationActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute', maximumAttempts: 5 },
});

export const RECONCILIATION_WORKFLOW = 'pipelineReconciliation';

/** One schedule per task queue: its workers reconcile the nominations of their database. */
export function reconciliationScheduleId(taskQueue: string): string {
  return `pipeline-reconciliation:${taskQueue}`;
}

/** One run of the periodic reconciliation: every open nomination against its workflow. */
export async function pipelineReconciliation(): Promise<{ checked: number; drifting: number }> {
  return reconcilePipelines();
}
