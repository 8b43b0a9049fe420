import 'reflect-metadata';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { loadConfig } from '../server/config/config';
import { openDatabase } from '../server/db/open-database';
import { createPipelineWorker } from '../workflows/worker/pipeline-worker';

const noop = () => undefined;
const quiet = { trace: noop, debug: noop, info: noop, warn: noop, error: console.error, log: noop };

/**
 * The worker process of the bench: the product's pipeline worker on the API's task queue and,
 * beside it, the no-op baseline workflow on its own queue, so both share one process and machine.
 */
async function main() {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl);
  const product = await createPipelineWorker({ config, orm });
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const baseline = await Worker.create({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: `${config.taskQueue}-noop`,
    workflowBundle: await bundleWorkflowCode({ workflowsPath: require.resolve('./noop.workflow'), logger: quiet }),
    activities: { noop: async () => undefined },
  });
  const stop = () => {
    product.worker.shutdown();
    baseline.shutdown();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const running = Promise.all([product.worker.run(), baseline.run()]);
  console.log('BENCH_READY {}');
  try {
    await running;
  } finally {
    await Promise.all([product.connection.close(), connection.close()]);
    await orm.close();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error('[bench-worker] stopped:', error);
  process.exit(1);
});
