import { MikroORM } from '@mikro-orm/postgresql';
import { seedReferenceData } from '../seeds/reference-data';
import { ormOptions } from './orm-options';

export type Orm = MikroORM;

/** `statementTimeoutMs`: PostgreSQL cancels longer statements (the API's DB_STATEMENT_TIMEOUT_MS; 0: none). */
export async function openDatabase(
  databaseUrl: string,
  debug = false,
  poolMax?: number,
  statementTimeoutMs = 0,
): Promise<Orm> {
  return MikroORM.init(ormOptions(databaseUrl, debug, poolMax, statementTimeoutMs));
}

/** Applies pending migrations and adds missing reference data; returns the migrations it ran. */
export async function migrateDatabase(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  await seedReferenceData(orm.em.fork());
  return applied.map((migration) => migration.name);
}
