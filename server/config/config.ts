import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEV_JWT_SECRET, loadAuthConfig, type AuthConfig } from './auth.config';
import { ConfigError } from './config-error';
import { loadLimitsConfig, type LimitsConfig } from './limits.config';
import type { LevelWithSilent } from 'pino';
import { LOG_LEVELS } from '../logging/logger';
import { loadTemporalSecurity, type TemporalSecurity } from './temporal.config';
import { loadExplorerConfig, type ExplorerConfig } from './explorer.config';
import { loadHttpConfig, type HttpConfig } from './http.config';
import { loadMetricsConfig, type MetricsConfig } from './metrics.config';
import { loadStorageConfig, type StorageConfig } from './storage.config';
import { wholeNumber } from './env-values';

/** The only reader of process.env: every setting is read and validated here, once, at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  /** TLS/mTLS and API key of the Temporal connection (temporal.config.ts). */
  temporalSecurity: TemporalSecurity;
  /** Signs upload links and, outside production only, development bearer tokens. */
  jwtSecret: string;
  /** Who may sign bearer tokens: the OpenID Connect provider, dev tokens (auth.config.ts). */
  auth: AuthConfig;
  /** Lifetime of tokens printed by `npm run token`. */
  devTokenTtl: string;
  debugSql: boolean;
  /** Directory of the local-disk document storage. */
  storageDir: string;
  /** Which document storage: the local disk above (default) or an S3 bucket (storage.config.ts). */
  storage: StorageConfig;
  /**
   * Base of the upload and download URLs handed to portals, without a trailing slash; null means
   * http://localhost:<the port the API actually listens on> (the API server fills it in).
   */
  publicUrl: string | null;
  /** Lifetime of a signed upload URL. */
  uploadUrlTtlSeconds: number;
  /**
   * When set, a working day lasts this many milliseconds instead of following the Vietnamese
   * calendar: tests and demos watch reminders, escalations and timeouts in seconds.
   */
  workingDayMs: number | null;
  /**
   * Outside production only (SUBMISSION_DAY): nominations count as made and submitted on this day
   * (YYYY-MM-DD) instead of today, so a past round can be rehearsed with the authority, routing,
   * unit list and window of its day. Null: today in Vietnam.
   */
  submissionDay: string | null;
  /** Connections each API or worker process keeps to PostgreSQL at most. */
  dbPoolMax: number;
  /** Activities a worker runs at once: more than its connections would only queue for one. */
  workerActivityConcurrency: number;
  /** Query limits, rate limits and the API's statement timeout (limits.config.ts). */
  limits: LimitsConfig;
  /**
   * How often the worker's Temporal schedule compares every open nomination with its workflow
   * (pipelineDrift); 0 makes no schedule (the default under NODE_ENV=test).
   */
  reconcileIntervalSeconds: number;
  /** The role that owns the schema and runs `npm run migrate` (DB_MIGRATION_URL); DATABASE_URL when unset. */
  migrationDatabaseUrl: string;
  /** Exports of at most this many rows are produced in the request; larger ones in the background (EXPORT_INLINE_ROWS). */
  exportInlineRows: number;
  /** The least severe log line written (LOG_LEVEL): info by default, warn under NODE_ENV=test. */
  logLevel: LevelWithSilent;
  /** GET /explorer, the offline GraphiQL (GRAPHQL_EXPLORER; explorer.config.ts). */
  explorer: ExplorerConfig;
  /** How the API drains and stops (http.config.ts). */
  http: HttpConfig;
  /** /metrics token, the worker's health server and Temporal's exporter (metrics.config.ts). */
  metrics: MetricsConfig;
}

/** Where `npm start` runs its embedded PostgreSQL, so `npm run token` and friends find it unset. */
const EMBEDDED_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:54329/thidua';

export { ConfigError };

