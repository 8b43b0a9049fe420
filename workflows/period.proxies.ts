import { proxyActivities } from '@temporalio/workflow';
import type { PeriodActivities } from './activities/period.activities';

const retry = { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 } as const;
// A refusal the activity did not turn into an ApplicationFailure, or a row the database refuses: retrying cannot mend it.
const nonRetryableErrorTypes = [
  'DomainError',
  'CheckConstraintViolationException',
  'NotNullConstraintViolationException',
];
// Every activity is idempotent (keyed by period, round, entry or nomination), so retries are safe; 30 attempts
// (about 25 minutes of failing once the backoff reaches a minute) ride out a database or worker restart.
export const acts = proxyActivities<PeriodActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { ...retry, maximumAttempts: 30, nonRetryableErrorTypes },
});
// Concluding waits on a nomination's own workflow; it retries while that one is busy or suspended, which
// may last as long as a verification: bounded by time (60 days), not by attempts.
export const concluding = proxyActivities<PeriodActivities>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '60 days',
  retry: { ...retry, maximumInterval: '5 minutes', nonRetryableErrorTypes },
});
// A batch concludes up to a hundred nominations one after another, heartbeating after each.
export const batches = proxyActivities<PeriodActivities>({
  startToCloseTimeout: '15 minutes',
  heartbeatTimeout: '1 minute',
  retry: { ...retry, maximumInterval: '5 minutes', maximumAttempts: 20, nonRetryableErrorTypes },
});
