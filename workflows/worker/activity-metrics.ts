import type { Context as ActivityContext } from '@temporalio/activity';
import { CancelledFailure } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { Counter, Histogram } from 'prom-client';
import { createMetricsRegistry, DURATION_BUCKETS, METRIC_PREFIX } from '../../server/observability/metrics-registry';

export type ActivityOutcome = 'completed' | 'failed' | 'cancelled';

/** The worker's own metrics registry (process metrics included) with every activity attempt's outcome. */
export class WorkerMetrics {
  readonly registry = createMetricsRegistry();
  readonly activityExecutions = new Counter({
    name: `${METRIC_PREFIX}activity_executions_total`,
    help: 'Activity attempts this worker finished, by activity type and outcome (completed, failed, cancelled).',
    labelNames: ['activity_type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly activityDuration = new Histogram({
    name: `${METRIC_PREFIX}activity_duration_seconds`,
    help: 'Time one activity attempt ran in this worker, by activity type and outcome.',
    labelNames: ['activity_type', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
}

/** Cancelled when the attempt was asked to stop (workflow cancelled it, timed out, worker shutdown) and gave up. */
function outcomeOf(error: unknown, context: ActivityContext): ActivityOutcome {
  if (error instanceof CancelledFailure || context.cancellationSignal.aborted) return 'cancelled';
  return 'failed';
}

/**
 * An inbound interceptor for Worker.create's `interceptors.activity`: each attempt counts once
 * with its duration. Activity types are the worker's registered functions, a fixed set of labels.
 */
export function activityMetricsInterceptor(metrics: WorkerMetrics): ActivityInterceptorsFactory {
  return (context) => ({
    inbound: {
      async execute(input, next) {
        const started = process.hrtime.bigint();
        let outcome: ActivityOutcome = 'completed';
        try {
          return await next(input);
        } catch (error) {
          outcome = outcomeOf(error, context);
          throw error;
        } finally {
          const labels = { activity_type: context.info.activityType, outcome };
          metrics.activityExecutions.inc(labels);
          metrics.activityDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        }
      },
    },
  });
}
