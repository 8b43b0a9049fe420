import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from './orm-options';

export type Orm = MikroORM;

export async function openDatabase(databaseUrl: string, debug = false): Promise<Orm> {
  return MikroORM.init(ormOptions(databaseUrl, debug));
}

/** Applies pending migrations; returns the names it ran. */
export async function migrateDatabase(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
