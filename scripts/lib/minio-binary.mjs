import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findOnPath, temporalCacheDir } from './temporal-binary.mjs';

// A pseudo-version of MinIO's master branch: MinIO publishes no tagged Go module releases,
// and this commit was built and run here.
export const MINIO_MODULE = 'github.com/minio/minio';
export const MINIO_VERSION = 'v0.0.0-20260212201848-7aac2a2c5b7c';
const LOCK_STALE_MS = 60 * 60 * 1000;

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findGo() {
  return findOnPath('go') || (isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null);
}

export class MinioUnavailableError extends Error {
  constructor(reason) {
    super(
      `No MinIO server available (${reason}).\n` +
        'Either put `minio` on PATH (https://min.io/download), set MINIO_BINARY=/path/to/minio, ' +
        `or install Go so it can be built once with \`go install ${MINIO_MODULE}@${MINIO_VERSION}\`.`,
    );
    this.name = 'MinioUnavailableError';
  }
}

function goInstall(go, gobin, log) {
  return new Promise((resolve) => {
    const child = spawn(go, ['install', `${MINIO_MODULE}@${MINIO_VERSION}`], {
      env: { ...process.env, GOBIN: gobin },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => log(`  [go] ${line}`));
    }
    child.once('error', (err) => {
      log(`  [go] ${err.message}`);
      resolve(-1);
    });
    child.once('close', (code) => resolve(code ?? -1));
  });
}

async function build(binDir, log) {
  const go = findGo();
  if (!go)
    throw new MinioUnavailableError('`minio` is not on PATH, MINIO_BINARY is unset and no `go` toolchain was found');
  // We hold the lock, so staging dirs of killed builds can go.
  for (const name of await readdir(binDir)) {
    if (name.startsWith('.minio-staging-')) await rm(join(binDir, name), { recursive: true, force: true });
  }
  // Build into a private directory and rename, so a reader never sees a half-written binary.
  const staging = join(binDir, `.minio-staging-${process.pid}`);
  try {
    await mkdir(staging, { recursive: true });
    log(
      `Building the MinIO server ${MINIO_VERSION} with \`go install\` into ${binDir}.\n` +
        'The first build downloads Go modules and compiles: it takes a minute or several. Later runs reuse the binary.',
    );
    const started = Date.now();
    const code = await goInstall(go, staging, log);
    const built = join(staging, 'minio');
    if (code !== 0 || !existsSync(built)) {
      throw new MinioUnavailableError(`go install ${MINIO_MODULE}@${MINIO_VERSION} failed (exit ${code})`);
    }
    const target = join(binDir, 'minio');
    await rename(built, target);
    log(`MinIO built in ${Math.round((Date.now() - started) / 1000)} s: ${target}`);
    return target;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

// An exclusive-create lock file holding the builder's pid, so parallel jest workers build once.
// A lock whose owner is gone (killed build) or that is older than an hour is taken over.
async function tryLock(lockPath) {
  try {
    const handle = await open(lockPath, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
  }
  const owner = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
  const age = await stat(lockPath).then(
    (s) => Date.now() - s.mtimeMs,
    () => 0,
  );
  if ((owner && !pidAlive(owner)) || age > LOCK_STALE_MS) await rm(lockPath, { force: true });
  return false;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The path of a MinIO server binary: MINIO_BINARY, else `minio` on PATH, else one built into the user cache. */
export async function ensureMinioBinary({ log = console.log, env = process.env } = {}) {
  const given = env.MINIO_BINARY?.trim();
  if (given) {
    if (isExecutable(given)) return given;
    throw new MinioUnavailableError(`MINIO_BINARY=${given} is not an executable file`);
  }
  const onPath = findOnPath('minio', env);
  if (onPath) return onPath;

  const binDir = temporalCacheDir(env);
  const target = join(binDir, 'minio');
  if (isExecutable(target)) return target;

  await mkdir(binDir, { recursive: true });
  const lockPath = join(binDir, '.minio-build.lock');
  let waitingNoted = false;
  while (!(await tryLock(lockPath))) {
    if (!waitingNoted) {
      log(`Another process is building MinIO (lock ${lockPath}); waiting for it…`);
      waitingNoted = true;
    }
    await sleep(2000);
  }
  try {
    // The process we waited for may have finished the build.
    if (isExecutable(target)) return target;
    return await build(binDir, log);
  } finally {
    await rm(lockPath, { force: true });
  }
}
