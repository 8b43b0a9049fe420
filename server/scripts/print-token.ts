import { signToken } from '../auth/token';
import { loadConfig } from '../config/config';
import { User } from '../entities/user.entity';
import { DEMO_USERS } from '../seeds/demo-data';
import { runWithDatabase } from './run-with-database';

/** `npm run token -- <username>`: prints an HS256 development token (outside production only) for an active user. */
runWithDatabase(async (orm) => {
  const username = process.argv[2];
  if (!username) {
    console.error(`usage: npm run token -- <username>\ndemo users: ${DEMO_USERS.map((u) => u.username).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  if (!config.auth.devTokens) {
    console.error('Development tokens are refused in production: sign in through the OpenID Connect provider.');
    process.exitCode = 2;
    return;
  }
  const user = await orm.em.fork().findOne(User, { username, active: true });
  if (!user)
    throw new Error(`No active user "${username}". Demo users: ${DEMO_USERS.map((u) => u.username).join(', ')}`);
  console.log(signToken(user.id, config.jwtSecret, config.devTokenTtl));
});
