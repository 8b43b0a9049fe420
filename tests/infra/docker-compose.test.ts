// No Docker engine runs in CI, so this checks what a user of `docker compose up` relies on:
// the services, how they find each other, the published ports and the image's entry files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Env = Record<string, string>;
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Env | string[];
  ports?: (string | { target: number; published?: string | number })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
}

const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Env }).scripts;

function env(name: string): Env {
  const raw = services[name].environment ?? {};
  if (!Array.isArray(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(raw.map((entry) => [entry.split('=')[0], entry.slice(entry.indexOf('=') + 1)]));
}

function command(name: string): string {
  const raw = services[name].command ?? '';
  return Array.isArray(raw) ? raw.join(' ') : raw;
}

function dependencies(name: string): Record<string, string | undefined> {
  const raw = services[name].depends_on ?? [];
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((dep) => [dep, undefined]));
  return Object.fromEntries(Object.entries(raw).map(([dep, spec]) => [dep, spec.condition]));
}

// "8080:8080", "127.0.0.1:4000:4000" or the long syntax, as { host, container }.
function portMappings(name: string): { host: number; container: number }[] {
  return (services[name].ports ?? []).map((port) => {
    if (typeof port !== 'string') return { host: Number(port.published ?? port.target), container: port.target };
    const parts = port.split('/')[0].split(':');
    const container = Number(parts[parts.length - 1]);
    return { host: parts.length > 1 ? Number(parts[parts.length - 2]) : container, container };
  });
}

// `node dist/server/api.main.js` -> dist/server/api.main.js
function entryFile(npmScript: string): string {
  const match = /node\s+(\S+\.js)/.exec(scripts[npmScript] ?? '');
  if (!match) throw new Error(`package.json script ${npmScript} does not run a .js file with node`);
  return match[1];
}

describe('docker-compose.yml', () => {
  it('defines the five services of the topology', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgresql', 'temporal', 'temporal-ui', 'api', 'worker']),
    );
    expect(services.postgresql.image).toMatch(/^postgres:16/);
    expect(services.temporal.image).toMatch(/^temporalio\/auto-setup:/);
    expect(services['temporal-ui'].image).toMatch(/^temporalio\/ui:/);
  });

  it('persists Temporal to the postgresql service with the app database credentials', () => {
    const temporal = env('temporal');
    const pg = env('postgresql');
    expect(temporal.DB).toBe('postgres12');
    expect(temporal.POSTGRES_SEEDS).toBe('postgresql');
    expect(temporal.DB_PORT).toBe('5432');
    expect(temporal.POSTGRES_USER).toBe(pg.POSTGRES_USER);
    expect(temporal.POSTGRES_PWD).toBe(pg.POSTGRES_PASSWORD);
    expect(dependencies('temporal')).toHaveProperty('postgresql', 'service_healthy');
  });

  it.each(['api', 'worker'])('gives %s the database, Temporal and secrets of the stack', (name) => {
    const vars = env(name);
    const db = new URL(vars.DATABASE_URL);
    const pg = env('postgresql');
    expect(db.hostname).toBe('postgresql');
    expect(db.port).toBe('5432');
    expect(decodeURIComponent(db.username)).toBe(pg.POSTGRES_USER);
    expect(decodeURIComponent(db.password)).toBe(pg.POSTGRES_PASSWORD);
    expect(db.pathname).toBe(`/${pg.POSTGRES_DB}`);
    expect(vars.TEMPORAL_ADDRESS).toBe('temporal:7233');
    expect(vars.NODE_ENV).toBe('production');
    expect(vars.JWT_SECRET).toBeTruthy();
    expect(dependencies(name)).toHaveProperty('temporal', 'service_healthy');
  });

  it('waits only on services that declare a healthcheck', () => {
    for (const name of Object.keys(services)) {
      for (const [dep, condition] of Object.entries(dependencies(name))) {
        expect(services).toHaveProperty(dep);
        if (condition === 'service_healthy') expect(services[dep].healthcheck?.test).toBeTruthy();
      }
    }
  });

  it('publishes the API on 4000, Temporal on 7233 and the UI on 8080', () => {
    expect(portMappings('api')).toContainEqual({ host: 4000, container: 4000 });
    expect(env('api').PORT ?? '4000').toBe('4000');
    expect(portMappings('temporal')).toContainEqual({ host: 7233, container: 7233 });
    expect(portMappings('temporal-ui')).toContainEqual({ host: 8080, container: 8080 });
    expect(env('temporal-ui').TEMPORAL_ADDRESS).toBe('temporal:7233');
  });
});

describe('Dockerfile', () => {
  it.each(['api', 'worker'])('builds %s from the repository Dockerfile', (name) => {
    const build = services[name].build;
    const context = typeof build === 'string' ? build : build?.context;
    const file = typeof build === 'object' && build.dockerfile ? build.dockerfile : 'Dockerfile';
    expect(context).toBe('.');
    expect(existsSync(join(root, file))).toBe(true);
  });

  it('builds on node 20, compiles, and drops dev dependencies', () => {
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim/m);
    expect(dockerfile).toMatch(/npm install/);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
  });

  it('runs the entry files that package.json starts', () => {
    const api = entryFile('start:api');
    const worker = entryFile('start:worker');
    expect(command('api')).toContain(`node ${api}`);
    expect(command('worker')).toContain(`node ${worker}`);
    // Migrations run before the API serves.
    expect(command('api').indexOf('node dist/server/scripts/migrate.js')).toBeGreaterThanOrEqual(0);
    expect(command('api').indexOf('migrate.js')).toBeLessThan(command('api').indexOf(api));
    expect(dockerfile).toContain(api);
  });
});
