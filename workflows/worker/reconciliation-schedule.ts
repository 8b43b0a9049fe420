import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ConnectionLike } from '@temporalio/client';
import { RECONCILIATION_WORKFLOW, reconciliationScheduleId } from '../reconciliation.workflow';

/**
 * The periodic reconciliation as a Temporal schedule, made (or its interval updated) when a worker
 * starts; several workers on one queue share it, and runs never overlap. 0 seconds: no schedule.
 */
export async function ensureReconciliationSchedule(
  connection: ConnectionLike,
  { namespace, taskQueue, everySeconds }: { namespace: string; taskQueue: string; everySeconds: number },
): Promise<void> {
  if (!everySeconds) return;
  const client = new Client({ connection, namespace });
  const scheduleId = reconciliationScheduleId(taskQueue);
  const spec = { intervals: [{ every: `${everySeconds} seconds` as const }] };
  try {
    await client.schedule.create({
      scheduleId,
      spec,
      action: {
        type: 'startWorkflow',
        workflowType: RECONCILIATION_WORKFLOW,
        workflowId: scheduleId,
        taskQueue,
        workflowExecutionTimeout: '1 hour',
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec }));
  }
}
