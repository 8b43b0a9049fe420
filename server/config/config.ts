/** The only reader of process.env: every setting is read and validated here, once, at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  jwtSecret: string;
  /** Lifetime of tokens printed by `npm run token`. */
  devTokenTtl: string;
  debugSql: boolean;
}

const DEV_JWT_SECRET = 'thidua-development-secret-change-me';
/** Where `npm start` runs its embedded PostgreSQL, so `npm run token` and friends find it unset. */
const EMBEDDED_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:54329/thidua';

export class ConfigError extends Error {}

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
  const databaseUrl = nodeEnv === 'production' ? required(env, 'DATABASE_URL') : env.DATABASE_URL?.trim() || EMBEDDED_DATABASE_URL;
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL.');
  }
  return {
    nodeEnv,
    port: port(env.PORT, 4000),
    databaseUrl,
    temporalAddress: env.TEMPORAL_ADDRESS?.trim() || 'localhost:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE?.trim() || 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE?.trim() || 'nomination-pipeline',
    jwtSecret,
    devTokenTtl: env.DEV_TOKEN_TTL?.trim() || '12h',
    debugSql: env.DEBUG_SQL === '1',
  };
}
