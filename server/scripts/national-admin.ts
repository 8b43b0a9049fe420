import { User } from '../entities/user.entity';
import { runWithDatabase } from './run-with-database';

/**
 * `npm run national-admin -- <username> [--revoke]`: makes an active user a national administrator
 * (or no longer one). The only way besides the seed: no API mutation sets this flag.
 */
runWithDatabase(async (orm) => {
  const [username, flag] = process.argv.slice(2);
  if (!username || (flag && flag !== '--revoke')) {
    console.error('usage: npm run national-admin -- <username> [--revoke]');
    process.exitCode = 2;
    return;
  }
  const em = orm.em.fork();
  const user = await em.findOne(User, { username, active: true });
  if (!user) throw new Error(`No active user "${username}".`);
  user.nationalAdmin = flag !== '--revoke';
  await em.flush();
  console.log(`${username} is ${user.nationalAdmin ? 'now' : 'no longer'} a national administrator`);
});
