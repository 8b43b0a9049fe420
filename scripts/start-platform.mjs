#!/usr/bin/env node
// `npm start`: the whole platform on one machine with nothing installed beforehand.
// Embedded PostgreSQL unless DATABASE_URL is set, a Temporal dev server unless
// TEMPORAL_ADDRESS is set; then migrate, seed, and run the API and the worker.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { terminate } from './lib/child-exit.mjs';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs';
import { isPortOpen } from './lib/free-port.mjs';
import { claimRunFile } from './lib/run-file.mjs';
import { ensureTemporalBinary } from './lib/temporal-binary.mjs';
import { startTemporalDevServer } from './lib/temporal-dev-server.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;

// A terminal's Ctrl-C signals its whole foreground process group: PostgreSQL, the Temporal dev server,
// the API and the worker would each get it and print their own shutdown (Temporal dozens of warnings),
// racing our ordered stop. So the platform runs in a process group of its own under this thin parent,
// which hands it one signal; the IPC channel lets it stop too should the parent die.
if (!env.THIDUA_PLATFORM_GROUP) {
  const platform = spawn(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...env, THIDUA_PLATFORM_GROUP: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => platform.kill(signal));
  platform.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  await new Promise(() => {});
}
const port = Number(env.PORT || 4000);
const dataDir = resolve(env.THIDUA_DATA_DIR || join(repoRoot, '.data'));
const pgPort = Number(env.EMBEDDED_PG_PORT || 54329);
const temporalPort = Number(env.TEMPORAL_PORT || 7233);
const temporalUiPort = Number(env.TEMPORAL_UI_PORT || 8233);

const entry = {
  migrate: 'dist/server/scripts/migrate.js',
  seed: 'dist/server/scripts/seed.js',
  api: 'dist/server/api.main.js',
  worker: 'dist/workflows/worker/worker.main.js',
};

const log = (line) => console.log(`[start] ${line}`);
// Postgres logs every checkpoint; only its problems are worth a line here.
const pgLog = (line) => {
  if (!line.startsWith('[postgres]') || /\b(WARNING|ERROR|FATAL|PANIC):/.test(line)) log(line);
};

const services = []; // { name, stop, exited } in start order; stopped in reverse
const processes = new Map(); // name -> ChildProcess for api and worker
let shuttingDown = false;
// While stopping, every process says its goodbyes; one line per process is ours to print.
const quietWhenStopping = (print) => (line) => {
  if (!shuttingDown) print(line);
};
let runFile; // records our children so a start after a crash can clear them
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const stopChild = (child) => terminate(child, 15_000);

async function shutdown(code, signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (processes.size || services.length) log(signal ? `${signal} received, stopping…` : 'Stopping everything…');
  // Our own group: no child saw the terminal's signal, so each is asked in turn, API and worker first.
  await Promise.all(
    [...processes].map(async ([name, child]) => {
      await stopChild(child);
      log(`stopped ${name}`);
    }),
  );
  for (const service of services.reverse()) {
    await service.stop().then(
      () => log(`stopped ${service.name}`),
      (err) => log(`Stopping ${service.name}: ${err.message}`),
    );
  }
  runFile?.release();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => shutdown(0, signal));
// The parent that owns the terminal is gone.
process.on('disconnect', () => shutdown(0, 'SIGHUP'));

// A service's lines pass through; once stopping, only its errors (pino level 50 and up, or plain text naming one).
function forwardOutput(child) {
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (shuttingDown && !isErrorLine(line)) return;
      out.write(`${line}\n`);
    });
  }
}

function isErrorLine(line) {
  try {
    return Number(JSON.parse(line).level) >= 50;
  } catch {
    return /\b(error|fatal)\b/i.test(line);
  }
}

function runToEnd(name, script, childEnv) {
  log(`${name}: node ${script}`);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script], { cwd: repoRoot, env: childEnv, stdio: 'inherit' });
    processes.set(name, child);
    runFile.record(name, child.pid);
    child.once('error', fail);
    child.once('exit', (code, sig) => {
      processes.delete(name);
      if (code === 0) done();
      else fail(new Error(`${name} (${script}) failed with ${code ?? sig}`));
    });
  });
}

function runService(name, script, childEnv) {
  const child = spawn(process.execPath, [script], { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  forwardOutput(child);
  processes.set(name, child);
  runFile.record(name, child.pid);
  child.once('exit', async (code, sig) => {
    // A Ctrl-C reaches us and the child at once; let our own signal handler win the race.
    await sleep(300);
    if (shuttingDown) return;
    log(`${name} exited unexpectedly (${code ?? sig}); stopping the platform.`);
    shutdown(1);
  });
}

// Postgres or Temporal going away leaves the API and worker useless.
function watch(service) {
  services.push(service);
  service.exited.then(async (how) => {
    await sleep(300);
    if (shuttingDown) return;
    log(`${service.name} exited unexpectedly (${how}); stopping the platform.`);
    shutdown(1);
  });
}

async function waitForApi(ms) {
  for (const deadline = Date.now() + ms; Date.now() < deadline && !shuttingDown; await sleep(500)) {
    if (await isPortOpen(port)) return true;
  }
  return false;
}

async function main() {
  const missing = Object.values(entry).filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length)
    throw new Error(`Missing build output: ${missing.join(', ')}. Run \`npm run build\` (npm start does).`);
  mkdirSync(dataDir, { recursive: true });
  runFile = await claimRunFile(join(dataDir, 'platform.json'), log);

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'postgres'),
      port: pgPort,
      log: quietWhenStopping(pgLog),
    });
    watch({ name: 'PostgreSQL', ...pg });
    databaseUrl = pg.url;
  }

  let temporalAddress = env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const binary = await ensureTemporalBinary({ log });
    const temporal = await startTemporalDevServer({
      binary,
      port: temporalPort,
      uiPort: temporalUiPort,
      dbFilename: join(dataDir, 'temporal.sqlite'),
      log: quietWhenStopping(log),
    });
    runFile.record('Temporal dev server', temporal.pid);
    watch({ name: 'Temporal dev server', ...temporal });
    temporalAddress = temporal.address;
  }

  const childEnv = { ...env, PORT: String(port), DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
  await runToEnd('migrate', entry.migrate, childEnv);
  await runToEnd('seed', entry.seed, childEnv);
  if (shuttingDown) return;
  runService('api', entry.api, childEnv);
  runService('worker', entry.worker, childEnv);

  const apiUp = await waitForApi(60_000);
  if (shuttingDown) return;
  console.log(
    [
      '',
      `thidua is ${apiUp ? 'running' : 'starting (the API has not opened its port yet)'}:`,
      `  GraphQL API   http://localhost:${port}/graphql`,
      env.TEMPORAL_ADDRESS
        ? `  Temporal      ${temporalAddress}`
        : `  Temporal UI   http://localhost:${temporalUiPort}   (server ${temporalAddress})`,
      `  PostgreSQL    ${env.DATABASE_URL ? '(DATABASE_URL)' : databaseUrl}`,
      `  Data          ${env.DATABASE_URL && env.TEMPORAL_ADDRESS ? '(external services)' : dataDir}`,
      '  Get a token:  npm run token -- <username>',
      '  Stop:         Ctrl-C',
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(`[start] ${err.message}`);
  shutdown(1);
});
