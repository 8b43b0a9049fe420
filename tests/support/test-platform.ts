import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import { startApiServer } from '../../server/api/api-server';
import { signToken } from '../../server/auth/token';
import { loadConfig, type AppConfig } from '../../server/config/config';
import { User } from '../../server/entities/user.entity';
import { connectTemporal } from '../../server/temporal/temporal-client';
import { createPipelineWorker, WORKFLOW_INTERCEPTORS } from '../../workflows/worker/pipeline-worker';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestPlatform {
  config: AppConfig;
  db: TestDatabase;
  temporal: Client;
  url: string;
  /** A bearer token for a seeded user. */
  tokenFor(username: string): Promise<string>;
  /**
   * The day nominations count as made and submitted on (SUBMISSION_DAY); null for today. Tests of
   * the three-tier pipeline rehearse the 2024 round; tests of the two tiers move past 1 July 2025.
   */
  setSubmissionDay(day: string | null): void;
  /** Starts (again) an in-process worker on this platform's task queue. */
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

/** A working day inside the seeded "Năm 2024" window, before the 2025 reform. */
export const REHEARSED_DAY = '2024-11-20';

let bundle: Promise<{ code: string }> | undefined;
let runtimeInstalled = false;

/** Worker lifecycle logs at INFO drown jest's output; keep warnings and errors. */
function quietTemporalRuntime() {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Already installed in this process by an earlier test file.
  }
}

/** One webpack run per test file, shared by every worker the file starts. */
export function workflowBundle() {
  bundle ??= bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows/index'),
    workflowInterceptorModules: [WORKFLOW_INTERCEPTORS],
    logger: quietLogger,
  });
  return bundle;
}

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: console.error, log: noop };

/** The real platform for a test file: its own database, Temporal task queue, worker and Apollo server. */
export async function startTestPlatform({ worker: withWorker = true, env = {} as Record<string, string> } = {}): Promise<TestPlatform> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS,
    TEMPORAL_TASK_QUEUE: `test-${randomBytes(6).toString('hex')}`,
    // The seeded tree and most tests follow the three-tier round of 2024 (before the reform);
    // production refuses a rehearsal day.
    ...(env.NODE_ENV === 'production' ? {} : { SUBMISSION_DAY: REHEARSED_DAY }),
    JWT_SECRET: 'test-secret-for-jest-only-0123456789',
    STORAGE_DIR: mkdtempSync(join(tmpdir(), 'thidua-documents-')),
    ...env,
  });
  const temporal = await connectTemporal(config);
  const api = await startApiServer({ config, orm: db.orm, temporal }, 0);
  let running: { worker: Worker; done: Promise<void>; close: () => Promise<void> } | null = null;

  const platform: TestPlatform = {
    config,
    db,
    temporal,
    url: api.url,
    setSubmissionDay(day) {
      config.submissionDay = day;
      api.config.submissionDay = day;
    },
    async tokenFor(username) {
      const user = await db.orm.em.fork().findOneOrFail(User, { username });
      return signToken(user.id, config.jwtSecret, '1h');
    },
    async startWorker() {
      if (running) return;
      quietTemporalRuntime();
      const { worker, connection } = await createPipelineWorker({ config, orm: db.orm, workflowBundle: await workflowBundle() });
      running = { worker, done: worker.run(), close: () => connection.close() };
    },
    async stopWorker() {
      if (!running) return;
      running.worker.shutdown();
      await running.done;
      await running.close();
      running = null;
    },
    async stop() {
      await platform.stopWorker();
      await api.stop();
      await temporal.connection.close();
      await db.drop();
      rmSync(config.storageDir, { recursive: true, force: true });
    },
  };
  if (withWorker) await platform.startWorker();
  return platform;
}
