import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { limitMessages as M, userErrorOf } from '../../domain/messages';
import type { LimitsConfig } from '../config/limits.config';
import { operationRefusal, tooLargeRefusal, withoutSuggestions } from './query-limits';
import { clientAddress, rateLimitedError, RateLimiter } from './rate-limit';

/** A socket that is refused is told to wait this long when it was refused for being one too many. */
const BUSY_RETRY_SECONDS = 30;

/** GraphQL errors travel over the socket without Apollo's HTTP hints. */
function socketError(error: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = error.extensions ?? {};
  return new GraphQLError(error.message, { nodes: error.nodes, extensions });
}

function codedError(refusal: { code: string; message: string; messageVi: string }, extra: object = {}): GraphQLError {
  const { code, message, messageVi } = refusal;
  return new GraphQLError(message, { extensions: { code, messageVi, ...extra } });
}

/**
 * The WebSocket's share of the limits: new connections per address a minute and open ones per
 * address (refused at the upgrade with 429 and Retry-After), open ones per user (closed at sign-in), at most a few subscriptions on one
 * socket, and every subscribe message held to the same query limits as an HTTP request. The socket
 * carries subscriptions only: queries and mutations go over HTTP, where they are counted.
 */
export function socketLimits(schema: GraphQLSchema, limits: LimitsConfig) {
  const { rate, query } = limits;
  const attempts = new RateLimiter(rate.socketsPerMinute);
  const open = new Map<string, number>();
  const openByUser = new Map<string, number>();

  function refuse(socket: Duplex, retryAfterSeconds: number) {
    const body = JSON.stringify(rateLimitedError(retryAfterSeconds));
    socket.end(
      'HTTP/1.1 429 Too Many Requests\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\n' +
        `retry-after: ${retryAfterSeconds}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }

  return {
    /** Answers 429 and returns true when this address may not open another socket now. */
    refuseUpgrade(req: IncomingMessage, socket: Duplex): boolean {
      const address = clientAddress(req, rate.trustProxyHops);
      if (rate.socketsPerAddress > 0 && (open.get(address) ?? 0) >= rate.socketsPerAddress) {
        refuse(socket, BUSY_RETRY_SECONDS);
        return true;
      }
      const wait = attempts.take(address);
      if (wait) refuse(socket, wait);
      return wait > 0;
    },

    /** Counts an accepted socket against its address until it closes. */
    track(ws: { once(event: 'close', listener: () => void): unknown }, req: IncomingMessage) {
      const address = clientAddress(req, rate.trustProxyHops);
      open.set(address, (open.get(address) ?? 0) + 1);
      ws.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left > 0) open.set(address, left);
        else open.delete(address);
      });
    },

    /**
     * Counts a signed-in socket against its user until it closes; false (and nothing counted) when
     * the user already holds WS_MAX_CONNECTIONS_PER_USER open sockets.
     */
    admitUser(userId: string, ws: { once(event: 'close', listener: () => void): unknown }): boolean {
      const held = openByUser.get(userId) ?? 0;
      if (rate.socketsPerUser > 0 && held >= rate.socketsPerUser) return false;
      openByUser.set(userId, held + 1);
      ws.once('close', () => {
        const left = (openByUser.get(userId) ?? 1) - 1;
        if (left > 0) openByUser.set(userId, left);
        else openByUser.delete(userId);
      });
      return true;
    },

    /**
     * graphql-ws's onSubscribe: parse (token limit), validate, refuse what is not a subscription or
     * breaks a limit, and count this one against the socket (`active` includes it).
     */
    onSubscribe(active: number, payload: SubscribePayload) {
      if (rate.subscriptionsPerSocket > 0 && active > rate.subscriptionsPerSocket) {
        return [codedError(userErrorOf(M.tooManySubscriptions, { limit: rate.subscriptionsPerSocket }))];
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: query.maxTokens });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const tooLarge = tooLargeRefusal(message);
        return [tooLarge ? codedError(tooLarge) : new GraphQLError(withoutSuggestions(message))];
      }
      const invalid = validate(schema, document);
      if (invalid.length) {
        return query.introspection
          ? invalid
          : invalid.map((error) => new GraphQLError(withoutSuggestions(error.message), { nodes: error.nodes }));
      }
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return [new GraphQLError('Unable to identify the operation to run.')];
      if (operation.operation !== 'subscription') return [codedError(userErrorOf(M.socketSubscriptionsOnly))];
      const variables = payload.variables ?? undefined;
      const refusal = operationRefusal(schema, document, operation, variables, { limits: query, signedIn: true });
      if (refusal) return [socketError(refusal)];
      return { schema, document, operationName: payload.operationName, variableValues: variables };
    },
  };
}
