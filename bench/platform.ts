import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The ESM helpers of scripts/lib, loaded with import() (this project compiles to CommonJS). */
interface Service {
  stop(): Promise<void>;
}
interface PgLib {
  startEmbeddedPostgres(o: {
    dataDir: string;
    port: number;
    database: string;
    log: (l: string) => void;
    postgresFlags: string[];
  }): Promise<Service & { url: string }>;
  clearStalePostgres(dir: string, log: (l: string) => void): Promise<void>;
}
interface PortLib {
  findFreePort(): Promise<number>;
}
interface BinaryLib {
  ensureTemporalBinary(o: { log: (l: string) => void }): Promise<string>;
}
interface TemporalLib {
  startTemporalDevServer(o: {
    binary: string;
    port: number;
    uiPort: number;
    headless: boolean;
    log: (l: string) => void;
  }): Promise<Service & { address: string }>;
}

export const REPO_ROOT = resolve(__dirname, '..');
const DATA_ROOT = join(REPO_ROOT, '.data');
const lib = <T>(name: string) => import(join(REPO_ROOT, 'scripts', 'lib', name)) as Promise<T>;

export interface Platform {
  databaseUrl: string;
  temporalAddress: string;
  dataDir: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Data directories of bench runs that were killed before they could clean up. */
async function sweepStale(pgLib: PgLib, log: (l: string) => void) {
  if (!existsSync(DATA_ROOT)) return;
  for (const name of readdirSync(DATA_ROOT)) {
    const match = /^bench-(pg|storage)-(\d+)$/.exec(name);
    if (!match || alive(Number(match[2]))) continue;
    const dir = join(DATA_ROOT, name);
    if (match[1] === 'pg') await pgLib.clearStalePostgres(dir, log).catch((e: Error) => log(e.message));
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A throw-away PostgreSQL (tuned for speed, not durability: the data is removed at the end) and an
 * in-memory Temporal dev server, on free ports. `stops` receives each stop in start order.
 */
export async function startPlatform(stops: (() => Promise<void>)[], log: (l: string) => void): Promise<Platform> {
  const [pgLib, portLib, binaryLib, temporalLib] = await Promise.all([
    lib<PgLib>('embedded-postgres.mjs'),
    lib<PortLib>('free-port.mjs'),
    lib<BinaryLib>('temporal-binary.mjs'),
    lib<TemporalLib>('temporal-dev-server.mjs'),
  ]);
  await sweepStale(pgLib, log);
  const dataDir = join(DATA_ROOT, `bench-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  stops.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const quiet = (line: string) => {
    if (!line.startsWith('[postgres]') || /\b(ERROR|FATAL|PANIC):/.test(line)) log(line);
  };
  const postgres = await pgLib.startEmbeddedPostgres({
    dataDir,
    port: await portLib.findFreePort(),
    database: 'thidua_bench',
    log: quiet,
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
      '-c',
      'shared_buffers=512MB',
      '-c',
      'work_mem=16MB',
      '-c',
      'maintenance_work_mem=256MB',
      '-c',
      'max_wal_size=4GB',
    ],
  });
  stops.push(() => postgres.stop());
  const binary = await binaryLib.ensureTemporalBinary({ log });
  const temporal = await temporalLib.startTemporalDevServer({
    binary,
    port: await portLib.findFreePort(),
    uiPort: await portLib.findFreePort(),
    headless: true,
    log: () => undefined,
  });
  stops.push(() => temporal.stop());
  return { databaseUrl: postgres.url, temporalAddress: temporal.address, dataDir };
}
