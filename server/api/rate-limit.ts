import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { limitMessages as M, userErrorOf } from '../../domain/messages';

/** Idle keys are dropped this often; a bucket idle this long is full again anyway. */
const SWEEP_MS = 60_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key (a user id, a client address): `perMinute` requests at once, refilled at
 * `perMinute` a minute. In memory: each API instance counts on its own, so N instances behind a
 * load balancer allow up to N times the figure. `perMinute` 0 lets everything through.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.lastSweep = now();
  }

  /** Takes one request of `key`: 0 if allowed, else the whole seconds until one will be. */
  take(key: string): number {
    if (this.perMinute <= 0) return 0;
    const now = this.now();
    const perMs = this.perMinute / 60_000;
    if (now - this.lastSweep > SWEEP_MS) this.sweep(now, perMs);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.perMinute, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  /** Keys held now (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number, perMs: number) {
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/** `{ code, message, messageVi, retryAfterSeconds }` of a RATE_LIMITED refusal. */
export function rateLimitedError(retryAfterSeconds: number) {
  return { ...userErrorOf(M.rateLimited, { seconds: retryAfterSeconds }), retryAfterSeconds };
}

/** A RATE_LIMITED GraphQL error; over HTTP (`http`) it is answered 429 with a Retry-After header. */
export function rateLimitedGraphQLError(retryAfterSeconds: number, http = true): GraphQLError {
  const { code, message, messageVi } = rateLimitedError(retryAfterSeconds);
  const extensions: Record<string, unknown> = { code, messageVi, retryAfterSeconds };
  if (http) extensions.http = { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) };
  return new GraphQLError(message, { extensions });
}

/**
 * The client's address: the peer, or with `trustProxyHops` proxies in front (each appending the
 * address it saw to X-Forwarded-For) the entry the outermost trusted proxy wrote.
 */
export function clientAddress(req: IncomingMessage, trustProxyHops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustProxyHops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - trustProxyHops] ?? entries[0] ?? peer;
}
