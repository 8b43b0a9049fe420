import { loadConfig } from '../config/config';
import { seedDemoData } from '../seeds/demo.seed';
import { connectTemporal } from '../temporal/temporal-client';
import { runWithDatabase } from './run-with-database';

/**
 * `npm run seed`: loads the demo units, users and campaigns (idempotent) and starts the period
 * workflows of the current campaign on Temporal (TEMPORAL_ADDRESS), joining those already running.
 */
runWithDatabase(async (orm) => {
  const config = loadConfig();
  const temporal = await connectTemporal(config);
  try {
    const { created, started } = await seedDemoData(orm.em.fork(), { temporal, config });
    console.log(created ? `seeded ${created} demo records` : 'demo data already present');
    if (started.length) console.log(`started period workflows: ${started.join(', ')}`);
  } finally {
    await temporal.connection.close();
  }
});
