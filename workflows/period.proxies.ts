import { proxyActivities } from '@temporalio/workflow';
import type { PeriodActivities } from './activities/period.activities';

const retry = { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 } as const;
// Every activity is idempotent (keyed by period, round, entry or nomination), so retries are safe.
export const acts = proxyActivities<PeriodActivities>({ startToCloseTimeout: '30 seconds', retry });
// Concluding waits on a nomination's own workflow; it retries while that one is busy or suspended.
export const concluding = proxyActivities<PeriodActivities>({
  startToCloseTimeout: '1 minute',
  retry: { ...retry, maximumInterval: '5 minutes' },
});
// A batch concludes up to a hundred nominations one after another, heartbeating after each.
export const batches = proxyActivities<PeriodActivities>({
  startToCloseTimeout: '15 minutes',
  heartbeatTimeout: '1 minute',
  retry: { ...retry, maximumInterval: '5 minutes' },
});
