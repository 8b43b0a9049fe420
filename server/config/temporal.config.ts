import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

/** How the API and the worker authenticate to Temporal and protect the connection. */
export interface TemporalSecurity {
  /** Null: plain gRPC (a dev server, or a Temporal on a private network such as docker-compose's). */
  tls: {
    /** SNI and certificate host name, when it differs from TEMPORAL_ADDRESS's host. */
    serverNameOverride?: string;
    /** The CA that signed the server's certificate; without it the system's roots are used. */
    serverRootCACertificate?: Buffer;
    /** mTLS: the client certificate and key Temporal knows this process by. */
    clientCertPair?: { crt: Buffer; key: Buffer };
  } | null;
  /** Sent as `Authorization: Bearer <key>` (Temporal Cloud API keys); requires TLS. */
  apiKey: string | null;
}

function file(env: NodeJS.ProcessEnv, name: string): Buffer | undefined {
  const path = env[name]?.trim();
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(`${name} names a file that cannot be read (${reason}): "${path}".`);
  }
}

function flag(name: string, value: string | undefined): boolean | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (['1', 'true', 'yes'].includes(text)) return true;
  if (['0', 'false', 'no'].includes(text)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}".`);
}

/** Reads TEMPORAL_TLS*, TEMPORAL_API_KEY: any of them turns TLS on; the files are read once, at boot. */
export function loadTemporalSecurity(env: NodeJS.ProcessEnv): TemporalSecurity {
  const serverRootCACertificate = file(env, 'TEMPORAL_TLS_CA');
  const crt = file(env, 'TEMPORAL_TLS_CERT');
  const key = file(env, 'TEMPORAL_TLS_KEY');
  if (!crt !== !key) {
    throw new ConfigError('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY must be set together (mTLS needs both).');
  }
  const serverNameOverride = env.TEMPORAL_TLS_SERVER_NAME?.trim() || undefined;
  const apiKey = env.TEMPORAL_API_KEY?.trim() || null;
  const wanted = Boolean(serverRootCACertificate || crt || serverNameOverride || apiKey);
  const tlsFlag = flag('TEMPORAL_TLS', env.TEMPORAL_TLS);
  if (tlsFlag === false && wanted) {
    throw new ConfigError('TEMPORAL_TLS is false but TLS files, a server name or an API key are set.');
  }
  if (!(tlsFlag ?? wanted)) return { tls: null, apiKey: null };
  return {
    tls: {
      ...(serverNameOverride && { serverNameOverride }),
      ...(serverRootCACertificate && { serverRootCACertificate }),
      ...(crt && key && { clientCertPair: { crt, key } }),
    },
    apiKey,
  };
}

/** The options both Connection.connect (client) and NativeConnection.connect (worker) take. */
export function temporalConnectionOptions(config: { temporalAddress: string; temporalSecurity: TemporalSecurity }) {
  const { tls, apiKey } = config.temporalSecurity;
  return {
    address: config.temporalAddress,
    ...(tls && { tls }),
    ...(apiKey && { apiKey }),
  };
}
