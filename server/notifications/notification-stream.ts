import type { NotificationHub, NotificationSignal } from './notification-listener';

/** Loads what a signal stands for: the row of an 'added', the rows written since a 'gap'. */
export type SignalLoader<T extends { id: string }> = (signal: NotificationSignal) => Promise<T[]>;

/** Enough to drop the duplicates a catch-up after a gap would bring. */
const REMEMBERED_IDS = 500;

/**
 * One user's new notifications as an async iterator, in the order they were signalled, each once.
 * Hand-written rather than an async generator: a generator parked on `await` cannot be returned,
 * so a client that unsubscribes would stay in the hub until one more notification came for it.
 */
export function notificationStream<T extends { id: string }>(
  hub: NotificationHub,
  userId: string,
  load: SignalLoader<T>,
): AsyncIterableIterator<T> {
  const ready: T[] = [];
  const waiting: { resolve(result: IteratorResult<T>): void; reject(error: unknown): void }[] = [];
  const delivered = new Set<string>();
  let done = false;
  let failure: { error: unknown } | null = null;
  let chain = Promise.resolve();

  const finish = () => {
    if (done) return;
    done = true;
    unsubscribe();
    ready.length = 0;
    for (const waiter of waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
  };
  const push = (item: T) => {
    if (done || delivered.has(item.id)) return;
    delivered.add(item.id);
    if (delivered.size > REMEMBERED_IDS) delivered.delete(delivered.values().next().value as string);
    const waiter = waiting.shift();
    if (waiter) waiter.resolve({ value: item, done: false });
    else ready.push(item);
  };
  // A failed load ends the stream with the error: the client resubscribes and reads the list again.
  const fail = (error: unknown) => {
    if (done) return;
    const waiter = waiting.shift();
    if (waiter) waiter.reject(error);
    else failure = { error };
    finish();
  };
  const unsubscribe = hub.subscribe(userId, (signal) => {
    chain = chain.then(() => (done ? [] : load(signal))).then((items) => items.forEach(push), fail);
  });

  return {
    next() {
      if (ready.length) return Promise.resolve({ value: ready.shift() as T, done: false });
      if (failure) {
        const { error } = failure;
        failure = null;
        return Promise.reject(error);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
