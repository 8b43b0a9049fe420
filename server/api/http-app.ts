import type { ApolloServer } from '@apollo/server';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { Client } from '@temporalio/client';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/config';
import type { Orm } from '../db/open-database';
import { registerApiMetrics } from '../observability/api-metrics';
import type { RequestContext } from '../graphql/context';
import type { Logger } from '../logging/logger';
import { requestIdFrom } from '../logging/request-context';
import type { DocumentStorage } from '../storage/document-storage';
import { registerDownloadRoutes } from './document-route';
import { registerGraphqlRoute } from './graphql-route';
import { registerHealthRoutes, type DrainState } from './health-route';
import { registerExplorer } from './explorer/explorer-route';
import { registerErrorReplies } from './http-errors';
import { registerRequestLogging } from './request-logging';
import { registerSecurityHeaders } from './security-headers';
import { registerUploadRoute } from './upload-route';

export interface HttpAppDeps {
  config: AppConfig;
  orm: Orm;
  temporal: Client;
  storage: DocumentStorage;
  logger: Logger;
  /** Not started yet: plugins may still be added to it; it is started here, before its route. */
  apollo: ApolloServer<RequestContext>;
  context: (req: IncomingMessage) => Promise<RequestContext>;
  notifications: { readonly listening: boolean };
  drain: DrainState;
}

/** Uploads are as slow as a commune's connection, but not endless (node's own default). */
const REQUEST_TIMEOUT_MS = 300_000;

/**
 * The API's fastify instance, routes registered but not listening: /graphql (Apollo), PUT
 * /uploads/:token, GET /documents/:id and /files/:id, /healthz and /readyz, with request ids, one
 * access line per request, CORS, security headers and `{code,message,messageVi}` for 404/405/500.
 */
export async function buildHttpApp(deps: HttpAppDeps): Promise<FastifyInstance> {
  const { config, orm, temporal, storage, apollo } = deps;
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Our own access line (request-logging.ts) replaces fastify's two lines per request.
    logController: new LogController({ disableRequestLogging: true }),
    // The client's x-request-id when it looks like one, else a new UUID (never taken unchecked).
    requestIdHeader: false,
    genReqId: (req) => requestIdFrom(req.headers['x-request-id']),
    // The logger stamps requestId from the async context itself: no second copy in each line.
    childLoggerFactory: (logger, _bindings, options) => logger.child({}, options),
    // Signed upload tokens are long; /graphql/ is /graphql as before.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 4096 },
    // While stopping, requests on open connections are still routed: /readyz answers "draining".
    return503OnClosing: false,
    requestTimeout: REQUEST_TIMEOUT_MS,
  });
  registerRequestLogging(app);
  await registerSecurityHeaders(app);
  registerErrorReplies(app);

  // Hooks registered here see every route below, and Apollo, not started yet, takes the operation metrics.
  registerApiMetrics(app, { orm, token: config.metrics.token, apollo });

  // Stopping Apollo closes fastify: it stops taking connections and lets requests in flight finish.
  apollo.addPlugin(fastifyApolloDrainPlugin(app));
  await apollo.start();
  await registerGraphqlRoute(app, apollo, deps.context, config.limits.rate);
  await registerUploadRoute(app, { orm, config, storage });
  registerDownloadRoutes(app, { orm, config, storage });
  registerHealthRoutes(app, { orm, temporal, notifications: deps.notifications, drain: deps.drain });

  // GET /explorer with its own Content-Security-Policy; browsers opening /graphql are sent there.
  registerExplorer(app, { enabled: config.explorer.enabled });

  return app;
}
