import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Child processes of the fault tests: started by the test, killed by their pid. */

export const REPO_ROOT = join(__dirname, '..', '..');

export interface Proc {
  name: string;
  pid: number;
  /** What the process printed on its FAULT_READY line. */
  ready: Record<string, any>;
  /** The exit code or signal, once it ended. */
  exited: Promise<number | string | null>;
  alive(): boolean;
  /** SIGKILL: no shutdown hook runs, nothing is drained — a crash. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it does not end within `ms`. */
  stop(ms?: number): Promise<void>;
}

const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitExit(child: ChildProcess, exited: Promise<unknown>, ms: number): Promise<boolean> {
  if (ended(child)) return Promise.resolve(true);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)));
  return Promise.race([exited.then(() => true), late]).finally(() => clearTimeout(timer));
}

/** Spawns `args` with node and resolves once it prints `FAULT_READY <json>`; its output goes to `logFile`. */
export function spawnReady(
  name: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
  timeoutMs = 120_000,
): Promise<Proc> {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const tail: string[] = [];
  const note = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    appendFileSync(logFile, `[${new Date().toISOString()} ${name}] ${line}\n`);
  };
  const proc: Proc = {
    name,
    pid: child.pid!,
    ready: {},
    exited,
    alive: () => !ended(child),
    async kill() {
      if (ended(child)) return;
      child.kill('SIGKILL');
      await exited;
    },
    async stop(ms = 20_000) {
      if (ended(child)) return;
      child.kill('SIGTERM');
      if (!(await waitExit(child, exited, ms))) await proc.kill();
    },
  };
  return new Promise((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs / 1000} s`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      void proc.kill();
      reject(new Error(`${name} ${why}:\n${tail.join('\n')}`));
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        const match = /^FAULT_READY (.*)$/.exec(line);
        if (match && !ready) {
          ready = true;
          clearTimeout(timer);
          proc.ready = JSON.parse(match[1]);
          resolve(proc);
        } else note(line);
      });
    }
    void exited.then((code) => {
      note(`exited with ${code}`);
      if (!ready) fail(`exited with ${code} before it was ready`);
    });
  });
}

/** A Temporal dev server on `port`, keeping its state in the SQLite file `dbFile` across restarts. */
export function startTemporal(port: number, uiPort: number, dbFile: string, logFile: string) {
  const script = join('tests', 'support', 'fault-infra.mjs');
  return spawnReady('temporal', [script, 'temporal', String(port), String(uiPort), dbFile], {}, logFile);
}

/** An embedded PostgreSQL of the test's own on `port`, its data in `dataDir` (kept across restarts). */
export function startPostgres(port: number, dataDir: string, database: string, logFile: string) {
  const script = join('tests', 'support', 'fault-infra.mjs');
  return spawnReady('postgres', [script, 'postgres', String(port), dataDir, database], {}, logFile);
}

/** The API or the worker (tests/support/fault-child.ts) under ts-node without type checking. */
export function startNodeChild(mode: 'api' | 'worker', env: Record<string, string>, logFile: string) {
  const script = join('tests', 'support', 'fault-child.ts');
  return spawnReady(mode, ['-r', 'ts-node/register/transpile-only', script, mode], env, logFile);
}

/** Kills a process by its pid with SIGKILL and waits until it is gone. */
export async function killPid(pid: number, timeoutMs = 10_000): Promise<void> {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitUntil(
    async () => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    },
    `pid ${pid} to end`,
    timeoutMs,
    50,
  );
}

/** Polls `probe` until it answers something truthy; throws naming `what` after `timeoutMs`. */
export async function waitUntil<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 60_000,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
