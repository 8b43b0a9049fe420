import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApiServer, type ApiServer } from '../../server/api/api-server';
import { RateLimiter } from '../../server/api/rate-limit';
import { loadConfig } from '../../server/config/config';
import { loadLimitsConfig, type RateLimitsConfig } from '../../server/config/limits.config';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
const servers: ApiServer[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
}, 120_000);
afterAll(async () => {
  for (const server of servers) await server.stop();
  await platform?.stop();
});

/** Another API instance over the same database, with its own counters and these rate limits. */
async function apiWith(rate: Partial<RateLimitsConfig>): Promise<ApiServer> {
  const limits = { ...platform.config.limits, rate: { ...platform.config.limits.rate, ...rate } };
  const api = await startApiServer({ config: { ...platform.config, limits }, orm: platform.db.orm, temporal: platform.temporal }, 0);
  servers.push(api);
  return api;
}

async function post(url: string, token: string | null, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
}

const MARK_READ = 'mutation { markNotificationsRead(input: { all: true }) { count userErrors { code } } }';

function expectRateLimited(answer: { status: number; retryAfter: string | null; body: any }) {
  expect(answer.status).toBe(429);
  const seconds = Number(answer.retryAfter);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  const error = answer.body.errors?.[0] ?? answer.body;
  expect(error.extensions?.code ?? error.code).toBe('RATE_LIMITED');
  expect(error.extensions?.retryAfterSeconds ?? error.retryAfterSeconds).toBe(seconds);
  expect(error.extensions?.messageVi ?? error.messageVi).toContain(`thử lại sau ${seconds} giây`);
}

describe('the settings', () => {
  it('are off under NODE_ENV=test (tests and the bench send bursts), on with sensible figures otherwise', () => {
    const test = loadConfig({ NODE_ENV: 'test' }).limits.rate;
    expect([test.mutationsPerMinute, test.queriesPerMinute, test.addressPerMinute, test.uploadsPerMinute, test.socketsPerMinute, test.socketsPerAddress, test.socketsPerUser]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const production = loadLimitsConfig({}, 'production').rate;
    expect(production).toMatchObject({ mutationsPerMinute: 120, queriesPerMinute: 1200, addressPerMinute: 3000, uploadsPerMinute: 60, socketsPerUser: 10, subscriptionsPerSocket: 5 });
    expect(loadLimitsConfig({ RATE_LIMIT_MUTATIONS_PER_MINUTE: '0' }, 'production').rate.mutationsPerMinute).toBe(0);
    expect(() => loadLimitsConfig({ RATE_LIMIT_MUTATIONS_PER_MINUTE: '-1' }, 'production')).toThrow(/RATE_LIMIT_MUTATIONS_PER_MINUTE/);
    expect(loadLimitsConfig({}, 'production').dbStatementTimeoutMs).toBe(15_000);
  });

  it('a bucket refills at its rate per minute and tells how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(6, () => now);
    for (let i = 0; i < 6; i += 1) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(10);
    expect(limiter.take('b')).toBe(0);
    now = 9_000;
    expect(limiter.take('a')).toBe(1);
    now = 10_000;
    expect(limiter.take('a')).toBe(0);
    // Idle buckets are dropped once they are full again.
    now = 200_000;
    limiter.take('c');
    expect(limiter.size).toBe(1);
    expect(new RateLimiter(0).take('a')).toBe(0);
  });
});

