import { proxyActivities, type RetryPolicy } from '@temporalio/workflow';
import type { PipelineActivities } from './activities/pipeline.activities';

/**
 * Failures that retrying cannot mend: a domain refusal the activity did not turn into an
 * ApplicationFailure, or a database constraint that refuses the row itself. Activities' own
 * refusals (QUOTA_EXCEEDED, NOT_FOUND…) are already non-retryable ApplicationFailures.
 */
export const NON_RETRYABLE_ERROR_TYPES = [
  'DomainError',
  'CheckConstraintViolationException',
  'NotNullConstraintViolationException',
];

/**
 * Activities are idempotent, so retrying through a database or worker outage is safe; the bound
 * (20 attempts, about 7.5 minutes of failing attempts once the backoff reaches 30 s; time without a
 * worker does not count) rides out a restart of PostgreSQL or of the worker, and then the pipeline
 * marks the nomination PIPELINE_FAILED instead of retrying for ever (nomination-pipeline.failure.ts).
 */
export const PIPELINE_RETRY: RetryPolicy = {
  initialInterval: '1 second',
  maximumInterval: '30 seconds',
  backoffCoefficient: 2,
  maximumAttempts: 20,
  nonRetryableErrorTypes: NON_RETRYABLE_ERROR_TYPES,
};

/** The pipeline's activities as the workflow calls them. */
export const activities = proxyActivities<PipelineActivities>({
  startToCloseTimeout: '10 seconds',
  retry: PIPELINE_RETRY,
});

/** Recording a failure is the last resort: it keeps trying (up to a day) so that somebody is told. */
export const lastResort = proxyActivities<PipelineActivities>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '1 day',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});
