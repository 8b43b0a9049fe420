import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { openDatabase } from '../server/db/open-database';
import type { BenchContext } from './context';
import { startBenchIssuer } from './oidc-issuer';
import { parseOptions } from './options';
import { startPlatform, REPO_ROOT } from './platform';
import { prepareData } from './prepare-data';
import { rssMb, spawnChild, type Child } from './processes';
import { runMeasurements } from './run-measurements';

const started = performance.now();
const log = (line: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const stops: (() => Promise<void>)[] = [];
let stopping = false;

/** Stops what the bench started, last first; safe to call twice (an error during a Ctrl-C). */
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.reverse()) await stop().catch((error: Error) => log(`stopping: ${error.message}`));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping everything`);
    void shutdown(130);
  });
}

/** `npm run bench [-- --quick]`: the read-path and pipeline benchmark of issue 7 on its own platform. */
async function main() {
  const options = parseOptions(process.argv.slice(2));
  log(`${options.quick ? 'quick' : 'full'} run: ${options.nominations} nominations`);
  const platform = await startPlatform(stops, log);
  log(`PostgreSQL and Temporal ready (${platform.temporalAddress})`);
  const orm = await openDatabase(platform.databaseUrl);
  stops.push(() => orm.close());
  const db = new pg.Pool({ connectionString: platform.databaseUrl, max: 4 });
  stops.push(() => db.end());
  const data = await prepareData(orm, db, options, log);

  // Production refuses development tokens: the bench signs in through its own provider's keys.
  const issuer = await startBenchIssuer();
  stops.push(() => issuer.stop());
  const tokens = new Map<string, string>();
  for (const { id, username } of (await db.query<{ id: string; username: string }>('select id, username from app_user'))
    .rows) {
    tokens.set(id, await issuer.sign(username));
  }
  log(`${tokens.size} users signed in through the bench's OpenID Connect provider`);
  const storageDir = join(REPO_ROOT, '.data', `bench-storage-${process.pid}`);
  mkdirSync(storageDir, { recursive: true });
  stops.push(async () => rmSync(storageDir, { recursive: true, force: true }));
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: platform.databaseUrl,
    TEMPORAL_ADDRESS: platform.temporalAddress,
    TEMPORAL_TASK_QUEUE: `bench-${process.pid}`,
    ...issuer.env,
    // Signs upload links only.
    JWT_SECRET: randomBytes(24).toString('hex'),
    STORAGE_DIR: storageDir,
    DEBUG_SQL: '0',
    // Hundreds of requests a second from a few users and one address: the rate limits would measure themselves.
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
    RATE_LIMIT_QUERIES_PER_MINUTE: '0',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
    RATE_LIMIT_UPLOADS_PER_MINUTE: '0',
  };
  log('starting the worker and the API in their own processes (the worker bundles its workflows first)');
  const children: Child[] = [];
  const [worker, api] = await Promise.all(
    [spawnChild('worker', 'worker-child.ts', env, log), spawnChild('api', 'api-child.ts', env, log)].map((p) =>
      p.then((child) => {
        children.push(child);
        stops.push(() => child.stop());
        return child;
      }),
    ),
  );
  const connection = await Connection.connect({ address: platform.temporalAddress });
  stops.push(() => connection.close());
  const ctx: BenchContext = {
    options,
    graphqlUrl: api.ready.graphql,
    rawUrl: api.ready.raw,
    pool: db,
    temporal: new Client({ connection }),
    seed: data.seed,
    tokens,
    log,
  };
  log(`API at ${ctx.graphqlUrl}, raw baselines at ${ctx.rawUrl}`);
  const ok = await runMeasurements(ctx, data, { api: () => rssMb(api.pid), worker: () => rssMb(worker.pid) });
  log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  return ok;
}

main().then(
  (ok) => shutdown(ok ? 0 : 1),
  (error: unknown) => {
    console.error('[bench] failed:', error);
    void shutdown(1);
  },
);
