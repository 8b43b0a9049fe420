import { Client } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { NativeConnection, Worker, type ActivityInterceptorsFactory } from '@temporalio/worker';
import type { AppConfig } from '../../server/config/config';
import { temporalConnectionOptions } from '../../server/config/temporal.config';
import type { Orm } from '../../server/db/open-database';
import { createExportActivities } from '../activities/export.activities';
import { createPeriodActivities } from '../activities/period.activities';
import { createPipelineActivities } from '../activities/pipeline.activities';
import { createReconciliationActivities } from '../activities/reconciliation.activities';
import { ensureReconciliationSchedule } from './reconciliation-schedule';
import { requestIdActivityInterceptor } from './request-id.interceptor';
import { ensureSearchAttributes } from './search-attribute-registration';
import { temporalClientInterceptors } from '../../server/temporal/request-id.interceptor';
import type { DocumentStorage } from '../../server/storage/document-storage';
import { createDocumentStorage } from '../../server/storage/create-storage';

export interface PipelineWorkerOptions {
  config: Pick<
    AppConfig,
    | 'temporalAddress'
    | 'temporalNamespace'
    | 'temporalSecurity'
    | 'taskQueue'
    | 'workingDayMs'
    | 'workerActivityConcurrency'
    | 'reconcileIntervalSeconds'
    | 'storageDir'
    | 'storage'
  >;
  orm: Orm;
  /** Where produced documents go; the local disk under config.storageDir when not given. */
  storage?: DocumentStorage;
  /** Tests pass a prebuilt bundle so several workers share one webpack run. */
  workflowBundle?: { code: string };
  /** worker.main: activity outcome metrics, and how long running activities may finish once shutdown starts. */
  process?: { activityInterceptors: ActivityInterceptorsFactory[]; shutdownGraceTime: Duration };
}

/** The workflow interceptor module (request ids); bundles made elsewhere list it in workflowInterceptorModules. */
export const WORKFLOW_INTERCEPTORS = require.resolve('../interceptors');

/** A worker that runs the pipeline workflows and their activities on one task queue. */
export async function createPipelineWorker({
  config,
  orm,
  storage: given,
  workflowBundle,
  process: processOptions,
}: PipelineWorkerOptions) {
  // Documents made by activities (decisions at signing, background exports) are stored here.
  const storage = given ?? (await createDocumentStorage(config));
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  const namespace = config.temporalNamespace;
  let client: Client | null = null;
  const temporal = () => (client ??= new Client({ connection, namespace, interceptors: temporalClientInterceptors() }));
  // Workflows upsert these: they must exist before the worker polls.
  await ensureSearchAttributes(connection, namespace);
  const worker = await Worker.create({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    maxConcurrentActivityTaskExecutions: config.workerActivityConcurrency,
    ...(processOptions ? { shutdownGraceTime: processOptions.shutdownGraceTime } : {}),
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: require.resolve('../index') }),
    // A prebuilt bundle has them built in (workflowInterceptorModules); workflowsPath bundles them here.
    interceptors: {
      workflowModules: workflowBundle ? [] : [WORKFLOW_INTERCEPTORS],
      activity: [requestIdActivityInterceptor, ...(processOptions?.activityInterceptors ?? [])],
    },
    activities: {
      ...createPipelineActivities({ orm, workingDayMs: config.workingDayMs }),
      ...createPeriodActivities({ orm, connection, namespace: config.temporalNamespace, storage }),
      ...createReconciliationActivities({ orm, temporal, storage }),
      ...createExportActivities({ orm, storage }),
    },
  });
  const everySeconds = config.reconcileIntervalSeconds;
  await ensureReconciliationSchedule(connection, { namespace, taskQueue: config.taskQueue, everySeconds });
  return { worker, connection };
}
