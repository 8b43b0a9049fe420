import { ConfigError } from './config-error';
import { wholeNumber } from './env-values';

/** How the API process stops (read once, at boot). */
export interface HttpConfig {
  /**
   * After a stop is asked for, /readyz answers 503 draining for this long while everything else is
   * still served, so a load balancer takes the instance out before it stops taking connections.
   */
  drainDelayMs: number;
  /** The longest a stop may take (drain, in-flight requests, sockets) before the process exits anyway. */
  shutdownTimeoutMs: number;
}

/** No drain delay outside production: Ctrl-C on `npm start` and the tests stop at once. */
export function loadHttpConfig(env: NodeJS.ProcessEnv, nodeEnv: string): HttpConfig {
  const shutdownTimeoutMs = wholeNumber(
    'SHUTDOWN_TIMEOUT_MS',
    env.SHUTDOWN_TIMEOUT_MS,
    25_000,
    1000,
    600_000,
    'milliseconds',
  );
  const drainDelayMs = wholeNumber(
    'SHUTDOWN_DRAIN_DELAY_MS',
    env.SHUTDOWN_DRAIN_DELAY_MS,
    nodeEnv === 'production' ? 3000 : 0,
    0,
    300_000,
    'milliseconds',
  );
  if (drainDelayMs >= shutdownTimeoutMs) {
    throw new ConfigError(
      `SHUTDOWN_DRAIN_DELAY_MS (${drainDelayMs}) must be shorter than SHUTDOWN_TIMEOUT_MS (${shutdownTimeoutMs}).`,
    );
  }
  return { drainDelayMs, shutdownTimeoutMs };
}
