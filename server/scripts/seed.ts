import { seedDemoData } from '../seeds/demo.seed';
import { runWithDatabase } from './run-with-database';

/** `npm run seed`: loads the demo units, users and campaign (idempotent). */
runWithDatabase(async (orm) => {
  const { created } = await seedDemoData(orm.em.fork());
  console.log(created ? `seeded ${created} demo records` : 'demo data already present');
});
