// The restore drill of docs/operations/backup-and-restore.md, once, on the application database: a migrated
// and seeded database is dumped with pg_dump -Fc and restored with pg_restore into a fresh database, which
// then holds the same rows, the same migration history and still refuses to rewrite the audit trail.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client as PgClient } from 'pg';
import { migrateDatabase, openDatabase } from '../../server/db/open-database';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const run = promisify(execFile);
const root = resolve(__dirname, '..', '..');

interface PostgresClient {
  pg_dump: string;
  pg_restore: string;
}

/** pg_dump 18 or newer (scripts/lib/postgres-client-binary.mjs): from PATH, else fetched once into the cache. */
async function postgresClient(): Promise<PostgresClient> {
  const script = `import('./scripts/lib/postgres-client-binary.mjs')
    .then((m) => m.ensurePostgresClient({ major: 18, log: (line) => console.error(line) }))
    .then((programs) => console.log(JSON.stringify(programs)))`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    timeout: 300_000,
  });
  return JSON.parse(stdout) as PostgresClient;
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every public table with its row count and an order-independent digest of its rows. */
async function contents(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    url,
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query<{ rows: string; digest: string | null }>(
      url,
      `select count(*) as rows, md5(string_agg(md5(t::text), '' order by md5(t::text))) as digest from "${name}" t`,
    );
    result[name] = `${row.rows} ${row.digest ?? ''}`;
  }
  return result;
}

describe('backup and restore of the application database (pg_dump -Fc, pg_restore)', () => {
  let source: TestDatabase;
  let client: PostgresClient;
  let workDir: string;
  let restoredName: string;
  let restoredUrl: string;
  const admin = () => process.env.THIDUA_TEST_PG_ADMIN_URL!;

  beforeAll(async () => {
    [source, client] = await Promise.all([createTestDatabase(), postgresClient()]);
    workDir = mkdtempSync(join(tmpdir(), 'thidua-backup-'));
    restoredName = `thidua_restored_${randomBytes(6).toString('hex')}`;
    const url = new URL(admin());
    url.pathname = `/${restoredName}`;
    restoredUrl = url.toString();
  }, 600_000);

  afterAll(async () => {
    await source?.drop();
    if (restoredName) await query(admin(), `DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('restores every table, row and executed migration into a fresh database', async () => {
    const dump = join(workDir, 'thidua.dump');
    await run(client.pg_dump, ['--format=custom', '--no-owner', '--file', dump, '--dbname', source.url]);
    expect(statSync(dump).size).toBeGreaterThan(10_000);

    await query(admin(), `CREATE DATABASE ${restoredName}`);
    await run(client.pg_restore, ['--no-owner', '--exit-on-error', '--dbname', restoredUrl, dump]);

    const [before, after] = await Promise.all([contents(source.url), contents(restoredUrl)]);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['mikro_orm_migrations', 'nomination', 'app_user']));
    expect(Number(before.app_user.split(' ')[0])).toBeGreaterThan(0);
    expect(after).toEqual(before);
    const migrations = 'select name, executed_at from mikro_orm_migrations order by id';
    expect(await query(restoredUrl, migrations)).toEqual(await query(source.url, migrations));
  });

  it('keeps the audit trail append-only after the restore', async () => {
    await expect(query(restoredUrl, 'update audit_event set id = id')).rejects.toThrow(/append-only/);
    await expect(query(restoredUrl, 'truncate audit_event')).rejects.toThrow(/append-only/);
  });

  it('lets the restored database serve the platform: the migrator finds nothing to apply', async () => {
    const orm = await openDatabase(restoredUrl);
    try {
      expect(await migrateDatabase(orm)).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });
});
