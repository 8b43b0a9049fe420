import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { migrateDatabase, openDatabase, type Orm } from '../../server/db/open-database';
import { seedDemoData } from '../../server/seeds/demo.seed';

export interface TestDatabase {
  orm: Orm;
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.THIDUA_TEST_PG_ADMIN_URL;
  if (!url) throw new Error('THIDUA_TEST_PG_ADMIN_URL is not set: run the tests through jest (global setup).');
  return url;
}

async function onAdmin<T>(work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new PgClient({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: migrated by the real migrations and seeded with the demo data. */
export async function createTestDatabase({ seed = true } = {}): Promise<TestDatabase> {
  const name = `thidua_test_${randomBytes(6).toString('hex')}`;
  await onAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const orm = await openDatabase(url.toString());
  await migrateDatabase(orm);
  if (seed) {
    await seedDemoData(orm.em.fork());
    // The seeded rounds lie in the past; tests submit into "Năm 2024" (three tiers), so its window stays open.
    await orm.em.getConnection().execute(`update period set submission_closes_on = '2099-12-31' where name = 'Năm 2024'`);
  }
  return {
    orm,
    url: url.toString(),
    async drop() {
      await orm.close(true);
      await onAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
