import { Client } from 'pg';
import { createLogger, type Logger } from '../logging/logger';
import { NOTIFICATION_CHANNEL } from '../store/notifications';

/** What a subscriber hears: a new row for its user, or that events may have been missed since `since`. */
export type NotificationSignal = { kind: 'added'; id: string } | { kind: 'gap'; since: Date };
export type SignalHandler = (signal: NotificationSignal) => void;

/** The in-process pub/sub that subscriptions use; PostgreSQL feeds it, whichever process inserted. */
export interface NotificationHub {
  /** Answers the unsubscribe function. */
  subscribe(userId: string, handler: SignalHandler): () => void;
}

export interface ListenerOptions {
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Tells pg_stat_activity which connection this is (tests find and kill it by this name). */
  applicationName?: string;
  /** Where lost connections and failing subscribers are reported (the API's logger). */
  logger?: Logger;
}

/** A transaction may insert a while before it commits: catch-up after a gap looks back this far. */
const GAP_SLACK_MS = 60_000;
export const LISTENER_APPLICATION_NAME = 'thidua-notification-listener';

/**
 * One dedicated connection doing `LISTEN thidua_notification` for the API process: the worker that
 * writes notifications is another process, so PostgreSQL carries the event. When the connection is
 * lost it reconnects with exponential backoff and then tells every subscriber about the gap.
 */
export class NotificationListener implements NotificationHub {
  private readonly handlers = new Map<string, Set<SignalHandler>>();
  private readonly dead = new WeakSet<Client>();
  private client: Client | null = null;
  private stopped = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private downSince: Date | null = null;
  private connecting: Promise<void> = Promise.resolve();
  private readonly log: Logger;

  constructor(
    private readonly databaseUrl: string,
    private readonly options: ListenerOptions = {},
  ) {
    this.log = options.logger ?? createLogger('api');
  }

  /** Connects once; if that fails it keeps retrying in the background, since the API can serve without it. */
  start(): Promise<void> {
    this.connecting = this.connect();
    return this.connecting;
  }

  get listening(): boolean {
    return this.client !== null;
  }

  subscribe(userId: string, handler: SignalHandler): () => void {
    const set = this.handlers.get(userId) ?? new Set<SignalHandler>();
    set.add(handler);
    this.handlers.set(userId, set);
    return () => {
      set.delete(handler);
      if (!set.size && this.handlers.get(userId) === set) this.handlers.delete(userId);
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.connecting;
    const client = this.client;
    this.client = null;
    if (client) {
      this.dead.add(client);
      await client.end().catch(() => undefined);
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: this.options.applicationName ?? LISTENER_APPLICATION_NAME,
      // A silently dropped connection would otherwise look alive for hours.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.stopped || this.dead.has(client)) return void client.end().catch(() => undefined);
    this.client = client;
    this.attempt = 0;
    if (this.downSince) {
      const since = new Date(this.downSince.getTime() - GAP_SLACK_MS);
      this.downSince = null;
      this.broadcast({ kind: 'gap', since });
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.dead.has(client)) return;
    this.dead.add(client);
    if (this.client === client) this.client = null;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.downSince ??= new Date();
    const { minBackoffMs = 250, maxBackoffMs = 10_000 } = this.options;
    const delay = Math.min(maxBackoffMs, minBackoffMs * 2 ** this.attempt) * (0.75 + Math.random() / 2);
    this.attempt += 1;
    const reason = error instanceof Error ? error.message : 'connection ended';
    this.log.warn({ reason, retryInMs: Math.round(delay) }, 'notifications: LISTEN connection lost; reconnecting');
    this.retryTimer = setTimeout(() => {
      this.connecting = this.connect();
    }, delay);
  }

  private dispatch(payload: string | undefined): void {
    let event: { id?: unknown; recipientId?: unknown };
    try {
      event = JSON.parse(payload ?? '');
    } catch {
      return;
    }
    if (typeof event.id !== 'string' || typeof event.recipientId !== 'string') return;
    for (const handler of this.handlers.get(event.recipientId) ?? [])
      this.call(handler, { kind: 'added', id: event.id });
  }

  private broadcast(signal: NotificationSignal): void {
    for (const set of this.handlers.values()) for (const handler of set) this.call(handler, signal);
  }

  private call(handler: SignalHandler, signal: NotificationSignal): void {
    try {
      handler(signal);
    } catch (error) {
      this.log.error({ err: error }, 'notifications: a subscriber failed');
    }
  }
}
