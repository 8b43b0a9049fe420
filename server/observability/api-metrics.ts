import type { ApolloServer, BaseContext } from '@apollo/server';
import type { FastifyBaseLogger, FastifyInstance, FastifyTypeProvider, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'node:net';
import type { Duplex } from 'node:stream';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { Orm } from '../db/open-database';
import {
  createMetricsRegistry,
  DURATION_BUCKETS,
  METRIC_PREFIX,
  metricsRefusal,
  metricsRequestAllowed,
} from './metrics-registry';
import { graphqlMetricsPlugin } from './graphql-metrics.plugin';
import { registerPoolMetrics } from './pool-metrics';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const NAME = /^[A-Za-z0-9_]{1,64}$/;
/** Distinct operation names one process keeps as labels; later newcomers count as "other". */
export const MAX_OPERATION_NAMES = 200;

/** The API's metrics in one registry: HTTP requests, GraphQL operations and errors, sockets, the pool. */
export class ApiMetrics {
  readonly registry = createMetricsRegistry();
  readonly httpRequests = new Counter({
    name: `${METRIC_PREFIX}http_requests_total`,
    help: 'HTTP requests answered, by method, route pattern (never the raw URL) and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'Time from the request to the end of the response, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlOperations = new Counter({
    name: `${METRIC_PREFIX}graphql_operations_total`,
    help: 'GraphQL operations over HTTP, by operation name ("anonymous", "other") and type.',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: `${METRIC_PREFIX}graphql_operation_duration_seconds`,
    help: 'Time Apollo spent on an operation, parsing to response, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: `${METRIC_PREFIX}graphql_errors_total`,
    help: 'GraphQL errors answered (extensions.code; payload userErrors are not counted), by code and operation.',
    labelNames: ['code', 'operation'] as const,
    registers: [this.registry],
  });
  private readonly servers: Server[] = [];
  private readonly sockets = { upgraded: 0 };
  private readonly operationNames = new Set<string>();

  constructor() {
    const { servers, sockets } = this;
    new Gauge({
      name: `${METRIC_PREFIX}http_open_connections`,
      help: 'TCP connections open on the API server, upgraded WebSockets included.',
      registers: [this.registry],
      async collect() {
        const counts = await Promise.all(servers.map(connectionsOf));
        this.set(counts.reduce((sum, count) => sum + count, 0));
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}websocket_open_connections`,
      help: 'Connections upgraded to a WebSocket (GraphQL subscriptions) and still open.',
      registers: [this.registry],
      collect() {
        this.set(sockets.upgraded);
      },
    });
  }

  /**
   * Counts the open connections of this server (fastify's app.server) on each scrape, and its
   * upgraded ones from the upgrade until the socket closes; graphql-ws's own upgrade listener answers them.
   */
  watchServer(server: Server): void {
    this.servers.push(server);
    server.on('upgrade', (_request: IncomingMessage, socket: Duplex) => {
      this.sockets.upgraded += 1;
      socket.once('close', () => (this.sockets.upgraded -= 1));
      // Alone, this listener would leave the socket hanging where node would have closed it.
      if (server.listenerCount('upgrade') === 1) socket.destroy();
    });
  }

  /**
   * A bounded label for an operation name: "anonymous" when unnamed, "other" when it is not a plain
   * GraphQL name of at most 64 characters or when MAX_OPERATION_NAMES distinct names are already kept.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}

function connectionsOf(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
}

export interface ApiMetricsOptions<TContext extends BaseContext> {
  orm: Orm;
  /** METRICS_TOKEN: when set, GET /metrics needs it as a bearer token. */
  token: string | null;
  /** Apollo, not started yet: it gets graphqlMetricsPlugin on these metrics. */
  apollo?: ApolloServer<TContext>;
  /** The metrics to record into (tests pass theirs to the Apollo plugin); a new set when not given. */
  metrics?: ApiMetrics;
}

/** The API's fastify instance, whatever logger and type provider it was built with. */
type AnyFastify = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  FastifyTypeProvider
>;

/**
 * Adds GET /metrics (Prometheus text format) and an onResponse hook that times every request by
 * its route pattern: `/uploads/:token`, never the token itself; requests no route matched count
 * as "unmatched". Call it on the root instance, before `listen`.
 */
export function registerApiMetrics<TContext extends BaseContext>(
  app: AnyFastify,
  { orm, token, apollo, metrics = new ApiMetrics() }: ApiMetricsOptions<TContext>,
): ApiMetrics {
  apollo?.addPlugin(graphqlMetricsPlugin<TContext>(metrics));
  metrics.watchServer(app.server);
  registerPoolMetrics(metrics.registry, orm);
  app.addHook('onResponse', async (request, reply) => {
    const method = METHODS.has(request.method) ? request.method : 'OTHER';
    const labels = { method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
  app.get('/metrics', async (request, reply) => {
    if (!metricsRequestAllowed(request.headers.authorization, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send(metricsRefusal());
    }
    const body = await metrics.registry.metrics();
    return reply.header('content-type', metrics.registry.contentType).header('cache-control', 'no-store').send(body);
  });
  return metrics;
}
