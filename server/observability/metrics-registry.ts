import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { ERROR_MESSAGES, ErrorCode } from '../../domain/error-codes';

/** Every metric of ours starts with this, so a dashboard tells them from Temporal's `temporal_` ones. */
export const METRIC_PREFIX = 'thidua_';

/** Seconds: from a cached read (a few ms) to a slow export or a stuck statement (tens of seconds). */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * One registry per process (API or worker), with Node's process metrics (CPU, memory, event-loop
 * lag, GC, handles) under the same prefix: thidua_process_cpu_seconds_total, thidua_nodejs_heap_size_used_bytes…
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}

/** True when no token is configured, or the Authorization header carries exactly `Bearer <token>`. */
export function metricsRequestAllowed(authorization: string | undefined, token: string | null): boolean {
  if (!token) return true;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  // Constant time: the comparison must not tell a scraper how many leading characters were right.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** 401 body in the API's `{ code, message, messageVi }` shape. */
export function metricsRefusal() {
  const text = ERROR_MESSAGES[ErrorCode.UNAUTHENTICATED];
  return {
    code: ErrorCode.UNAUTHENTICATED,
    message: `${text.en} GET /metrics needs "Authorization: Bearer <METRICS_TOKEN>".`,
    messageVi: text.vi,
  };
}
