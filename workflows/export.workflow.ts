import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { ExportActivities } from './activities/export.activities';
import type { ExportInput } from './export.messages';

const retry = { initialInterval: '2 seconds', maximumInterval: '1 minute', backoffCoefficient: 2 } as const;

// Writing a large export takes minutes; the heartbeat after each batch shows it is alive.
const { produceExport } = proxyActivities<ExportActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { ...retry, maximumAttempts: 3 },
});
const { failExport } = proxyActivities<ExportActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { ...retry, maximumAttempts: 20 },
});

/** Produces one export file (workflow id `export:<fileId>`); on failure the file says so. */
export async function exportWorkflow(input: ExportInput): Promise<{ rows: number }> {
  try {
    return await produceExport(input);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    await failExport({ ...input, error: reason });
    throw ApplicationFailure.nonRetryable(`Export ${input.fileId} failed: ${reason}`, 'ExportFailed');
  }
}
