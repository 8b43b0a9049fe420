import { REHEARSED_DAY } from './test-platform';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { Pool } from 'pg';
import { signToken } from '../../server/auth/token';
import { migrateDatabase, openDatabase } from '../../server/db/open-database';
import { seedDemoData } from '../../server/seeds/demo.seed';
import { killPid, REPO_ROOT, startNodeChild, startPostgres, startTemporal, type Proc } from './fault-processes';
import { createTestDatabase } from './test-database';
import { workflowBundle } from './test-platform';

/**
 * The platform of one fault test, apart from the PostgreSQL and Temporal that every other test file
 * shares: its own Temporal dev server (state in a SQLite file, so a restart keeps it), its own API and
 * worker processes, and its own database — on its own embedded PostgreSQL when the test stops that.
 */
export interface FaultStack {
  url: string;
  /** Plain SQL on the test's database, for the checks (it survives a PostgreSQL restart). */
  pool: Pool;
  logFile: string;
  /** A line in the log file, to see afterwards where the time went. */
  note(line: string): void;
  temporal: Proc;
  api: Proc;
  worker: Proc;
  tokenFor(username: string): Promise<string>;
  /** SIGKILL of the Temporal server itself, by its pid. */
  killTemporal(): Promise<void>;
  /** Starts Temporal again on the same port and SQLite file. */
  startTemporal(): Promise<void>;
  killApi(): Promise<void>;
  startApi(): Promise<void>;
  killWorker(): Promise<void>;
  startWorker(): Promise<void>;
  /** Fast shutdown of the own PostgreSQL (open transactions are rolled back) and start on the same data. */
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const JWT_SECRET = 'fault-test-secret-0123456789abcdef';

/** Migrated and seeded like tests/support/test-database.ts, on the given server. */
async function seedOwnDatabase(url: string) {
  const orm = await openDatabase(url);
  try {
    await migrateDatabase(orm);
    await seedDemoData(orm.em.fork());
    await orm.em.getConnection().execute(`update period set submission_closes_on = '2099-12-31' where name = 'Năm 2024'`);
  } finally {
    await orm.close(true);
  }
}

export async function startFaultStack(
  name: string,
  options: { ownPostgres?: boolean; env?: Record<string, string>; prepare?: (pool: Pool) => Promise<void> } = {},
): Promise<FaultStack> {
  const dir = mkdtempSync(join(REPO_ROOT, '.data', 'fault-'));
  // The children's output, kept after the run (overwritten by the next) to read when a test fails.
  mkdirSync(join(REPO_ROOT, '.data', 'fault-logs'), { recursive: true });
  const logFile = join(REPO_ROOT, '.data', 'fault-logs', `${name}.log`);
  writeFileSync(logFile, '');
  const [temporalPort, uiPort, apiPort, pgPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const dbFile = join(dir, 'temporal.sqlite');
  const stops: (() => Promise<unknown>)[] = [];
  const bundlePath = join(dir, 'workflows.js');
  const bundling = workflowBundle().then((bundle) => writeFileSync(bundlePath, bundle.code));

  let postgres: Proc | null = null;
  const pgDir = join(dir, 'pg');
  const startOwnPostgres = async () => {
    postgres = await startPostgres(pgPort, pgDir, 'thidua_fault', logFile);
  };
  let databaseUrl: string;
  if (options.ownPostgres) {
    await startOwnPostgres();
    stops.push(() => postgres!.stop());
    databaseUrl = postgres!.ready.url;
    await seedOwnDatabase(databaseUrl);
  } else {
    const db = await createTestDatabase();
    await db.orm.close(true).catch(() => undefined);
    databaseUrl = db.url;
    stops.push(() => db.drop());
  }
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  // An idle connection cut by the PostgreSQL restart must not crash the test process.
  pool.on('error', () => undefined);
  await options.prepare?.(pool);

  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
    TEMPORAL_TASK_QUEUE: `fault-${randomBytes(4).toString('hex')}`,
    JWT_SECRET,
    STORAGE_DIR: join(dir, 'documents'),
    PORT: String(apiPort),
    WORKFLOW_BUNDLE_PATH: bundlePath,
    DB_POOL_MAX: '8',
    SUBMISSION_DAY: REHEARSED_DAY,
    ...options.env,
  };
  const stack: FaultStack = {
    url: `http://127.0.0.1:${apiPort}/graphql`,
    pool,
    logFile,
    note: (line) => appendFileSync(logFile, `[${new Date().toISOString()} test] ${line}\n`),
    temporal: await startTemporal(temporalPort, uiPort, dbFile, logFile),
    api: null as unknown as Proc,
    worker: null as unknown as Proc,
    async tokenFor(username) {
      const { rows } = await pool.query<{ id: string }>('select id from app_user where username = $1', [username]);
      if (!rows[0]) throw new Error(`no user ${username}`);
      return signToken(rows[0].id, JWT_SECRET, '1h');
    },
    async killTemporal() {
      await killPid(stack.temporal.ready.pid);
      await stack.temporal.exited;
    },
    async startTemporal() {
      stack.temporal = await startTemporal(temporalPort, uiPort, dbFile, logFile);
    },
    killApi: () => stack.api.kill(),
    async startApi() {
      stack.api = await startNodeChild('api', env, logFile);
    },
    killWorker: () => stack.worker.kill(),
    async startWorker() {
      await bundling;
      stack.worker = await startNodeChild('worker', env, logFile);
    },
    async stopPostgres() {
      await postgres?.stop();
    },
    startPostgres: startOwnPostgres,
    async stop() {
      await Promise.allSettled([stack.api?.stop(5_000), stack.worker?.stop(5_000)]);
      await stack.temporal.stop();
      await pool.end().catch(() => undefined);
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  stack.note('starting the API and the worker');
  try {
    await Promise.all([stack.startApi(), stack.startWorker()]);
    stack.note('ready');
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return stack;
}
