import { ConfigError } from './config-error';

/** Prometheus endpoints of the API and the worker, and the worker's health server (read once, at boot). */
export interface MetricsConfig {
  /**
   * When set (METRICS_TOKEN), GET /metrics of the API and of the worker answer only requests with
   * `Authorization: Bearer <token>`; unset, they are open (keep them on the internal network).
   */
  token: string | null;
  /** Port of the worker's health and metrics server (WORKER_HTTP_PORT; 0: any free port). */
  workerHttpPort: number;
  /** Address the worker's health server listens on (WORKER_HTTP_HOST). */
  workerHttpHost: string;
  /**
   * host:port of the Temporal SDK's own Prometheus exporter in the worker
   * (WORKER_TEMPORAL_METRICS_ADDRESS); null turns it off.
   */
  temporalMetricsAddress: string | null;
}

const OFF = new Set(['off', 'none', 'false', '0']);

function port(name: string, value: string | undefined, fallback: number): number {
  const text = value?.trim();
  const parsed = Number(text || fallback);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new ConfigError(`${name} must be a whole number from 0 to 65535, got "${value}".`);
  }
  return parsed;
}

function token(value: string | undefined, nodeEnv: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (nodeEnv === 'production' && text.length < 16) {
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters in production (or unset it).');
  }
  return text;
}

function bindAddress(value: string | undefined, fallback: string | null): string | null {
  const text = value?.trim();
  if (!text) return fallback;
  if (OFF.has(text.toLowerCase())) return null;
  const match = /^(.+):(\d{1,5})$/.exec(text);
  if (!match || Number(match[2]) > 65_535) {
    throw new ConfigError(
      `WORKER_TEMPORAL_METRICS_ADDRESS must be host:port such as 0.0.0.0:9464, or off; got "${text}".`,
    );
  }
  return text;
}

/**
 * Under NODE_ENV=test the worker's health server takes any free port and Temporal's exporter is
 * off, so worker processes spawned by tests never fight over 4001 or 9464.
 */
export function loadMetricsConfig(env: NodeJS.ProcessEnv, nodeEnv: string): MetricsConfig {
  const test = nodeEnv === 'test';
  return {
    token: token(env.METRICS_TOKEN, nodeEnv),
    workerHttpPort: port('WORKER_HTTP_PORT', env.WORKER_HTTP_PORT, test ? 0 : 4001),
    workerHttpHost: env.WORKER_HTTP_HOST?.trim() || '0.0.0.0',
    temporalMetricsAddress: bindAddress(env.WORKER_TEMPORAL_METRICS_ADDRESS, test ? null : '0.0.0.0:9464'),
  };
}
