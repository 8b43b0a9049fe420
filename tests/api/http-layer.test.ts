import type { ApolloServerPlugin } from '@apollo/server';
import Fastify from 'fastify';
import { startApiServer, type ApiServer } from '../../server/api/api-server';
import { registerSecurityHeaders } from '../../server/api/security-headers';
import type { RequestContext } from '../../server/graphql/context';
import { currentRequestId } from '../../server/logging/request-context';
import { LocalDiskStorage } from '../../server/storage/local-disk.storage';
import { User } from '../../server/entities/user.entity';
import { capturedLogger } from '../support/captured-logger';
import { putBytes, requestUpload, samplePdf } from '../support/dossier-fixtures';
import { as, createDraft, loadCatalog } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let api: ApiServer;
let origin: string;
const log = capturedLogger();
/** What the Apollo context and each resolver saw as the current request id. */
const seen: { context: (string | undefined)[]; resolver: (string | undefined)[] } = { context: [], resolver: [] };
const witness: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    seen.context.push(currentRequestId());
    return {
      async executionDidStart() {
        return { willResolveField: () => void seen.resolver.push(currentRequestId()) };
      },
    };
  },
};
/** The same disk as the platform's, offering a direct (presigned-like) URL as the S3 driver does. */
let redirectingStorage: LocalDiskStorage & { downloadUrl(key: string): Promise<string> };

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  redirectingStorage = Object.assign(new LocalDiskStorage(platform.config.storageDir), {
    downloadUrl: async (key: string) => `https://objects.example.gov.vn/${key}?X-Amz-Signature=abc`,
  });
  api = await startApiServer(
    { config: platform.config, orm: platform.db.orm, temporal: platform.temporal, logger: log.logger, apolloPlugins: [witness], storage: redirectingStorage },
    0,
  );
  origin = new URL(api.url).origin;
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await platform?.stop();
});

