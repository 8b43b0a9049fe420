import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { terminate } from './child-exit.mjs';
import { isPortOpen } from './free-port.mjs';

const TAIL_LINES = 40;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function live(endpoint) {
  try {
    const response = await fetch(`${endpoint}/minio/health/live`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `minio server` on 127.0.0.1:<port> with its data in `dataDir` and the given root user,
 * its web console off; resolves once /minio/health/live answers. `stop({ removeData })` ends it.
 */
export async function startMinioServer({
  binary,
  port,
  dataDir,
  rootUser = 'thidua-test',
  rootPassword = 'thidua-test-secret',
  log = console.log,
  timeoutMs = 60_000,
}) {
  const endpoint = `http://127.0.0.1:${port}`;
  // Otherwise a server already there could answer our readiness probe in place of ours.
  if (await isPortOpen(port)) throw new Error(`Port ${port} is already in use; cannot start MinIO on ${endpoint}.`);
  mkdirSync(dataDir, { recursive: true });
  const args = ['server', dataDir, '--address', `127.0.0.1:${port}`, '--quiet', '--anonymous'];
  log(`Starting MinIO on ${endpoint} (data: ${dataDir})…`);
  const child = spawn(binary, args, {
    env: {
      ...process.env,
      MINIO_ROOT_USER: rootUser,
      MINIO_ROOT_PASSWORD: rootPassword,
      MINIO_BROWSER: 'off',
      MINIO_UPDATE: 'off',
      HOME: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // Keep the last lines so a failed start can say why.
  const tail = [];
  let stopping = false;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      if (!stopping) log(`[minio] ${line}`);
    });
  }
  let spawnError = null;
  child.once('error', (err) => {
    spawnError = err;
  });
  // If our process exits without calling stop(), do not leave a server behind.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const stop = async ({ removeData = false } = {}) => {
    process.removeListener('exit', killOnExit);
    stopping = true;
    await terminate(child, 10_000);
    if (removeData) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = child.exitCode !== null || child.signalCode !== null;
    if (spawnError || dead || Date.now() > deadline) {
      await stop();
      const why = spawnError
        ? `could not run ${binary}: ${spawnError.message}`
        : dead
          ? `exited with ${child.exitCode ?? child.signalCode}`
          : `not live after ${Math.round(timeoutMs / 1000)} s`;
      throw new Error(
        `MinIO on ${endpoint} ${why}.\nCommand: ${binary} ${args.join(' ')}\nLast output:\n${tail.join('\n') || '(none)'}`,
      );
    }
    if (await live(endpoint)) break;
    await sleep(200);
  }
  log(`MinIO ready on ${endpoint}`);
  return { endpoint, rootUser, rootPassword, pid: child.pid, stop };
}
