import type { LogLevel, LogMetadata, Logger as TemporalLogger } from '@temporalio/common';
import { Runtime } from '@temporalio/worker';
import type { Logger } from '../../server/logging/logger';

const PINO_METHOD: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/** Parts of the SDK whose INFO lines are its own lifecycle (state changes, pollers, core shutdown steps). */
const LIFECYCLE = new Set(['worker', 'core']);

/**
 * The least severe line Temporal's native core should send: its INFO is lifecycle chatter written at
 * debug (below), so the core is asked for it only when the logger shows debug.
 */
function coreLevel(logger: Logger): LogLevel {
  if (logger.isLevelEnabled('trace')) return 'TRACE';
  if (logger.isLevelEnabled('debug')) return 'DEBUG';
  return 'WARN';
}

/**
 * Temporal's Logger interface written onto pino: the SDK's, the core's, workflows' and activities'
 * lines at their own level, except the SDK's lifecycle INFO lines, which go to debug so a start and
 * a Ctrl-C at LOG_LEVEL=info print one line each, ours.
 */
export function temporalLoggerOf(logger: Logger): TemporalLogger {
  const write = (level: LogLevel, message: string, meta?: LogMetadata) => {
    const lifecycle = level === 'INFO' && LIFECYCLE.has(String(meta?.sdkComponent));
    logger[lifecycle ? 'debug' : PINO_METHOD[level]]({ ...meta }, message);
  };
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}

export interface WorkerRuntimeOptions {
  logger: Logger;
  /** host:port of Temporal's own Prometheus exporter (`/metrics`), or null for none. */
  metricsBindAddress: string | null;
}

/**
 * Installs Temporal's Runtime for this process, once: every log line of the SDK and its native core
 * goes to the pino logger (temporalLoggerOf), and the core serves its worker metrics (temporal_*) on
 * `metricsBindAddress`. Signals are left to worker.main, which drains the worker itself; a second
 * call keeps the Runtime already installed.
 */
export function installWorkerRuntime({ logger, metricsBindAddress }: WorkerRuntimeOptions): Runtime {
  if (Runtime._instance) return Runtime._instance;
  return Runtime.install({
    logger: temporalLoggerOf(logger),
    shutdownSignals: [],
    telemetryOptions: {
      logging: { filter: { core: coreLevel(logger), other: 'ERROR' }, forward: {} },
      ...(metricsBindAddress ? { metrics: { prometheus: { bindAddress: metricsBindAddress } } } : {}),
    },
  });
}
