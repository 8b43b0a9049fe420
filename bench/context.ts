import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import type { BenchOptions } from './options';
import type { ConfigSeed } from './seed-config';

/** What every measurement gets: the endpoints, the seeded data, and tokens of its users. */
export interface BenchContext {
  options: BenchOptions;
  graphqlUrl: string;
  rawUrl: string;
  pool: Pool;
  temporal: Client;
  seed: ConfigSeed;
  /** A provider-signed access token per user id of the seed (bench/oidc-issuer.ts). */
  tokens: Map<string, string>;
  log: (line: string) => void;
}

export function tokenFor(ctx: BenchContext, userId: string): string {
  const token = ctx.tokens.get(userId);
  if (!token) throw new Error(`no token for user ${userId}: not in the bench's seed`);
  return token;
}

export async function postJson(url: string, body: unknown = {}): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Vietnam's calendar day, as decisions are dated. */
export const vietnamDay = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
