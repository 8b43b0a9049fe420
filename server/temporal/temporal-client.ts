import { Client, Connection } from '@temporalio/client';
import type { AppConfig } from '../config/config';
import { temporalConnectionOptions } from '../config/temporal.config';

export async function connectTemporal(
  config: Pick<AppConfig, 'temporalAddress' | 'temporalNamespace' | 'temporalSecurity'>,
) {
  const connection = await Connection.connect(temporalConnectionOptions(config));
  return new Client({ connection, namespace: config.temporalNamespace });
}