const postGraphql = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('request ids', () => {
  it('echoes a sent x-request-id, makes one when none (or a malformed one) is sent, and the resolver runs under it', async () => {
    const token = await platform.tokenFor('laocai.admin');
    seen.context.length = seen.resolver.length = 0;
    const sent = await postGraphql({ query: '{ viewer { id } }' }, { 'x-request-id': 'portal-42.abc', authorization: `Bearer ${token}` });
    expect(sent.status).toBe(200);
    expect(sent.headers.get('x-request-id')).toBe('portal-42.abc');
    expect(seen.context).toEqual(['portal-42.abc']);
    expect(seen.resolver.length).toBeGreaterThan(0);
    expect(new Set(seen.resolver)).toEqual(new Set(['portal-42.abc']));

    const made = await fetch(`${origin}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const malformed = await fetch(`${origin}/healthz`, { headers: { 'x-request-id': 'two words\u00e9' } });
    expect(malformed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // A portal's script may read it (CORS exposes it).
    expect(made.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });
});

describe('the access line', () => {
  it('is one line per request with the operation, the user, the status and the duration, and no query or token', async () => {
    const user = await platform.db.orm.em.fork().findOneOrFail(User, { username: 'laocai.admin' });
    const token = await platform.tokenFor('laocai.admin');
    const before = log.accessLines().length;
    const query = 'query ViewerOfPortal($secret: String) { viewer { id } adminUnits(first: 1, filter: { search: $secret }) { edges { cursor } } }';
    await postGraphql({ query, variables: { secret: 'Nguyễn Văn A' } }, { authorization: `Bearer ${token}`, 'x-request-id': 'access-1' });
    const lines = log.accessLines().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'POST', route: '/graphql', status: 200, requestId: 'access-1', userId: user.id, operationName: 'ViewerOfPortal' });
    expect(lines[0].durationMs).toEqual(expect.any(Number));
    const text = log.raw.join('\n');
    for (const secret of [token, 'Nguyễn Văn A', 'viewer { id }']) expect(text).not.toContain(secret);

    // Anonymous requests carry no user; an unnamed operation no name.
    await postGraphql({ query: '{ __typename }' }, { 'x-request-id': 'access-2' });
    const anonymous = log.accessLines().find((line) => line.requestId === 'access-2')!;
    expect(anonymous).toMatchObject({ status: 200, route: '/graphql' });
    expect(anonymous).not.toHaveProperty('userId');
    expect(anonymous).not.toHaveProperty('operationName');
  });

  it('names an upload by its route pattern, never its signed token', async () => {
    const gql = await as(platform, 'xuantang.submitter');
    const draft = await createDraft(gql, await loadCatalog(gql));
    const bytes = samplePdf();
    const { uploadUrl } = await requestUpload(gql, { nominationId: draft.id, slot: 'SUBMISSION_LETTER' }, bytes);
    const signed = new URL(uploadUrl).pathname.split('/').pop()!;
    const put = await putBytes(`${origin}/uploads/${signed}`, bytes);
    expect(put.status).toBe(201);
    const line = log.accessLines().find((l) => l.requestId === put.headers.get('x-request-id'))!;
    expect(line).toMatchObject({ method: 'PUT', route: '/uploads/:token', status: 201 });
    expect(log.raw.join('\n')).not.toContain(signed);

    // Downloading through a storage with direct URLs: 302 to it after the access check, with the user on the line.
    const { id } = (await put.json()) as { id: string };
    const token = await platform.tokenFor('xuantang.submitter');
    const download = await fetch(`${origin}/documents/${id}`, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' });
    expect(download.status).toBe(302);
    expect(download.headers.get('location')).toMatch(/^https:\/\/objects\.example\.gov\.vn\/nominations\/.+X-Amz-Signature/);
    expect(download.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect(log.accessLines().find((l) => l.requestId === download.headers.get('x-request-id'))).toMatchObject({ route: '/documents/:id', status: 302, userId: expect.any(String) });
    const outsider = await fetch(`${origin}/documents/${id}`, { headers: { authorization: `Bearer ${await platform.tokenFor('vinh.reviewer')}` }, redirect: 'manual' });
    expect(outsider.status).toBe(403);
    expect(outsider.headers.get('location')).toBeNull();
  });
});

describe('the HTTP conventions', () => {
  it('answers a CORS preflight from any origin for ten minutes', async () => {
    const preflight = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.laocai.gov.vn', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type,x-request-id' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,content-type,x-request-id');
    expect(preflight.headers.get('access-control-max-age')).toBe('600');
  });

  it('sends security headers fit for a JSON API, and a page may set its own Content-Security-Policy', async () => {
    const health = await fetch(`${origin}/healthz`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');

    const app = Fastify();
    await registerSecurityHeaders(app);
    app.get('/page', async (_request, reply) => reply.header('content-security-policy', "default-src 'self'").type('text/html').send('<p>trang</p>'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const page = await fetch(`http://127.0.0.1:${(app.server.address() as { port: number }).port}/page`);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    await app.close();
  });

  it('answers unknown paths 404 and other methods 405 with Allow, as {code, message, messageVi}', async () => {
    const missing = await fetch(`${origin}/nowhere/at/all`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 'NOT_FOUND', message: expect.any(String), messageVi: expect.any(String) });

    const wrong = await fetch(api.url, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, POST');
    const body = (await wrong.json()) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['code', 'message', 'messageVi']);
    expect(body.message).toContain('GET, HEAD, POST');
    const upload = await fetch(`${origin}/uploads/some-token`);
    expect({ status: upload.status, allow: upload.headers.get('allow') }).toEqual({ status: 405, allow: 'PUT' });
  });

  it('refuses what is not a GraphQL request in GraphQL error shape, and sends a browser to the explorer', async () => {
    const latin = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: '{"query":"{ __typename }"}' });
    expect(latin.status).toBe(415);
    expect(((await latin.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    const garbled = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'json please' }, body: '{}' });
    expect({ status: garbled.status, code: ((await garbled.json()) as any).errors[0].extensions.code }).toEqual({ status: 415, code: 'BAD_REQUEST' });
    const broken = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect({ status: broken.status, body: await broken.json() }).toEqual({ status: 400, body: { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] } });

    const browser = await fetch(api.url, { headers: { accept: 'text/html,application/xhtml+xml' }, redirect: 'manual' });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/explorer');
    // A GET that carries a query is still a GraphQL request.
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
  });
});
