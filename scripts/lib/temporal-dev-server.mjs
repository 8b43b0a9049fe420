import { spawn, execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { terminate } from './child-exit.mjs';
import { isPortOpen } from './free-port.mjs';

const TAIL_LINES = 40;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The frontend accepts TCP before the default namespace is registered, so readiness
// is a real gRPC call through the CLI, not just an open port.
function namespaceReady(binary, address) {
  return new Promise((resolve) => {
    execFile(
      binary,
      ['operator', 'namespace', 'describe', '--namespace', 'default', '--address', address],
      { timeout: 5000 },
      (err) => resolve(!err),
    );
  });
}

export async function startTemporalDevServer({
  binary,
  port,
  uiPort,
  dbFilename,
  headless = false,
  log = console.log,
  timeoutMs = 60_000,
}) {
  const args = ['server', 'start-dev', '--port', String(port), '--ui-port', String(uiPort)];
  if (dbFilename) {
    mkdirSync(dirname(dbFilename), { recursive: true });
    args.push('--db-filename', dbFilename);
  }
  if (headless) args.push('--headless');
  args.push('--log-level', 'warn');

  const address = `127.0.0.1:${port}`;
  // Otherwise a server already there could answer our readiness probe in place of ours.
  if (await isPortOpen(port)) {
    throw new Error(`Port ${port} is already in use; cannot start a Temporal dev server on ${address}.`);
  }
  log(`Starting Temporal dev server on ${address}${dbFilename ? ` (data: ${dbFilename})` : ' (in memory)'}…`);
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });

  // Keep the last lines so a failed start can say why.
  const tail = [];
  let stopping = false;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      // Shutdown makes the server's internal pollers warn; that is noise, not news.
      if (!stopping) log(`[temporal] ${line}`);
    });
  }
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit(code ?? signal)));
  let spawnError = null;
  child.once('error', (err) => {
    spawnError = err;
  });

  // If our process exits without calling stop(), do not leave a server behind; SIGTERM
  // (sent synchronously here) still lets it close its SQLite file cleanly.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    stopping = true;
    await terminate(child, 10_000);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = child.exitCode !== null || child.signalCode !== null;
    if (spawnError || dead || Date.now() > deadline) {
      await stop();
      const why = spawnError
        ? `could not run ${binary}: ${spawnError.message}`
        : dead
          ? `exited with ${child.exitCode ?? child.signalCode} (is port ${uiPort} in use?)`
          : `not ready after ${Math.round(timeoutMs / 1000)} s`;
      throw new Error(
        `Temporal dev server on ${address} ${why}.\n` +
          `Command: ${binary} ${args.join(' ')}\n` +
          `Last output:\n${tail.join('\n') || '(none)'}`,
      );
    }
    if ((await isPortOpen(port)) && (await namespaceReady(binary, address))) break;
    await sleep(300);
  }
  log(`Temporal dev server ready on ${address}${headless ? '' : `, UI http://localhost:${uiPort}`}`);
  return { address, pid: child.pid, stop, exited };
}
