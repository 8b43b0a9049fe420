import { proxyActivities } from '@temporalio/workflow';
import type { PipelineActivities } from './activities/pipeline.activities';

/** The pipeline's activities as the workflow calls them. */
export const activities = proxyActivities<PipelineActivities>({
  startToCloseTimeout: '10 seconds',
  // Activities are idempotent, so retrying through a database or worker outage is safe.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});
