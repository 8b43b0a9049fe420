import type { Client } from '@temporalio/client';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { authenticate } from '../auth/authenticate';
import { atExpiry } from '../auth/token-expiry';
import { loadViewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import type { Orm } from '../db/open-database';
import type { NotificationHub } from '../notifications/notification-listener';
import type { SubscriptionContext } from '../resolvers/notification.resolver';
import type { Logger } from '../logging/logger';
import { errorFormatter } from './format-error';
import { MAX_GRAPHQL_BODY_BYTES } from './graphql-route';
import { socketLimits } from './socket-limits';
import type { DocumentStorage } from '../storage/document-storage';

export interface SubscriptionDeps {
  httpServer: Server;
  schema: GraphQLSchema;
  orm: Orm;
  temporal: Client;
  config: AppConfig;
  storage: DocumentStorage;
  notifications: NotificationHub;
  logger: Logger;
}

/** Longer reasons are cut by the WebSocket protocol (123 bytes). */
const UNAUTHORIZED_REASON = 'Unauthorized: connectionParams.authorization must be "Bearer <token>" of an active user';
const EXPIRED_REASON = 'Unauthorized: the token expired; reconnect with a fresh one';
const TOO_MANY_SOCKETS_REASON =
  'Forbidden: this user has too many open sockets (WS_MAX_CONNECTIONS_PER_USER); close one';

function bearer(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  const match = typeof value === 'string' ? /^Bearer\s+(.+)$/i.exec(value) : null;
  return match ? match[1].trim() : null;
}

/** The same rule as over HTTP: our coded errors pass, anything else is logged and answered as INTERNAL. */
function safeErrors(
  formatError: ReturnType<typeof errorFormatter>,
  errors: readonly GraphQLError[],
): GraphQLFormattedError[] {
  return errors.map((error) =>
    error.originalError ? formatError(error.toJSON(), error.originalError) : error.toJSON(),
  );
}

/**
 * GraphQL over WebSocket (graphql-ws) on the API's own server and path: upgrades of /graphql only.
 * The token travels in connectionParams (browsers cannot set headers on a WebSocket); without a
 * valid one the socket is closed with 4401 and a reason saying what to send.
 */
export function attachSubscriptions({
  httpServer,
  schema,
  orm,
  temporal,
  config,
  storage,
  notifications,
  logger,
}: SubscriptionDeps) {
  const formatError = errorFormatter(logger);
  // The same cap as an HTTP request body (ws would otherwise take messages of up to 100 MiB).
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_GRAPHQL_BODY_BYTES });
  // Connections per address, subscriptions per socket and the query limits (socket-limits.ts).
  const limits = socketLimits(schema, config.limits);
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!/^\/graphql\/?$/.test(new URL(req.url ?? '/', 'http://localhost').pathname)) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    if (limits.refuseUpgrade(req, socket)) return;
    wss.handleUpgrade(req, socket, head, (ws) => {
      limits.track(ws, req);
      wss.emit('connection', ws, req);
    });
  };
  httpServer.on('upgrade', onUpgrade);

  const server = useServer<Record<string, unknown>, { userId: string }>(
    {
      schema,
      async onConnect(ctx) {
        const token = bearer(ctx.connectionParams);
        const signedIn = token ? await authenticate(orm.em.fork(), token, config) : null;
        const { socket } = ctx.extra;
        if (!signedIn) {
          socket.close(CloseCode.Unauthorized, UNAUTHORIZED_REASON);
          return false;
        }
        if (!limits.admitUser(signedIn.viewer.user.id, socket)) {
          socket.close(CloseCode.Forbidden, TOO_MANY_SOCKETS_REASON);
          return false;
        }
        ctx.extra.userId = signedIn.viewer.user.id;
        // A socket lives no longer than the token it was opened with.
        socket.once(
          'close',
          atExpiry(signedIn.expiresAt, () => socket.close(CloseCode.Unauthorized, EXPIRED_REASON)),
        );
        return true;
      },
      onSubscribe: (ctx, _id, payload) => limits.onSubscribe(Object.keys(ctx.subscriptions).length, payload),
      // Per operation, like an HTTP request: a fresh entity manager and the viewer as they are now.
      async context(ctx): Promise<SubscriptionContext> {
        const em = orm.em.fork();
        const viewer = ctx.extra.userId ? await loadViewer(em, ctx.extra.userId) : null;
        return { em, viewer, temporal, config, storage, notifications };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: safeErrors(formatError, result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => safeErrors(formatError, errors),
    },
    wss,
  );

  return {
    /** Closes every socket (1001 going away) and stops taking upgrades. */
    async close() {
      httpServer.off('upgrade', onUpgrade);
      await server.dispose();
    },
  };
}
