import { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { authenticate } from '../../server/auth/authenticate';
import { signToken } from '../../server/auth/token';
import { formatError } from '../../server/api/format-error';
import { limitsPlugin } from '../../server/api/limits-plugin';
import { loadConfig, type AppConfig } from '../../server/config/config';
import { loadMetricsConfig } from '../../server/config/metrics.config';
import { User } from '../../server/entities/user.entity';
import { buildAppSchema } from '../../server/graphql/build-schema';
import type { RequestContext } from '../../server/graphql/context';
import { ApiMetrics, MAX_OPERATION_NAMES, registerApiMetrics } from '../../server/observability/api-metrics';
import { graphqlAs } from '../support/graphql-request';
import { sampleValue } from '../support/prometheus-text';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * What Prometheus scrapes from the API: requests by route pattern, GraphQL operations by name and
 * errors by code, the PostgreSQL pool and open sockets, on a small fastify + Apollo server carrying
 * the same registrations as the API.
 */
const METRICS_TOKEN = 'metrics-token-for-jest-0123456789';
let db: TestDatabase;
let config: AppConfig;
let app: FastifyInstance;
let apollo: ApolloServer<RequestContext>;
let wss: WebSocketServer;
let base: string;
let token: string;

async function scrape(): Promise<string> {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

beforeAll(async () => {
  db = await createTestDatabase();
  config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    JWT_SECRET: 'test-secret-for-jest-only-0123456789',
    GRAPHQL_MAX_DEPTH: '3',
  });
  apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    formatError,
    plugins: [limitsPlugin(config.limits)],
  });
  app = Fastify();
  // As the API does: the Apollo plugin is added by the registration, before Apollo starts.
  registerApiMetrics(app, {
    orm: db.orm,
    token: loadMetricsConfig({ METRICS_TOKEN }, 'test').token,
    apollo,
  });
  await apollo.start();
  app.route({
    url: '/graphql',
    method: ['GET', 'POST'],
    handler: fastifyApolloHandler(apollo, {
      context: async (request) => {
        const em = db.orm.em.fork();
        const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
        const viewer = bearer ? ((await authenticate(em, bearer, config))?.viewer ?? null) : null;
        return { em, viewer, config, temporal: null as never, storage: null as never };
      },
    }),
  });
  app.put('/uploads/:token', async (_request, reply) => reply.code(410).send({ code: 'UPLOAD_EXPIRED' }));
  wss = new WebSocketServer({ server: app.server, path: '/graphql' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const user = await db.orm.em.fork().findOneOrFail(User, { username: 'xuantang.submitter' });
  token = signToken(user.id, config.jwtSecret, '1h');
});

afterAll(async () => {
  wss?.close();
  await app?.close();
  await apollo?.stop();
  await db?.drop();
});

it('refuses a scrape without the METRICS_TOKEN bearer, in the API error shape', async () => {
  const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token' }, { authorization: METRICS_TOKEN }];
  for (const headers of attempts) {
    const response = await fetch(`${base}/metrics`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = await response.json();
    expect(body).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringContaining('METRICS_TOKEN'), messageVi: 'Bạn cần đăng nhập.' });
    expect(JSON.stringify(body)).not.toContain('thidua_');
  }
  expect(await scrape()).toContain('thidua_process_cpu_seconds_total');
});

