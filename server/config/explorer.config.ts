import { onOff } from './env-values';

/** The GraphQL explorer the API serves at GET /explorer (GraphiQL from its npm package, no CDN). */
export interface ExplorerConfig {
  /** GRAPHQL_EXPLORER: on by default outside production, off in production unless switched on. */
  enabled: boolean;
}

export function loadExplorerConfig(env: NodeJS.ProcessEnv, nodeEnv: string): ExplorerConfig {
  return { enabled: onOff('GRAPHQL_EXPLORER', env.GRAPHQL_EXPLORER, nodeEnv !== 'production') };
}
