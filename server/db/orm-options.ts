import { join } from 'node:path';
import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from '../entities';

/** MikroORM options for one database URL; migrations live next to the compiled or source code. */
export function ormOptions(databaseUrl: string, debug = false, poolMax = 10) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    debug,
    // Expose no SQL or stack traces through GraphQL: errors are logged and mapped by the API.
    pool: { min: 0, max: poolMax },
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
