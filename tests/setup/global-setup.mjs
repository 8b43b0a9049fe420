// One PostgreSQL and one Temporal dev server for the whole jest run; test files create
// their own databases from THIDUA_TEST_PG_ADMIN_URL and use unique task queues.
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pidAlive } from '../../scripts/lib/binary-cache.mjs';
import { clearStalePostgres, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.mjs';
import { findFreePort } from '../../scripts/lib/free-port.mjs';
import { ensureTemporalBinary } from '../../scripts/lib/temporal-binary.mjs';
import { startTemporalDevServer } from '../../scripts/lib/temporal-dev-server.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataRoot = join(repoRoot, '.data');

// Data dirs of earlier runs that were killed before their teardown.
async function sweepStaleRuns(log) {
  if (!existsSync(dataRoot)) return;
  for (const name of readdirSync(dataRoot)) {
    const match = /^test-pg-(\d+)$/.exec(name);
    if (!match || pidAlive(Number(match[1]))) continue;
    const dir = join(dataRoot, name);
    await clearStalePostgres(dir, log).catch((err) => log(err.message));
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function globalSetup() {
  mkdirSync(dataRoot, { recursive: true });
  // Server output goes to a file so jest's console stays readable; read it when a start fails.
  const logFile = join(dataRoot, 'test-infra.log');
  const logStream = createWriteStream(logFile, { flags: 'w' });
  const log = (line) => logStream.write(`${line}\n`);
  const infra = { logStream, dataDir: join(dataRoot, `test-pg-${process.pid}`) };
  globalThis.__THIDUA_TEST_INFRA__ = infra;

  try {
    await sweepStaleRuns(log);
    rmSync(infra.dataDir, { recursive: true, force: true });
    infra.postgres = await startEmbeddedPostgres({
      dataDir: infra.dataDir,
      port: await findFreePort(),
      database: 'postgres',
      log,
      // Throwaway cluster: durability costs time and buys nothing here.
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    });
    process.env.THIDUA_TEST_PG_ADMIN_URL = infra.postgres.adminUrl;

    if (!process.env.TEMPORAL_ADDRESS) {
      const binary = await ensureTemporalBinary({ log: (line) => process.stderr.write(`${line}\n`) });
      infra.temporal = await startTemporalDevServer({
        binary,
        port: await findFreePort(),
        uiPort: await findFreePort(),
        headless: true,
        log,
      });
      process.env.TEMPORAL_ADDRESS = infra.temporal.address;
    }
  } catch (err) {
    // Jest skips globalTeardown when globalSetup throws: clean up here.
    const { default: globalTeardown } = await import('./global-teardown.mjs');
    await globalTeardown();
    err.message += `\n(server logs: ${logFile})`;
    throw err;
  }
}
