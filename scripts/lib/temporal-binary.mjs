import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';

// Later tags carry a `replace` directive in go.mod, which `go install pkg@version` refuses.
const CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
const CLI_TAGS = ['v1.5.1', 'v1.5.0', 'v1.4.1'];
const LOCK_STALE_MS = 60 * 60 * 1000;

// Outside the clone, so every clone (and CI right after a session) reuses one build.
export function temporalCacheDir(env = process.env) {
  const cacheHome = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheHome, 'thidua', 'bin');
}

function isExecutable(path) {
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

function findGo() {
  return findOnPath('go') || (isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null);
}

function notObtainableError(reason) {
  return new Error(
    `No Temporal CLI available (${reason}).\n` +
      'Either install the Temporal CLI so that `temporal` is on PATH ' +
      '(https://docs.temporal.io/cli, or with Go: ' +
      `\`go install ${CLI_MODULE}@v1.5.1\`), ` +
      'or set TEMPORAL_ADDRESS=host:port to use an existing Temporal server.',
  );
}

// Runs one `go install`, streaming go's output as progress lines; resolves to the exit code.
function goInstall(go, tag, gobin, log) {
  return new Promise((resolve) => {
    const child = spawn(go, ['install', `${CLI_MODULE}@${tag}`], {
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
  if (!go) throw notObtainableError('`temporal` is not on PATH and no `go` toolchain was found');
  // Build into a private directory and rename, so a reader never sees a half-written binary.
  // We hold the lock, so staging dirs of killed builds can go.
  for (const name of await readdir(binDir)) {
    if (name.startsWith('.staging-')) await rm(join(binDir, name), { recursive: true, force: true });
  }
  const staging = join(binDir, `.staging-${process.pid}`);
  try {
    for (const tag of CLI_TAGS) {
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      log(
        `Building the Temporal CLI ${tag} with \`go install\` into ${binDir}.\n` +
          'The first build downloads a few hundred Go modules and compiles: it takes several minutes. ' +
          'Later runs reuse the binary.',
      );
      const started = Date.now();
      const code = await goInstall(go, tag, staging, log);
      const built = join(staging, 'temporal');
      if (code === 0 && existsSync(built)) {
        const target = join(binDir, 'temporal');
        await rename(built, target);
        log(`Temporal CLI ${tag} built in ${Math.round((Date.now() - started) / 1000)} s: ${target}`);
        return target;
      }
      log(`go install ${CLI_MODULE}@${tag} failed (exit ${code}).`);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  throw notObtainableError(`go install failed for ${CLI_TAGS.join(', ')}`);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

// An exclusive-create lock file holding the builder's pid. A lock whose owner is gone
// (killed build) or that is older than an hour is taken over.
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
  if ((owner && !pidAlive(owner)) || age > LOCK_STALE_MS) {
    await rm(lockPath, { force: true });
  }
  return false;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function ensureTemporalBinary({ log = console.log } = {}) {
  const onPath = findOnPath('temporal');
  if (onPath) return onPath;

  const binDir = temporalCacheDir();
  const target = join(binDir, 'temporal');
  if (isExecutable(target)) return target;

  await mkdir(binDir, { recursive: true });
  const lockPath = join(binDir, '.temporal-build.lock');
  let waitingNoted = false;
  while (!(await tryLock(lockPath))) {
    if (!waitingNoted) {
      log(`Another process is building the Temporal CLI (lock ${lockPath}); waiting for it…`);
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