describe('over HTTP', () => {
  it('mutations are counted per user: past the limit, 429 RATE_LIMITED with Retry-After; another user goes on', async () => {
    const api = await apiWith({ mutationsPerMinute: 3 });
    const [admin, reviewer] = [await platform.tokenFor('laocai.admin'), await platform.tokenFor('laocaicity.reviewer')];
    for (let i = 0; i < 3; i += 1) {
      const answer = await post(api.url, admin, MARK_READ);
      expect(answer.status).toBe(200);
      expect(answer.body.data.markNotificationsRead.userErrors).toEqual([]);
    }
    const refused = await post(api.url, admin, MARK_READ);
    expectRateLimited(refused);
    expect(refused.body.data).toBeUndefined();
    // Reads are not mutations, and the next user has a bucket of their own.
    expect((await post(api.url, admin, '{ viewer { id } }')).status).toBe(200);
    expect((await post(api.url, reviewer, MARK_READ)).body.data.markNotificationsRead.userErrors).toEqual([]);
  });

  it('queries have their own (generous) limit per user', async () => {
    const api = await apiWith({ queriesPerMinute: 5 });
    const token = await platform.tokenFor('laocai.admin');
    for (let i = 0; i < 5; i += 1) expect((await post(api.url, token, '{ viewer { id } }')).status).toBe(200);
    expectRateLimited(await post(api.url, token, '{ viewer { id } }'));
    expect((await post(api.url, token, MARK_READ)).status).toBe(200);
  });

  it('every GraphQL request counts against its client address, signed in or not', async () => {
    const api = await apiWith({ addressPerMinute: 4 });
    const token = await platform.tokenFor('laocai.admin');
    for (let i = 0; i < 2; i += 1) expect((await post(api.url, null, '{ __typename }')).status).toBe(200);
    for (let i = 0; i < 2; i += 1) expect((await post(api.url, token, '{ viewer { id } }')).status).toBe(200);
    expectRateLimited(await post(api.url, null, '{ __typename }'));
    expectRateLimited(await post(api.url, token, '{ viewer { id } }'));
  });

  it('uploads count against their client address', async () => {
    const api = await apiWith({ uploadsPerMinute: 2 });
    const base = api.url.replace(/\/graphql$/, '');
    const put = () => fetch(`${base}/uploads/not-a-signed-token`, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
    for (let i = 0; i < 2; i += 1) expect([403, 404, 410]).toContain((await put()).status);
    const refused = await put();
    expectRateLimited({ status: refused.status, retryAfter: refused.headers.get('retry-after'), body: await refused.json() });
  });
});

describe('over the WebSocket', () => {
  function open(api: ApiServer): Promise<{ ws: WebSocket; status: number; retryAfter?: string }> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      ws.once('open', () => resolve({ ws, status: 101 }));
      ws.once('unexpected-response', (_req, res) => resolve({ ws, status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string }));
      ws.once('error', reject);
    });
  }

  it('open sockets per address are bounded: the next upgrade is answered 429 with Retry-After, a closed one frees its place', async () => {
    const api = await apiWith({ socketsPerAddress: 2 });
    const first = await open(api);
    const second = await open(api);
    expect([first.status, second.status]).toEqual([101, 101]);
    const third = await open(api);
    expect(third.status).toBe(429);
    expect(Number(third.retryAfter)).toBeGreaterThan(0);
    await new Promise((resolve) => (first.ws.once('close', resolve), first.ws.close()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await open(api);
    expect(again.status).toBe(101);
    second.ws.close();
    again.ws.close();
  });

  it('new sockets per address a minute are bounded', async () => {
    const api = await apiWith({ socketsPerMinute: 2 });
    const opened = [await open(api), await open(api)];
    const refused = await open(api);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    for (const { ws } of opened) ws.close();
  });

  it('open sockets per user are bounded: the next sign-in is closed 4403 saying why, a closed one frees its place; another user goes on', async () => {
    const api = await apiWith({ socketsPerUser: 2 });
    const admin = await platform.tokenFor('laocai.admin');
    const signIn = (token: string) =>
      new Promise<{ ws: WebSocket; acked: boolean; code?: number; reason?: string }>((resolve, reject) => {
        const ws = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
        ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
        ws.on('message', (data) => JSON.parse(String(data)).type === 'connection_ack' && resolve({ ws, acked: true }));
        ws.once('close', (code, reason) => resolve({ ws, acked: false, code, reason: String(reason) }));
        ws.once('error', reject);
      });
    const held = [await signIn(admin), await signIn(admin)];
    expect(held.map((s) => s.acked)).toEqual([true, true]);
    const third = await signIn(admin);
    expect(third).toMatchObject({ acked: false, code: 4403 });
    expect(third.reason).toContain('too many open sockets');
    expect((await signIn(await platform.tokenFor('laocai.approver'))).acked).toBe(true);
    await new Promise((resolve) => (held[0].ws.once('close', resolve), held[0].ws.close()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await signIn(admin);
    expect(again.acked).toBe(true);
    for (const { ws } of [held[1], again]) ws.close();
  });

  it('a socket holds at most WS_MAX_SUBSCRIPTIONS_PER_SOCKET subscriptions at once', async () => {
    const api = await apiWith({ subscriptionsPerSocket: 5 });
    const token = await platform.tokenFor('laocai.admin');
    const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const errors: any[] = [];
    const stops: (() => void)[] = [];
    const subscribe = () => stops.push(client.subscribe({ query: 'subscription { notificationAdded { id } }' }, { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined }));
    try {
      for (let i = 0; i < 6; i += 1) subscribe();
      for (let i = 0; i < 50 && !errors.length; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).toHaveLength(1);
      expect(errors[0][0].extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS' });
      expect(errors[0][0].extensions.messageVi).toContain('5 kênh');
      // Ending one frees a place.
      stops[0]();
      await new Promise((resolve) => setTimeout(resolve, 100));
      subscribe();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(errors).toHaveLength(1);
    } finally {
      for (const stop of stops) stop();
      await client.dispose();
    }
  });
});
