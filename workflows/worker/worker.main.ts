import 'reflect-metadata';
import { loadConfig } from '../../server/config/config';
import { openDatabase } from '../../server/db/open-database';
import { createPipelineWorker } from './pipeline-worker';

/** The worker process: `npm run start:worker`. Stops cleanly on SIGINT/SIGTERM. */
async function main() {
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl, config.debugSql, config.dbPoolMax);
  const { worker, connection } = await createPipelineWorker({ config, orm });
  console.log(`[worker] polling task queue "${config.taskQueue}" on ${config.temporalAddress}`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error('[worker] stopped:', error instanceof Error ? error.message : error);
  process.exit(1);
});
