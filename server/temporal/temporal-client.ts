import { Client, Connection } from '@temporalio/client';
import { ensureSearchAttributes } from '../../workflows/worker/search-attribute-registration';
import type { AppConfig } from '../config/config';
import { temporalConnectionOptions } from '../config/temporal.config';
import { temporalClientInterceptors } from './request-id.interceptor';

export async function connectTemporal(
  config: Pick<AppConfig, 'temporalAddress' | 'temporalNamespace' | 'temporalSecurity'>,
) {
  const connection = await Connection.connect(temporalConnectionOptions(config));
  // Workflows are started with search attributes: they must exist before the first submission.
  await ensureSearchAttributes(connection, config.temporalNamespace);
  return new Client({ connection, namespace: config.temporalNamespace, interceptors: temporalClientInterceptors() });
}
