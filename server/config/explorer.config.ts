import { ConfigError } from './config-error';

/** The GraphQL explorer the API serves at GET /explorer (GraphiQL from its npm package, no CDN). */
export interface ExplorerConfig {
  /** GRAPHQL_EXPLORER: on by default outside production, off in production unless switched on. */
  enabled: boolean;
}

export function loadExplorerConfig(env: NodeJS.ProcessEnv, nodeEnv: string): ExplorerConfig {
  const text = env.GRAPHQL_EXPLORER?.trim().toLowerCase();
  if (!text) return { enabled: nodeEnv !== 'production' };
  if (['on', 'true', '1'].includes(text)) return { enabled: true };
  if (['off', 'false', '0'].includes(text)) return { enabled: false };
  throw new ConfigError(`GRAPHQL_EXPLORER must be on or off, got "${env.GRAPHQL_EXPLORER}".`);
}
