import { Client, Connection } from '@temporalio/client';
import type { AppConfig } from '../config/config';

export async function connectTemporal(config: Pick<AppConfig, 'temporalAddress' | 'temporalNamespace'>) {
  const connection = await Connection.connect({ address: config.temporalAddress });
  return new Client({ connection, namespace: config.temporalNamespace });
}
