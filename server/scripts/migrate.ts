import { migrateDatabase } from '../db/open-database';
import { runWithDatabase } from './run-with-database';

/** `npm run migrate`: applies pending migrations as DB_MIGRATION_URL's role (DATABASE_URL when unset). */
runWithDatabase(
  async (orm) => {
    const applied = await migrateDatabase(orm);
    console.log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  },
  { asMigrator: true },
);
