import 'reflect-metadata';
import type { Worker } from '@temporalio/worker';
import { loadConfig } from '../../server/config/config';
import { openDatabase } from '../../server/db/open-database';
import { createLogger, type Logger } from '../../server/logging/logger';
import { databaseAnswers } from '../../server/observability/database-ping';
import { registerPoolMetrics } from '../../server/observability/pool-metrics';
import { activityMetricsInterceptor, WorkerMetrics } from './activity-metrics';
import { createPipelineWorker } from './pipeline-worker';
import { startWorkerHealthServer } from './worker-health';
import { installWorkerRuntime } from './worker-runtime';

/** How long running activities may finish after SIGTERM before they are cancelled (compose waits longer). */
const SHUTDOWN_GRACE_SECONDS = 30;

let logger: Logger = createLogger('worker');

/**
 * The worker process: `npm run start:worker`. Serves /healthz, /readyz and /metrics on
 * WORKER_HTTP_PORT and Temporal's metrics on WORKER_TEMPORAL_METRICS_ADDRESS; on SIGINT/SIGTERM it
 * stops polling, lets running activities finish, then closes Temporal, the database and the health server.
 */
async function main() {
  const config = loadConfig();
  logger = createLogger('worker', config.logLevel);
  installWorkerRuntime({ logger, metricsBindAddress: config.metrics.temporalMetricsAddress });
  const orm = await openDatabase(config.databaseUrl, config.debugSql, config.dbPoolMax);
  const metrics = new WorkerMetrics();
  registerPoolMetrics(metrics.registry, orm);
  let worker: Worker | null = null;
  const health = await startWorkerHealthServer({
    port: config.metrics.workerHttpPort,
    host: config.metrics.workerHttpHost,
    state: () => worker?.getState() ?? 'STARTING',
    database: () => databaseAnswers(orm),
    registry: metrics.registry,
    token: config.metrics.token,
  });
  const created = await createPipelineWorker({
    config,
    orm,
    process: {
      activityInterceptors: [activityMetricsInterceptor(metrics)],
      shutdownGraceTime: `${SHUTDOWN_GRACE_SECONDS}s`,
    },
  });
  const running = created.worker;
  worker = running;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now": the running activities are retried by another worker.
    if (stopping) process.exit(130);
    stopping = true;
    logger.info({ signal }, `stopping: running activities may finish for up to ${SHUTDOWN_GRACE_SECONDS} s`);
    health.drain();
    running.shutdown();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  logger.info(
    { taskQueue: config.taskQueue, healthPort: health.port },
    `polling task queue "${config.taskQueue}" on ${config.temporalAddress}`,
  );
  try {
    await running.run();
  } finally {
    await created.connection.close();
    await orm.close();
    // Last, so compose and load balancers see the worker unhealthy until it is really gone.
    await health.close();
  }
}

main().catch((error: unknown) => {
  logger.error({ err: error instanceof Error ? error.message : String(error) }, 'worker stopped');
  process.exit(1);
});
