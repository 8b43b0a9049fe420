import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Client } from '@temporalio/client';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../config/config';
import type { LimitsConfig } from '../config/limits.config';
import type { Orm } from '../db/open-database';
import { buildAppSchema } from '../graphql/build-schema';
import type { RequestContext } from '../graphql/context';
import { NotificationListener } from '../notifications/notification-listener';
import type { DocumentStorage } from '../storage/document-storage';
import { LocalDiskStorage } from '../storage/local-disk.storage';
import { generatedFileRoute } from './generated-file-route';
import { documentRoute } from './document-route';
import { formatError } from './format-error';
import { graphqlRoute } from './graphql-route';
import { healthRoute } from './health-route';
import { limitsPlugin } from './limits-plugin';
import { createHttpServer } from './http-server';
import { viewerOf } from './http-util';
import { attachSubscriptions } from './subscriptions';
import { uploadRoute } from './upload-route';

export interface ApiDeps {
  config: AppConfig;
  orm: Orm;
  temporal: Client;
  /** Where dossier bytes go; the local disk under config.storageDir when not given. */
  storage?: DocumentStorage;
}

export interface ApiServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** The node server, for protocols that attach to it (e.g. graphql-ws subscriptions). */
  httpServer: Server;
  /** The configuration the server runs with (its own copy). */
  config: AppConfig;
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
 * signed-in requests when GRAPHQL_INTROSPECTION is on, never for anonymous ones.
 */
export async function createApolloServer(
  limits: LimitsConfig,
  plugins: ApolloServerPlugin<RequestContext>[] = [],
  schema?: GraphQLSchema,
) {
  return new ApolloServer<RequestContext>({
    schema: schema ?? (await buildAppSchema()),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    parseOptions: { maxTokens: limits.query.maxTokens },
    plugins: [limitsPlugin(limits), ...plugins],
  });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the API on `port` (0: any free one): /graphql (HTTP, and graphql-ws subscriptions on its
 * upgrades), PUT /uploads/<token>, GET /documents/<id> and /healthz on one node server, with the
 * LISTEN connection that feeds subscriptions; `stop` closes sockets, drains requests, then closes it.
 */
export async function startApiServer(deps: ApiDeps, port = deps.config.port): Promise<ApiServer> {
  // Our own copy: publicUrl is completed below once the real port is known (port 0 in tests).
  const config: AppConfig = { ...deps.config };
  const storage = deps.storage ?? new LocalDiskStorage(config.storageDir);
  const routeDeps = { orm: deps.orm, config, storage };
  const schema = await buildAppSchema();
  const apollo = await createApolloServer(config.limits, [], schema);
  const httpServer = createHttpServer([
    graphqlRoute(apollo, contextFactory({ ...deps, config, storage }), config.limits.rate),
    uploadRoute(routeDeps),
    documentRoute(routeDeps),
    generatedFileRoute(routeDeps),
    healthRoute(deps.orm),
  ]);
  // Stopping Apollo then stops taking requests, lets those in flight (uploads too) finish, and closes the server.
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await apollo.start();
  const notifications = new NotificationListener(config.databaseUrl);
  await notifications.start();
  const subscriptions = attachSubscriptions({
    httpServer,
    schema,
    orm: deps.orm,
    temporal: deps.temporal,
    config,
    storage,
    notifications,
  });
  // WebSockets first: the drain below would otherwise wait for them.
  const stop = async () => {
    await subscriptions.close();
    await apollo.stop();
    await notifications.stop();
  };
  try {
    const actualPort = await listen(httpServer, port);
    config.publicUrl ??= `http://localhost:${actualPort}`;
    return { url: `http://localhost:${actualPort}/graphql`, httpServer, config, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
