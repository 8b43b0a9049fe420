import { Connection, type Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import type { Orm } from '../db/open-database';
import { refuseOtherMethods } from './http-errors';
import { sendJson } from './http-util';

/** How long each dependency may take to answer a probe before it counts as down. */
const CHECK_TIMEOUT_MS = 2000;

/** Whether the API is being stopped: set as soon as `stop()` begins. */
export interface DrainState {
  draining: boolean;
}

export interface HealthDeps {
  orm: Orm;
  temporal: Client;
  /** The LISTEN connection that feeds subscriptions. */
  notifications: { readonly listening: boolean };
  drain: DrainState;
}

async function within(probe: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
  });
  const answer = probe().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const databaseUp = (orm: Orm) => within(() => orm.em.getConnection().execute('select 1'));

/** The cheapest call on the client's own connection: the frontend's gRPC health service (or its system info). */
function temporalUp({ connection }: Client) {
  const probe = (): Promise<unknown> =>
    connection instanceof Connection
      ? connection.healthService.check({})
      : connection.workflowService.getSystemInfo({});
  return within(() => connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, probe));
}

const state = (up: boolean) => (up ? 'up' : 'down');

/**
 * GET /healthz (liveness, for load balancers and docker-compose as before): 200
 * `{status:"ok",db:"up"}`, 503 when PostgreSQL does not answer.
 * GET /readyz (readiness): 200 `{status:"ready",checks:{database,temporal,notifications}}` when
 * PostgreSQL, Temporal and the LISTEN connection are up, 503 `{status:"not ready",checks}` naming
 * what is down, and 503 `{status:"draining"}` from the moment the API begins to stop.
 */
export function registerHealthRoutes(app: FastifyInstance, { orm, temporal, notifications, drain }: HealthDeps): void {
  app.get('/healthz', async (_request, reply) => {
    const up = await databaseUp(orm);
    return sendJson(reply, up ? 200 : 503, { status: up ? 'ok' : 'degraded', db: state(up) });
  });
  refuseOtherMethods(app, '/healthz', ['GET']);

  app.get('/readyz', async (_request, reply) => {
    if (drain.draining) return sendJson(reply, 503, { status: 'draining' });
    const [database, workflows] = await Promise.all([databaseUp(orm), temporalUp(temporal)]);
    const checks = {
      database: state(database),
      temporal: state(workflows),
      notifications: state(notifications.listening),
    };
    const ready = database && workflows && notifications.listening && !drain.draining;
    return sendJson(reply, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
  });
  refuseOtherMethods(app, '/readyz', ['GET']);
}