it('counts GraphQL operations by name and type, and errors by their code only', async () => {
  const signedIn = graphqlAs(`${base}/graphql`, token);
  const anonymous = graphqlAs(`${base}/graphql`, null);
  expect((await signedIn('query MyProfile { viewer { username } }')).data?.viewer.username).toBe('xuantang.submitter');
  expect((await anonymous('query MyProfile { viewer { username } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const deep = await signedIn('query TooDeep { viewer { roles { unit { parent { parent { name } } } } } }');
  expect(deep.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  await signedIn('{ viewer { username } }');
  await signedIn(`query ${'x'.repeat(65)} { viewer { username } }`);
  await signedIn('query has-a-dash { viewer { username } }');

  const refusedInPayload = await signedIn(
    'mutation SubmitMissing { submitNomination(input: { id: "7f1e2d3c-0000-4000-8000-000000000000" }) { userErrors { code } } }',
  );
  expect(refusedInPayload.errors).toBeUndefined();
  expect(refusedInPayload.data?.submitNomination.userErrors).toHaveLength(1);

  const text = await scrape();
  expect(sampleValue(text, 'thidua_graphql_operations_total', { operation: 'SubmitMissing', type: 'mutation' })).toBe(1);
  // A refusal in the payload (userErrors) is an answer, not a GraphQL error.
  expect(sampleValue(text, 'thidua_graphql_errors_total', { operation: 'SubmitMissing' })).toBeUndefined();
  expect(sampleValue(text, 'thidua_graphql_operations_total', { operation: 'MyProfile', type: 'query' })).toBe(2);
  expect(sampleValue(text, 'thidua_graphql_operations_total', { operation: 'anonymous', type: 'query' })).toBe(1);
  expect(sampleValue(text, 'thidua_graphql_operation_duration_seconds_count', { operation: 'MyProfile' })).toBe(2);
  expect(sampleValue(text, 'thidua_graphql_errors_total', { code: 'UNAUTHENTICATED', operation: 'MyProfile' })).toBe(1);
  expect(sampleValue(text, 'thidua_graphql_errors_total', { code: 'QUERY_TOO_DEEP', operation: 'TooDeep' })).toBe(1);
  // A long name and an unparsable one are not labels of their own.
  expect(text).not.toContain('x'.repeat(65));
  expect(text).not.toContain('has-a-dash');
  expect(sampleValue(text, 'thidua_graphql_operations_total', { operation: 'other' })).toBeGreaterThanOrEqual(1);
  // A document that does not parse has no type and, unless the request names it, no name.
  expect(sampleValue(text, 'thidua_graphql_operations_total', { operation: 'anonymous', type: 'unknown' })).toBe(1);
  expect(sampleValue(text, 'thidua_graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
  expect(sampleValue(text, 'thidua_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(3);
});

it('labels requests by route pattern, never by the token in the URL', async () => {
  const secret = 'eyJhbGciOiJIUzI1NiJ9.upload-token-secret';
  expect((await fetch(`${base}/uploads/${secret}`, { method: 'PUT', body: 'x' })).status).toBe(410);
  expect((await fetch(`${base}/no-such-page/${secret}`)).status).toBe(404);
  const text = await scrape();
  expect(text).not.toContain(secret);
  expect(sampleValue(text, 'thidua_http_requests_total', { method: 'PUT', route: '/uploads/:token', status: '410' })).toBe(1);
  expect(sampleValue(text, 'thidua_http_request_duration_seconds_count', { route: '/uploads/:token' })).toBe(1);
  expect(sampleValue(text, 'thidua_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
});

it('shows the PostgreSQL pool in use while a transaction holds a connection', async () => {
  await db.orm.em.fork().transactional(async (em) => {
    await em.getConnection().execute('select 1', [], 'all', em.getTransactionContext());
    const text = await scrape();
    expect(sampleValue(text, 'thidua_db_pool_used_connections')).toBeGreaterThanOrEqual(1);
    expect(sampleValue(text, 'thidua_db_pool_max_connections')).toBe(10);
    expect(sampleValue(text, 'thidua_db_pool_pending_acquires')).toBe(0);
  });
  expect(sampleValue(await scrape(), 'thidua_db_pool_free_connections')).toBeGreaterThanOrEqual(1);
});

it('counts open HTTP connections and GraphQL WebSockets', async () => {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/graphql`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const text = await scrape();
  expect(sampleValue(text, 'thidua_websocket_open_connections')).toBe(1);
  // The scrape's own connection and the WebSocket's.
  expect(sampleValue(text, 'thidua_http_open_connections')).toBeGreaterThanOrEqual(2);
  // An upgrade the WebSocket server refuses (another path) is not left counted.
  const refused = new WebSocket(`${base.replace('http', 'ws')}/elsewhere`);
  await new Promise((resolve) => refused.once('error', resolve));
  socket.close();
  await new Promise((resolve) => socket.once('close', resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(sampleValue(await scrape(), 'thidua_websocket_open_connections')).toBe(0);
});

it('keeps at most MAX_OPERATION_NAMES operation names as labels, the rest count as "other"', () => {
  const metrics = new ApiMetrics();
  const labels = Array.from({ length: MAX_OPERATION_NAMES + 5 }, (_, i) => metrics.operationLabel(`Op${i}`));
  expect(new Set(labels).size).toBe(MAX_OPERATION_NAMES + 1);
  expect(labels.slice(-5)).toEqual(['other', 'other', 'other', 'other', 'other']);
  // A name already kept stays its own label.
  expect(metrics.operationLabel('Op0')).toBe('Op0');
  expect(metrics.operationLabel(null)).toBe('anonymous');
});
