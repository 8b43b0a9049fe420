import pino, { type Logger, type LevelWithSilent } from 'pino';
import { currentRequestId } from './request-context';

export type { Logger };

export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * One JSON line per event on stdout (pino), at LOG_LEVEL. `service` names the process (api,
 * worker, a script); every line logged inside a request carries that request's id.
 */
export function createLogger(service: string, level: LevelWithSilent = 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    // Tokens and passwords never reach a log line, wherever a caller put them.
    redact: { paths: ['authorization', '*.authorization', 'token', '*.token', 'password', '*.password'], remove: true },
  });
}
