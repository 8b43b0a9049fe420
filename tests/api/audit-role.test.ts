import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { startApiServer } from '../../server/api/api-server';
import { signToken } from '../../server/auth/token';
import { loadConfig } from '../../server/config/config';
import { REHEARSED_DAY } from '../support/test-platform';
import { migrateDatabase, openDatabase, type Orm } from '../../server/db/open-database';
import { User } from '../../server/entities/user.entity';
import { seedDemoData } from '../../server/seeds/demo.seed';
import { connectTemporal } from '../../server/temporal/temporal-client';
import { graphqlAs } from '../support/graphql-request';
import { createDraft, loadCatalog } from '../support/nomination-fixtures';

/**
 * The production setup of the README: a migration role owns the schema, the application's role gets
 * the rows through default privileges, and the audit migration leaves it only INSERT and SELECT on
 * audit_event. Both roles and the database are this test's own.
 */
const suffix = randomBytes(4).toString('hex');
const MIGRATOR = `thidua_migrator_${suffix}`;
const APP = `thidua_app_${suffix}`;
const DB = `thidua_roles_${suffix}`;
const PASSWORD = `pw_${suffix}`;

function urlAs(user: string | null, database: string): string {
  const url = new URL(process.env.THIDUA_TEST_PG_ADMIN_URL!);
  if (user) {
    url.username = user;
    url.password = PASSWORD;
  }
  url.pathname = `/${database}`;
  return url.toString();
}

async function run(url: string, statements: string[]) {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

const adminDb = new URL(process.env.THIDUA_TEST_PG_ADMIN_URL!).pathname.slice(1) || 'postgres';
let migratorOrm: Orm;
let appOrm: Orm;
let api: Awaited<ReturnType<typeof startApiServer>>;
let temporal: Awaited<ReturnType<typeof connectTemporal>>;
const storageDir = mkdtempSync(join(tmpdir(), 'thidua-audit-role-'));

beforeAll(async () => {
  // The SQL the README gives for production, with this test's names.
  await run(urlAs(null, adminDb), [
    `create role ${MIGRATOR} login password '${PASSWORD}'`,
    `create role ${APP} login password '${PASSWORD}'`,
    `create database ${DB} owner ${MIGRATOR}`,
    `alter database ${DB} set thidua.app_role = '${APP}'`,
  ]);
  await run(urlAs(null, DB), [
    `grant all on schema public to ${MIGRATOR}`,
    `grant usage on schema public to ${APP}`,
    `alter default privileges for role ${MIGRATOR} in schema public grant select, insert, update, delete on tables to ${APP}`,
  ]);
  migratorOrm = await openDatabase(urlAs(MIGRATOR, DB));
  await migrateDatabase(migratorOrm);
  await seedDemoData(migratorOrm.em.fork());
  await migratorOrm.em.getConnection().execute(`update period set submission_closes_on = '2099-12-31' where name = 'Năm 2024'`);

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: urlAs(APP, DB),
    DB_MIGRATION_URL: urlAs(MIGRATOR, DB),
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS,
    TEMPORAL_TASK_QUEUE: `test-${suffix}`,
    JWT_SECRET: 'test-secret-for-jest-only-0123456789',
    STORAGE_DIR: storageDir,
    SUBMISSION_DAY: REHEARSED_DAY,
  });
  appOrm = await openDatabase(config.databaseUrl);
  temporal = await connectTemporal(config);
  api = await startApiServer({ config, orm: appOrm, temporal }, 0);
});

afterAll(async () => {
  await api?.stop();
  await temporal?.connection.close();
  await appOrm?.close(true);
  await migratorOrm?.close(true);
  await run(urlAs(null, adminDb), [`drop database if exists ${DB} with (force)`, `drop role if exists ${APP}`, `drop role if exists ${MIGRATOR}`]);
  rmSync(storageDir, { recursive: true, force: true });
});

async function asApp(statement: string) {
  return appOrm.em.getConnection().execute(statement).then(
    () => null,
    (error: { code?: string; message: string }) => error,
  );
}

describe('audit_event under the application role', () => {
  it('the API still records audit events, but PostgreSQL refuses the role any UPDATE, DELETE or TRUNCATE of them', async () => {
    const user = await appOrm.em.fork().findOneOrFail(User, { username: 'xuantang.submitter' });
    const gql = graphqlAs(api.url, await signToken(user.id, 'test-secret-for-jest-only-0123456789', '1h'));
    const catalog = await loadCatalog(gql);
    const [{ count: before }] = await appOrm.em.getConnection().execute(`select count(*)::int as count from audit_event`);
    const draft = await createDraft(gql, catalog, { nomineeName: 'Bà Hoàng Thị Lan' });
    const created = await appOrm.em.getConnection().execute<{ action: string }[]>(`select action from audit_event where nomination_id = ?`, [draft.id]);
    expect(created.map((e: { action: string }) => e.action)).toEqual(['CREATED']);
    const [{ count: after }] = await appOrm.em.getConnection().execute(`select count(*)::int as count from audit_event`);
    expect(after).toBe(before + 1);

    for (const statement of [
      `update audit_event set comment = 'rewritten'`,
      `delete from audit_event`,
      `truncate audit_event`,
    ]) {
      const refused = await asApp(statement);
      // 42501 insufficient_privilege: the grant refuses it, before the append-only trigger is reached.
      expect(refused).toMatchObject({ code: '42501' });
      expect(refused?.message).toMatch(/permission denied for table audit_event/);
    }
    // The rest of the schema stays writable by the application.
    expect(await asApp(`update nomination set achievements = achievements where id = '${draft.id}'`)).toBeNull();
    const [{ count: still }] = await appOrm.em.getConnection().execute(`select count(*)::int as count from audit_event`);
    expect(still).toBe(after);
  });
});
