import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppConfig } from '../config/config';
import type { LimitsConfig } from '../config/limits.config';
import type { Orm } from '../db/open-database';
import { buildAppSchema } from '../graphql/build-schema';
import type { RequestContext } from '../graphql/context';
import { createLogger, type Logger } from '../logging/logger';
import { NotificationListener } from '../notifications/notification-listener';
import type { DocumentStorage } from '../storage/document-storage';
import { createDocumentStorage } from '../storage/create-storage';
import { errorFormatter } from './format-error';
import { buildHttpApp } from './http-app';
import { viewerOf } from './http-util';
import { limitsPlugin } from './limits-plugin';
import { accessLogPlugin } from './request-logging';
import { attachSubscriptions } from './subscriptions';

export interface ApiDeps {
  config: AppConfig;
  orm: Orm;
  temporal: Client;
  /** Where dossier bytes go; the local disk under config.storageDir when not given. */
  storage?: DocumentStorage;
  /** Where log lines go; `createLogger('api', config.logLevel)` when not given (tests pass their own to read them). */
  logger?: Logger;
  /** More Apollo plugins, added before it starts. */
  apolloPlugins?: ApolloServerPlugin<RequestContext>[];
}

export interface ApiServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** The node server, for protocols that attach to it (e.g. graphql-ws subscriptions). */
  httpServer: Server;
  /** The fastify instance serving it. */
  app: FastifyInstance;
  /** The configuration the server runs with (its own copy). */
  config: AppConfig;
  /**
   * /readyz says "draining" at once; after SHUTDOWN_DRAIN_DELAY_MS sockets are closed (1001),
   * requests in flight finish, then the LISTEN connection is closed. Calling it again waits for the same stop.
   */
  stop(): Promise<void>;
}

/** Builds the request context: a fresh entity manager and the viewer named by the bearer token. */
export function contextFactory({ config, orm, temporal, storage }: ApiDeps & { storage: DocumentStorage }) {
  return async (req: IncomingMessage): Promise<RequestContext> => {
    const em = orm.em.fork();
    return { em, viewer: await viewerOf(em, req, config), temporal, config, storage };
  };
}

/**
 * Apollo with the query limits (GRAPHQL_MAX_TOKENS at parsing, the rest in limitsPlugin before
 * execution). Introspection is allowed by Apollo and decided per request by the plugin: on for
 * signed-in requests when GRAPHQL_INTROSPECTION is on, never for anonymous ones. Its landing page
 * loads from a CDN, unreachable on a closed network: it is off (browsers are sent to /explorer).
 */
export async function createApolloServer(
  limits: LimitsConfig,
  plugins: ApolloServerPlugin<RequestContext>[] = [],
  schema?: GraphQLSchema,
  logger?: Logger,
) {
  return new ApolloServer<RequestContext>({
    schema: schema ?? (await buildAppSchema()),
    formatError: errorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The processes stop Apollo themselves, after draining; Apollo's own SIGTERM handler would wait on that stop and hang it.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.query.maxTokens },
    plugins: [ApolloServerPluginLandingPageDisabled(), limitsPlugin(limits), ...plugins],
  });
}

/** Every interface, IPv6 and IPv4 alike (as node's own default), or IPv4 only where IPv6 is off. */
async function listen(app: FastifyInstance, port: number): Promise<number> {
  try {
    await app.listen({ port, host: '::' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAFNOSUPPORT') throw error;
    await app.listen({ port, host: '0.0.0.0' });
  }
  return (app.server.address() as AddressInfo).port;
}

/**
 * Starts the API on `port` (0: any free one): fastify with /graphql (HTTP, and graphql-ws
 * subscriptions on its upgrades), PUT /uploads/:token, GET /documents/:id, /files/:id, /healthz and
 * /readyz (http-app.ts), with the LISTEN connection that feeds subscriptions.
 */
export async function startApiServer(deps: ApiDeps, port = deps.config.port): Promise<ApiServer> {
  // Our own copy: publicUrl is completed below once the real port is known (port 0 in tests).
  const config: AppConfig = { ...deps.config };
  const logger = deps.logger ?? createLogger('api', config.logLevel);
  const storage = deps.storage ?? (await createDocumentStorage(config));
  const schema = await buildAppSchema();
  const apollo = await createApolloServer(
    config.limits,
    [accessLogPlugin(), ...(deps.apolloPlugins ?? [])],
    schema,
    logger,
  );
  const notifications = new NotificationListener(config.databaseUrl, { logger });
  await notifications.start();
  const drain = { draining: false };
  const context = contextFactory({ ...deps, config, storage });
  const app = await buildHttpApp({ ...deps, config, storage, logger, apollo, context, notifications, drain });
  const subscriptions = attachSubscriptions({
    httpServer: app.server,
    schema,
    orm: deps.orm,
    temporal: deps.temporal,
    config,
    storage,
    notifications,
    logger,
  });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      drain.draining = true;
      if (config.http.drainDelayMs > 0 && app.server.listening) await sleep(config.http.drainDelayMs);
      // WebSockets first: closing the server would otherwise wait for them.
      await subscriptions.close();
      await apollo.stop();
      await notifications.stop();
    })());
  try {
    const actualPort = await listen(app, port);
    config.publicUrl ??= `http://localhost:${actualPort}`;
    return { url: `http://localhost:${actualPort}/graphql`, httpServer: app.server, app, config, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
