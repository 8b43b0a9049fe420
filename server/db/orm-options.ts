import { join } from 'node:path';
import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from '../entities';

/**
 * MikroORM options for one database URL; migrations live next to the compiled or source code.
 * `statementTimeoutMs` (0: none) makes PostgreSQL cancel any statement of these connections that
 * runs longer: the API sets DB_STATEMENT_TIMEOUT_MS, the worker and migrations keep none.
 */
export function ormOptions(databaseUrl: string, debug = false, poolMax = 10, statementTimeoutMs = 0) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    debug,
    // Expose no SQL or stack traces through GraphQL: errors are logged and mapped by the API.
    pool: { min: 0, max: poolMax },
    ...(statementTimeoutMs > 0 ? { driverOptions: { connection: { statement_timeout: statementTimeoutMs } } } : {}),
    migrations: {
      path: join(__dirname, '..', 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  });
}
