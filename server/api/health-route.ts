import type { Orm } from '../db/open-database';
import { sendJson, type Route } from './http-util';

const DB_TIMEOUT_MS = 2000;

async function databaseUp(orm: Orm): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), DB_TIMEOUT_MS);
  });
  const ping = orm.em
    .getConnection()
    .execute('select 1')
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** GET /healthz for load balancers and docker-compose: 200 `{status:"ok",db:"up"}`, 503 when PostgreSQL does not answer. */
export function healthRoute(orm: Orm): Route {
  return {
    methods: ['GET'],
    path: /^\/healthz$/,
    async handle(_req, res) {
      const up = await databaseUp(orm);
      sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'degraded', db: up ? 'up' : 'down' });
    },
  };
}
