import 'reflect-metadata';
import { startApiServer } from './api/api-server';
import { loadConfig } from './config/config';
import { openDatabase } from './db/open-database';
import { createLogger } from './logging/logger';
import { connectTemporal } from './temporal/temporal-client';

/** The API process: `npm run start:api`. */
async function main() {
  const config = loadConfig();
  const logger = createLogger('api', config.logLevel);
  // Only the API's statements are cut off at DB_STATEMENT_TIMEOUT_MS; the worker's may run longer.
  const orm = await openDatabase(
    config.databaseUrl,
    config.debugSql,
    config.dbPoolMax,
    config.limits.dbStatementTimeoutMs,
  );
  const temporal = await connectTemporal(config);
  const api = await startApiServer({ config, orm, temporal, logger });
  logger.info({ url: api.url }, 'GraphQL ready');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const { shutdownTimeoutMs } = config.http;
    logger.info({ signal, shutdownTimeoutMs }, 'stopping: draining requests');
    // Whatever hangs (a client that never finishes its upload), the process ends within the bound.
    setTimeout(() => {
      logger.warn({ shutdownTimeoutMs }, 'stop took too long; exiting');
      process.exit(0);
    }, shutdownTimeoutMs).unref();
    try {
      await api.stop();
      await temporal.connection.close();
      await orm.close();
    } catch (error) {
      logger.error({ err: error }, 'stop failed');
    }
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  createLogger('api').fatal({ reason: error instanceof Error ? error.message : String(error) }, 'could not start');
  process.exit(1);
});
