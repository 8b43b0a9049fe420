import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { metricsRefusal, metricsRequestAllowed } from '../../server/observability/metrics-registry';

export interface WorkerHealthOptions {
  port: number;
  host: string;
  /** The Temporal worker's state (Worker#getState), or "STARTING" before it exists. */
  state: () => string;
  /** Whether PostgreSQL answers (databaseAnswers). */
  database: () => Promise<boolean>;
  /** What GET /metrics serves: activity outcomes, the pool, process metrics. */
  registry: Registry;
  /** METRICS_TOKEN: when set, GET /metrics needs it as a bearer token; the health checks stay open. */
  token: string | null;
}

export interface WorkerHealthServer {
  port: number;
  /** From now on /readyz answers 503 "draining", before the worker itself leaves RUNNING. */
  drain(): void;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The worker's HTTP side for compose, load balancers and Prometheus: GET /healthz (200 while the
 * worker is RUNNING and PostgreSQL answers, 503 otherwise — shutdown included), GET /readyz (the
 * same, and 503 "draining" as soon as a shutdown was asked for), GET /metrics. Each body says
 * `{ status, worker, db }` so an operator sees which part is down.
 */
export async function startWorkerHealthServer(options: WorkerHealthOptions): Promise<WorkerHealthServer> {
  let draining = false;
  const check = async (ready: boolean) => {
    const worker = options.state();
    const db = (await options.database()) ? 'up' : 'down';
    const ok = worker === 'RUNNING' && db === 'up' && !(ready && draining);
    const status = ok ? 'ok' : ready && draining ? 'draining' : 'degraded';
    return { ok, body: { status, worker, db } };
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { status: 'method not allowed' });
    if (path === '/healthz' || path === '/readyz') {
      const { ok, body } = await check(path === '/readyz');
      return sendJson(res, ok ? 200 : 503, body);
    }
    if (path === '/metrics') {
      if (!metricsRequestAllowed(req.headers.authorization, options.token)) {
        return sendJson(res, 401, metricsRefusal(), { 'www-authenticate': 'Bearer' });
      }
      const text = await options.registry.metrics();
      res.writeHead(200, { 'content-type': options.registry.contentType, 'cache-control': 'no-store' });
      return void res.end(text);
    }
    sendJson(res, 404, { status: 'not found' });
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => sendJson(res, 500, { status: 'error' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    drain: () => {
      draining = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
