import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openDatabase, type Orm } from '../db/open-database';

/**
 * Runs a command-line job against DATABASE_URL (or, for migrations, DB_MIGRATION_URL: the role that
 * owns the schema) and closes the connection, exiting 1 on failure.
 */
export function runWithDatabase(job: (orm: Orm) => Promise<void>, { asMigrator = false } = {}): void {
  const run = async () => {
    const config = loadConfig();
    const orm = await openDatabase(asMigrator ? config.migrationDatabaseUrl : config.databaseUrl, config.debugSql);
    try {
      await job(orm);
    } finally {
      await orm.close();
    }
  };
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
