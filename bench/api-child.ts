// First: the statement counter must wrap pg before the ORM loads it.
import './query-counter';
import 'reflect-metadata';
import { startApiServer } from '../server/api/api-server';
import { OidcVerifier } from '../server/auth/oidc-verifier';
import { loadConfig } from '../server/config/config';
import { openDatabase } from '../server/db/open-database';
import { connectTemporal } from '../server/temporal/temporal-client';
import { startRawServer } from './raw-server';

/** The API process of the bench: the product's API server and, beside it, the raw baselines. */
async function main() {
  const config = loadConfig();
  const orm = await openDatabase(config.databaseUrl);
  const temporal = await connectTemporal(config);
  const api = await startApiServer({ config, orm, temporal }, 0);
  if (!config.auth.oidc) throw new Error('the bench runs the API as in production: OIDC_ISSUER must be set');
  // The baseline checks the same provider tokens, with the product's verifier (signatures cost the same).
  const verifier = new OidcVerifier(config.auth.oidc);
  const raw = await startRawServer({
    databaseUrl: config.databaseUrl,
    usernameOf: async (token) => (await verifier.verify(token))?.username ?? null,
    temporal,
    noopTaskQueue: `${config.taskQueue}-noop`,
  });
  // The bench reads this line to find both servers.
  console.log(`BENCH_READY ${JSON.stringify({ graphql: api.url.replace('localhost', '127.0.0.1'), raw: raw.url })}`);
  const stop = async () => {
    await raw.stop().catch(() => undefined);
    await api.stop().catch(() => undefined);
    await temporal.connection.close();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('[bench-api] could not start:', error);
  process.exit(1);
});
