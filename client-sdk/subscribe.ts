import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient as createSocketClient, type Client as SocketClient } from 'graphql-ws';
import { printOnce } from './document-text';
import { GraphQLRequestError, SubscriptionClosedError, type GraphQLErrorEntry } from './errors';

export interface SubscribeOptions {
  /** Ends the subscription, as stop() does. */
  signal?: AbortSignal;
}

/** A live feed: iterate it with `for await`; stop() (or `break`, or the signal) ends it. */
export interface LiveSubscription<R> extends AsyncIterableIterator<R> {
  /** Tells the server to stop sending; a pending next() then resolves as done. */
  stop(): void;
}

export interface SocketOptions {
  /** ws:// or wss:// URL of the API's GraphQL endpoint. */
  url: string;
  token: string | undefined;
  /** The WebSocket class: the `ws` package's in Node 20, the browser's global by default. */
  webSocketImpl?: unknown;
  /** How long to wait for the server to accept the connection (the client's timeoutMs). */
  connectionAckWaitTimeout?: number;
}

/**
 * One graphql-ws connection per client, opened at the first subscription and closed a moment after
 * the last one ends. The token travels in connectionParams, as the API expects
 * (browsers cannot set headers on a WebSocket).
 */
export function socketClient({ url, token, webSocketImpl, connectionAckWaitTimeout }: SocketOptions): SocketClient {
  return createSocketClient({
    url,
    webSocketImpl,
    connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
    connectionAckWaitTimeout: connectionAckWaitTimeout ?? 0,
    lazy: true,
  });
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

function subscriptionError(error: unknown, operationName: string): unknown {
  if (Array.isArray(error)) return new GraphQLRequestError(error as GraphQLErrorEntry[], 0, operationName);
  if (isCloseEvent(error)) return new SubscriptionClosedError(operationName, error.code, String(error.reason ?? ''));
  return error;
}

export function subscribeOver<R, V>(
  socket: SocketClient,
  document: TypedDocumentNode<R, V>,
  variables: V | undefined,
  { signal }: SubscribeOptions = {},
): LiveSubscription<R> {
  const { query, operationName } = printOnce(document);
  const name = operationName ?? 'subscription';
  const queue: R[] = [];
  let failure: unknown = null;
  let ended = false;
  let waiting: Array<() => void> = [];
  const wake = () => {
    const woken = waiting;
    waiting = [];
    woken.forEach((resolve) => resolve());
  };
  const end = (error: unknown = null) => {
    if (!ended) failure = error;
    ended = true;
    wake();
  };
  const dispose = socket.subscribe<R>(
    { query, operationName, variables: (variables ?? {}) as Record<string, unknown> },
    {
      next(result) {
        if (result.errors?.length) {
          end(new GraphQLRequestError(result.errors as GraphQLErrorEntry[], 0, operationName));
          dispose();
          return;
        }
        queue.push(result.data as R);
        wake();
      },
      error: (error) => end(subscriptionError(error, name)),
      complete: () => end(),
    },
  );
  const stop = () => {
    signal?.removeEventListener('abort', stop);
    if (ended) return;
    queue.length = 0;
    end();
    dispose();
  };
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted) stop();

  const feed: LiveSubscription<R> = {
    async next(): Promise<IteratorResult<R>> {
      while (!queue.length && !ended) await new Promise<void>((resolve) => waiting.push(resolve));
      if (queue.length) return { value: queue.shift() as R, done: false };
      if (failure) {
        const error = failure;
        failure = null;
        throw error;
      }
      return { value: undefined, done: true };
    },
    async return(): Promise<IteratorResult<R>> {
      stop();
      return { value: undefined, done: true };
    },
    stop,
    [Symbol.asyncIterator]() {
      return feed;
    },
  };
  return feed;
}
