import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { startApiServer } from '../../server/api/api-server';
import { loadConfig } from '../../server/config/config';
import { openDatabase } from '../../server/db/open-database';
import { connectTemporal } from '../../server/temporal/temporal-client';
import { createPipelineWorker } from '../../workflows/worker/pipeline-worker';

/**
 * The API or the worker of a fault test, as the product runs them (server/api.main.ts,
 * workflows/worker/worker.main.ts) but in a process the test starts and kills by its pid:
 *   node -r ts-node/register/transpile-only tests/support/fault-child.ts api|worker
 * It prints `FAULT_READY <json>` once serving. The worker takes the test's prebuilt workflow bundle
 * (WORKFLOW_BUNDLE_PATH) so that a restart does not run webpack again.
 */
const ready = (detail: Record<string, unknown>) => process.stdout.write(`FAULT_READY ${JSON.stringify(detail)}\n`);

async function api() {
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl, false, config.dbPoolMax);
  const temporal = await connectTemporal(config);
  const server = await startApiServer({ config, orm, temporal }, config.port);
  ready({ url: server.url.replace('localhost', '127.0.0.1') });
}

async function worker() {
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl, false, config.dbPoolMax);
  const bundlePath = process.env.WORKFLOW_BUNDLE_PATH;
  const workflowBundle = bundlePath ? { code: readFileSync(bundlePath, 'utf8') } : undefined;
  const { worker: running } = await createPipelineWorker({ config, orm, workflowBundle });
  const done = running.run();
  ready({ taskQueue: config.taskQueue });
  await done;
  console.error('[fault-worker] the worker stopped');
  process.exit(1);
}

// The test's process gone (its end of our stdin closes): do not outlive it.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

const mode = process.argv[2];
(mode === 'api' ? api() : mode === 'worker' ? worker() : Promise.reject(new Error(`unknown mode ${mode}`))).catch(
  (error: unknown) => {
    console.error(`[fault-${mode}] failed:`, error);
    process.exit(1);
  },
);
