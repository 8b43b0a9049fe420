import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './platform';

export interface Child {
  name: string;
  pid: number;
  /** What the child printed after BENCH_READY. */
  ready: Record<string, string>;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess, ms: number) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });

/** Runs bench/<file> under ts-node (transpile only: no type checker in memory) in its own process; resolves once it prints its BENCH_READY line. */
export function spawnChild(
  name: string,
  file: string,
  env: NodeJS.ProcessEnv,
  log: (l: string) => void,
  timeoutMs = 180_000,
): Promise<Child> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join('bench', file)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await exited(child, 20_000))) {
      child.kill('SIGKILL');
      await exited(child, 5_000);
    }
  };
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    let ready = false;
    const timer = setTimeout(() => fail(new Error(`${name} not ready after ${timeoutMs / 1000} s`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stop();
      reject(new Error(`${error.message}\n${tail.join('\n')}`));
    };
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        const match = /^BENCH_READY (.*)$/.exec(line);
        if (match && !ready) {
          ready = true;
          clearTimeout(timer);
          resolve({ name, pid: child.pid!, ready: JSON.parse(match[1]), stop });
          return;
        }
        tail.push(line);
        if (tail.length > 30) tail.shift();
        // After the start, only the child's own complaints are worth a line.
        if (ready && /error|warn|fail/i.test(line)) log(`[${name}] ${line}`);
      });
    }
    child.once('exit', (code, signal) => {
      if (!ready) fail(new Error(`${name} exited with ${code ?? signal} before it was ready`));
    });
  });
}

/** Resident memory of a process in MB, from /proc. */
export function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}
