import { onOff, wholeNumber } from './env-values';

/** Bounds on what one request, one user or one client address may ask of the API (read once, at boot). */
export interface QueryLimitsConfig {
  /** Deepest field nesting of an operation (fragments expanded). */
  maxDepth: number;
  /** Aliased fields in an operation (fragments expanded). */
  maxAliases: number;
  /** Lexical tokens of a document: the parser stops past this many. */
  maxTokens: number;
  /** Directives (@include, @skip, …) in an operation (fragments expanded). */
  maxDirectives: number;
  /** Estimated cost: each field 1; a connection's items × `first`, any other list's items × 10. */
  maxCost: number;
  /** Schema introspection and "Did you mean …" hints for signed-in requests (never for anonymous ones). */
  introspection: boolean;
}

/** Requests per minute (0: no limit); each API instance counts on its own, in memory. */
export interface RateLimitsConfig {
  /** GraphQL mutations per signed-in user. */
  mutationsPerMinute: number;
  /** GraphQL queries per signed-in user. */
  queriesPerMinute: number;
  /** GraphQL requests of any kind, and upgrades to a socket, per client address. */
  addressPerMinute: number;
  /** PUT /uploads per client address. */
  uploadsPerMinute: number;
  /** New WebSocket connections per client address. */
  socketsPerMinute: number;
  /** Open WebSocket connections per client address at once. */
  socketsPerAddress: number;
  /** Open WebSocket connections per signed-in user at once (a portal tab or two, not hundreds). */
  socketsPerUser: number;
  /** Subscriptions at once on one WebSocket. */
  subscriptionsPerSocket: number;
  /** Proxies in front of the API whose X-Forwarded-For entries are trusted (0: the peer address is the client). */
  trustProxyHops: number;
}

export interface LimitsConfig {
  query: QueryLimitsConfig;
  rate: RateLimitsConfig;
  /** PostgreSQL statement_timeout of the API's connections, in ms (0: none). */
  dbStatementTimeoutMs: number;
}

/**
 * The limits from the environment. Rate limits default to off under NODE_ENV=test (tests send
 * bursts from a few users); `npm start` and production get per-minute limits a person never reaches.
 */
export function loadLimitsConfig(env: NodeJS.ProcessEnv, nodeEnv: string): LimitsConfig {
  const rate = (name: string, fallback: number, max = 1_000_000) =>
    wholeNumber(name, env[name], nodeEnv === 'test' ? 0 : fallback, 0, max);
  return {
    query: {
      maxDepth: wholeNumber('GRAPHQL_MAX_DEPTH', env.GRAPHQL_MAX_DEPTH, 10, 2, 100),
      maxAliases: wholeNumber('GRAPHQL_MAX_ALIASES', env.GRAPHQL_MAX_ALIASES, 30, 0, 10_000),
      maxTokens: wholeNumber('GRAPHQL_MAX_TOKENS', env.GRAPHQL_MAX_TOKENS, 8000, 100, 1_000_000),
      maxDirectives: wholeNumber('GRAPHQL_MAX_DIRECTIVES', env.GRAPHQL_MAX_DIRECTIVES, 20, 0, 10_000),
      maxCost: wholeNumber('GRAPHQL_MAX_COST', env.GRAPHQL_MAX_COST, 50_000, 10, 100_000_000),
      introspection: onOff('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, nodeEnv !== 'production'),
    },
    rate: {
      mutationsPerMinute: rate('RATE_LIMIT_MUTATIONS_PER_MINUTE', 120),
      queriesPerMinute: rate('RATE_LIMIT_QUERIES_PER_MINUTE', 1200),
      addressPerMinute: rate('RATE_LIMIT_ADDRESS_PER_MINUTE', 3000),
      uploadsPerMinute: rate('RATE_LIMIT_UPLOADS_PER_MINUTE', 60),
      socketsPerMinute: rate('RATE_LIMIT_SOCKETS_PER_MINUTE', 60),
      socketsPerAddress: rate('WS_MAX_CONNECTIONS_PER_ADDRESS', 50),
      socketsPerUser: rate('WS_MAX_CONNECTIONS_PER_USER', 10),
      subscriptionsPerSocket: wholeNumber(
        'WS_MAX_SUBSCRIPTIONS_PER_SOCKET',
        env.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
        5,
        0,
        1000,
      ),
      trustProxyHops: wholeNumber('TRUST_PROXY_HOPS', env.TRUST_PROXY_HOPS, 0, 0, 10),
    },
    dbStatementTimeoutMs: wholeNumber('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 15_000, 0, 3_600_000),
  };
}
