// What the finders of cached tool binaries (Temporal CLI, MinIO, the PostgreSQL client) share.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

const LOCK_STALE_MS = 60 * 60 * 1000;

// Outside the clone, so every clone (and CI right after a session) reuses one build.
export function cacheDir(env = process.env) {
  const cacheHome = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheHome, 'thidua', 'bin');
}

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findOnPath(name, env = process.env) {
  for (const dir of (env.PATH || '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

export function findGo() {
  return findOnPath('go') || (isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null);
}

export function pidAlive(pid) {
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

/**
 * `target` if it is executable once we hold `lockPath`, else what `build()` returns.
 * `onWait()` is called once if another process holds the lock.
 */
export async function buildOnce(lockPath, { target, onWait = () => {} }, build) {
  await mkdir(dirname(lockPath), { recursive: true });
  let waitingNoted = false;
  while (!(await tryLock(lockPath))) {
    if (!waitingNoted) {
      onWait();
      waitingNoted = true;
    }
    await sleep(2000);
  }
  try {
    // The process we waited for may have finished the build.
    if (isExecutable(target)) return target;
    return await build();
  } finally {
    await rm(lockPath, { force: true });
  }
}

// Runs one `go install`, streaming go's output as progress lines; resolves to the exit code.
export function goInstall(go, moduleAtVersion, gobin, log) {
  return new Promise((resolve) => {
    const child = spawn(go, ['install', moduleAtVersion], {
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

/**
 * `go install` into `binDir/<stagingPrefix><pid>`, then the binary `name` renamed to `binDir/name`,
 * so a reader never sees a half-written binary. Call it holding the build lock: staging dirs of
 * killed builds are removed. Resolves to { code, seconds, target } (target null on failure).
 */
export async function goInstallStaged(go, moduleAtVersion, { binDir, name, stagingPrefix, log }) {
  for (const entry of await readdir(binDir)) {
    if (entry.startsWith(stagingPrefix)) await rm(join(binDir, entry), { recursive: true, force: true });
  }
  const staging = join(binDir, `${stagingPrefix}${process.pid}`);
  try {
    await mkdir(staging, { recursive: true });
    const started = Date.now();
    const code = await goInstall(go, moduleAtVersion, staging, log);
    const built = join(staging, name);
    let target = null;
    if (code === 0 && existsSync(built)) {
      target = join(binDir, name);
      await rename(built, target);
    }
    return { code, seconds: Math.round((Date.now() - started) / 1000), target };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
