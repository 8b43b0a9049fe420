import { runWithDatabase } from './run-with-database';

/** `npm run migration:create`: writes a migration for the difference between entities and DATABASE_URL. */
runWithDatabase(async (orm) => {
  const migrator = orm.getMigrator();
  const pending = await migrator.getPendingMigrations();
  const initial = (await migrator.getExecutedMigrations()).length === 0 && pending.length === 0;
  const result = await migrator.createMigration(undefined, false, initial);
  console.log(result.diff.up.length ? `created ${result.fileName}` : 'entities and database already agree');
});
