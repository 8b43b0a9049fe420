import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The id of the HTTP request (or workflow step) the current code runs for, so every log line can name it. */
const storage = new AsyncLocalStorage<{ requestId: string }>();

/** A client's own x-request-id when it looks like one (letters, digits, - _ . :, at most 128), else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,128}$/.test(value) ? value : randomUUID();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Runs `fn` with `requestId` as the current request's id (for its log lines and the workflows it starts). */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** Sets the id for the rest of the current asynchronous call chain (a fastify hook cannot wrap its handler). */
export function enterRequestId(requestId: string): void {
  storage.enterWith({ requestId });
}
