import { Gauge, type Registry } from 'prom-client';
import type { Orm } from '../db/open-database';
import { METRIC_PREFIX } from './metrics-registry';

/** What tarn (knex's pool) tells about itself; `max` is public at runtime though its type hides it. */
interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/** The pool under MikroORM's knex, or null before the ORM connected or after it closed. */
function poolOf(orm: Orm): TarnPool | null {
  try {
    const client = orm.em.getConnection().getKnex().client as { pool?: TarnPool | null };
    return client.pool ?? null;
  } catch {
    return null;
  }
}

/**
 * PostgreSQL pool gauges, read on each scrape: connections in use and idle, requests waiting for one
 * (work queues behind DB_POOL_MAX when this stays above 0), and the ceiling.
 */
export function registerPoolMetrics(registry: Registry, orm: Orm): void {
  const gauge = (name: string, help: string, read: (pool: TarnPool) => number) =>
    new Gauge({
      name: `${METRIC_PREFIX}${name}`,
      help,
      registers: [registry],
      collect() {
        const pool = poolOf(orm);
        this.set(pool ? read(pool) : 0);
      },
    });
  gauge('db_pool_used_connections', 'PostgreSQL connections lent out to a statement or transaction.', (p) =>
    p.numUsed(),
  );
  gauge('db_pool_free_connections', 'PostgreSQL connections open and idle in the pool.', (p) => p.numFree());
  gauge('db_pool_pending_acquires', 'Statements waiting for a free PostgreSQL connection.', (p) =>
    p.numPendingAcquires(),
  );
  gauge('db_pool_pending_creates', 'PostgreSQL connections being opened.', (p) => p.numPendingCreates());
  gauge('db_pool_max_connections', 'Most PostgreSQL connections this process opens (DB_POOL_MAX).', (p) => p.max);
}
