import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openDatabase, type Orm } from '../db/open-database';

/** Runs a command-line job against DATABASE_URL and closes the connection, exiting 1 on failure. */
export function runWithDatabase(job: (orm: Orm) => Promise<void>): void {
  const run = async () => {
    const config = loadConfig();
    const orm = await openDatabase(config.databaseUrl, config.debugSql);
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