function postgresUrl(name: string, value: string): string {
  if (!/^postgres(ql)?:\/\//.test(value)) throw new ConfigError(`${name} must be a postgres:// URL.`);
  return value;
}

/** The checkout (or image) root: the nearest folder above this file with a package.json, from src or dist alike. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function publicUrl(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(text)) {
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL such as https://thidua.example.gov.vn, got "${text}".`);
  }
  return text.replace(/\/+$/, '');
}

function logLevel(value: string | undefined, nodeEnv: AppConfig['nodeEnv']): LevelWithSilent {
  const level = value?.trim().toLowerCase() || (nodeEnv === 'test' ? 'warn' : 'info');
  if (!LOG_LEVELS.includes(level as LevelWithSilent)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}".`);
  }
  return level as LevelWithSilent;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${name} is not set. See the README's configuration table.`);
  return value;
}

function port(value: string | undefined, fallback: number): number {
  const parsed = Number(value ?? fallback);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65_535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535, got "${value}".`);
  }
  return parsed;
}

function submissionDay(value: string | undefined, nodeEnv: AppConfig['nodeEnv']): string | null {
  const day = value?.trim();
  if (!day) return null;
  if (nodeEnv === 'production')
    throw new ConfigError('SUBMISSION_DAY is for rehearsals and tests; unset it in production.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) {
    throw new ConfigError(`SUBMISSION_DAY must be a day YYYY-MM-DD, got "${day}".`);
  }
  return day;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}".`);
  }
  const jwtSecret = env.JWT_SECRET?.trim() || (nodeEnv === 'production' ? '' : DEV_JWT_SECRET);
  if (!jwtSecret) throw new ConfigError('JWT_SECRET must be set in production.');
  if (nodeEnv === 'production' && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters in production.');
  }
  const databaseUrl =
    nodeEnv === 'production' ? required(env, 'DATABASE_URL') : env.DATABASE_URL?.trim() || EMBEDDED_DATABASE_URL;
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL.');
  }
  const dbPoolMax = wholeNumber('DB_POOL_MAX', env.DB_POOL_MAX, 10, 1, 500);
  return {
    nodeEnv,
    port: port(env.PORT, 4000),
    databaseUrl,
    temporalAddress: env.TEMPORAL_ADDRESS?.trim() || 'localhost:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE?.trim() || 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE?.trim() || 'nomination-pipeline',
    temporalSecurity: loadTemporalSecurity(env),
    jwtSecret,
    auth: loadAuthConfig(env, nodeEnv, jwtSecret),
    devTokenTtl: env.DEV_TOKEN_TTL?.trim() || '12h',
    debugSql: env.DEBUG_SQL === '1',
    storageDir: resolve(env.STORAGE_DIR?.trim() || join(repoRoot(), '.data', 'documents')),
    storage: loadStorageConfig(env),
    publicUrl: publicUrl(env.PUBLIC_URL),
    uploadUrlTtlSeconds: wholeNumber('UPLOAD_URL_TTL_SECONDS', env.UPLOAD_URL_TTL_SECONDS, 900, 30, 86_400),
    workingDayMs: env.WORKING_DAY_MS ? wholeNumber('WORKING_DAY_MS', env.WORKING_DAY_MS, 0, 100, 86_400_000) : null,
    submissionDay: submissionDay(env.SUBMISSION_DAY, nodeEnv),
    dbPoolMax,
    limits: loadLimitsConfig(env, nodeEnv),
    reconcileIntervalSeconds: wholeNumber(
      'RECONCILE_INTERVAL_SECONDS',
      env.RECONCILE_INTERVAL_SECONDS,
      nodeEnv === 'test' ? 0 : 600,
      0,
      86_400,
    ),
    exportInlineRows: wholeNumber('EXPORT_INLINE_ROWS', env.EXPORT_INLINE_ROWS, 2000, 0, 1_000_000),
    logLevel: logLevel(env.LOG_LEVEL, nodeEnv),
    explorer: loadExplorerConfig(env, nodeEnv),
    http: loadHttpConfig(env, nodeEnv),
    metrics: loadMetricsConfig(env, nodeEnv),
    migrationDatabaseUrl: postgresUrl('DB_MIGRATION_URL', env.DB_MIGRATION_URL?.trim() || databaseUrl),
    workerActivityConcurrency: wholeNumber(
      'WORKER_ACTIVITY_CONCURRENCY',
      env.WORKER_ACTIVITY_CONCURRENCY,
      dbPoolMax,
      1,
      1000,
    ),
  };
}
