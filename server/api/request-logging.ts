import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { enterRequestId } from '../logging/request-context';

/** What the access line tells beyond method, route and status; filled in while the request is served. */
export interface AccessFields {
  /** performance.now() when the request arrived. */
  startedAt: number;
  /** The signed-in user, once the route or the GraphQL context has found one. */
  userId?: string;
  /** The GraphQL operation's name, when it has one. */
  operationName?: string;
  /** Set once the line is written, so an aborted request is logged once too. */
  logged?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    access: AccessFields;
  }
}

function accessLine(request: FastifyRequest, reply: FastifyReply | null) {
  const { userId, operationName } = request.access;
  return {
    method: request.method,
    // The route's pattern, never the raw URL: an upload URL holds its signed token.
    route: request.routeOptions.url ?? null,
    status: reply ? reply.statusCode : null,
    durationMs: Math.round((reply ? reply.elapsedTime : performance.now() - request.access.startedAt) * 10) / 10,
    requestId: request.id,
    ...(userId ? { userId } : {}),
    ...(operationName ? { operationName } : {}),
  };
}

/**
 * The request id (fastify's `genReqId` took it from x-request-id or made one) is returned in the
 * x-request-id header and entered into the async context, so every log line and Temporal call made
 * while serving the request carries it; one access line is written per request when it is answered.
 * Registered first, so even a CORS preflight or a refusal gets its id and its line.
 */
export function registerRequestLogging(app: FastifyInstance): void {
  app.decorateRequest('access', null as unknown as AccessFields);
  // Callback hooks, not async ones: the async context set here must reach the next step unbroken.
  app.addHook('onRequest', (request, reply, done) => {
    request.access = { startedAt: performance.now() };
    enterRequestId(request.id);
    reply.header('x-request-id', request.id);
    done();
  });
  // Reading the body runs in the socket's async context: enter the id again before the handler.
  app.addHook('preHandler', (request, _reply, done) => {
    enterRequestId(request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    if (!request.access.logged) {
      request.access.logged = true;
      request.log.info(accessLine(request, reply), 'request');
    }
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    if (!request.access.logged) {
      request.access.logged = true;
      request.log.info({ ...accessLine(request, null), aborted: true }, 'request aborted by the client');
    }
    done();
  });
}

/** The access fields of the request a GraphQL context was made for (Apollo copies the context per operation, keys and all). */
const ACCESS = Symbol('access');

export function trackAccess(context: object, access: AccessFields): void {
  (context as { [ACCESS]?: AccessFields })[ACCESS] = access;
}

/** Puts the operation's name, as Apollo resolved it, on the request's access line. */
export function accessLogPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue, request }) {
      const access = (contextValue as { [ACCESS]?: AccessFields })[ACCESS];
      if (!access) return;
      // The client's word until the document is parsed (a name only: never the query or its variables).
      if (request.operationName && /^\w{1,100}$/.test(request.operationName))
        access.operationName = request.operationName;
      return {
        async didResolveOperation({ operationName }) {
          if (operationName) access.operationName = operationName;
        },
      };
    },
  };
}
