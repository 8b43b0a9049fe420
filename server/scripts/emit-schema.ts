import { join } from 'node:path';
import { buildAppSchema } from '../graphql/build-schema';
import { packageRoot } from './package-root';

/** Writes schema/schema.graphql from the code (`npm run schema:emit`); needs no database. */
async function main() {
  const target = join(packageRoot(), 'schema', 'schema.graphql');
  await buildAppSchema(target);
  console.log(`schema written to ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
