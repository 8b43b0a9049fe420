import { NativeConnection, Worker } from '@temporalio/worker';
import type { AppConfig } from '../../server/config/config';
import type { Orm } from '../../server/db/open-database';
import { createPeriodActivities } from '../activities/period.activities';
import { createPipelineActivities } from '../activities/pipeline.activities';

export interface PipelineWorkerOptions {
  config: Pick<
    AppConfig,
    'temporalAddress' | 'temporalNamespace' | 'taskQueue' | 'workingDayMs' | 'workerActivityConcurrency'
  >;
  orm: Orm;
  /** Tests pass a prebuilt bundle so several workers share one webpack run. */
  workflowBundle?: { code: string };
}

/** A worker that runs the pipeline workflows and their activities on one task queue. */
export async function createPipelineWorker({ config, orm, workflowBundle }: PipelineWorkerOptions) {
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    maxConcurrentActivityTaskExecutions: config.workerActivityConcurrency,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: require.resolve('../index') }),
    activities: {
      ...createPipelineActivities({ orm, workingDayMs: config.workingDayMs }),
      ...createPeriodActivities({ orm, connection, namespace: config.temporalNamespace }),
    },
  });
  return { worker, connection };
}
