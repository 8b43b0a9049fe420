import 'reflect-metadata';
import { startApiServer } from './api/api-server';
import { loadConfig } from './config/config';
import { openDatabase } from './db/open-database';
import { connectTemporal } from './temporal/temporal-client';

/** The API process: `npm run start:api`. */
async function main() {
  const config = loadConfig();
  // Only the API's statements are cut off at DB_STATEMENT_TIMEOUT_MS; the worker's may run longer.
  const orm = await openDatabase(
    config.databaseUrl,
    config.debugSql,
    config.dbPoolMax,
    config.limits.dbStatementTimeoutMs,
  );
  const temporal = await connectTemporal(config);
  const api = await startApiServer({ config, orm, temporal });
  console.log(`[api] GraphQL ready at ${api.url}`);
  const stop = async () => {
    await api.stop();
    await temporal.connection.close();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('[api] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
