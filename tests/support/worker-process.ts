import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { AppConfig } from '../../server/config/config';

const ROOT = join(__dirname, '..', '..');
const READY = /polling task queue/;

/**
 * The real worker entry point (workflows/worker/worker.main.ts) in a child process that a test can kill;
 * `env` adds settings (e.g. WORKER_HTTP_PORT) and `onOutput` receives its log lines.
 */
export async function spawnWorkerProcess(
  config: AppConfig,
  databaseUrl: string,
  { env = {}, onOutput }: { env?: Record<string, string>; onOutput?: (text: string) => void } = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', join('workflows', 'worker', 'worker.main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: config.temporalAddress,
      TEMPORAL_TASK_QUEUE: config.taskQueue,
      // The ready line below is logged at info.
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  if (onOutput) {
    child.stdout?.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (READY.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code} before it was ready:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return child;
}

/** SIGKILL: no shutdown hooks, no draining — what a crash looks like. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
