// Sign-in with the department's OpenID Connect provider: a real HTTP provider (discovery + JWKS)
// with keys generated here, and the API in production mode, where only the provider's tokens count.
import jwt from 'jsonwebtoken';
import { once } from 'node:events';
import { WebSocket } from 'ws';
import { User } from '../../server/entities/user.entity';
import { graphqlAs, type GraphQLResponse } from '../support/graphql-request';
import { nowSeconds, signingKey, startOidcProvider, type SigningKey, type TestOidcProvider } from '../support/oidc-provider';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

const VIEWER = '{ viewer { username } }';
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

let provider: TestOidcProvider;
let platform: TestPlatform;
let rsa: SigningKey;
let ec: SigningKey;

function oidcEnv(extra: Record<string, string> = {}) {
  return { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience, OIDC_JWKS_COOLDOWN_SECONDS: '0', ...extra };
}

beforeAll(async () => {
  [rsa, ec] = await Promise.all([signingKey('RS256', 'rsa-1'), signingKey('ES256', 'ec-1')]);
  provider = await startOidcProvider([rsa, ec]);
  platform = await startTestPlatform({ worker: false, env: oidcEnv({ NODE_ENV: 'production' }) });
});
afterAll(async () => {
  await platform?.stop();
  await provider?.stop();
});

const viewerWith = async (token: string) => graphqlAs(platform.url, token)(VIEWER);

/** The unsigned JWT an attacker would send: `alg: none`, every claim right, no signature. */
function unsignedToken(username: string) {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { iss: provider.issuer, aud: provider.audience, exp: nowSeconds() + 600, preferred_username: username };
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

describe('access tokens of the OpenID Connect provider (production mode)', () => {
  it('signs in the user the preferred_username claim names, with RS256 and ES256 keys, fetching the keys once', async () => {
    const rs = await viewerWith(await provider.sign(rsa, { username: 'laocai.admin' }));
    expect(rs.errors).toBeUndefined();
    expect(rs.data?.viewer.username).toBe('laocai.admin');
    const es = await viewerWith(await provider.sign(ec, { username: 'xuantang.submitter' }));
    expect(es.data?.viewer.username).toBe('xuantang.submitter');

    const before = { ...provider.fetches };
    for (let i = 0; i < 10; i += 1) {
      expect((await viewerWith(await provider.sign(i % 2 ? rsa : ec, { username: 'laocai.admin' }))).data?.viewer.username).toBe('laocai.admin');
    }
    expect(provider.fetches).toEqual(before);
    expect(provider.fetches).toEqual({ discovery: 1, jwks: 1 });
  });

  it('the same token signs in a WebSocket', async () => {
    const socket = await openSocket(await provider.sign(ec, { username: 'laocai.admin' }));
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
    socket.ws.close();
    await socket.closed;
  });

  const refusals: [string, () => Promise<string>][] = [
    ['from another issuer', () => provider.sign(rsa, { username: 'laocai.admin', iss: 'https://sso.elsewhere.example/realms/test' })],
    ['for another audience', () => provider.sign(rsa, { username: 'laocai.admin', aud: 'another-api' })],
    ['expired a minute ago', () => provider.sign(rsa, { username: 'laocai.admin', exp: nowSeconds() - 60 })],
    ['without exp', () => provider.sign(ec, { username: 'laocai.admin', exp: null })],
    ['signed by a foreign key with an unknown kid', async () => provider.sign(await signingKey('RS256', 'intruder'), { username: 'laocai.admin' })],
    ['signed by a foreign key under a published kid', async () => provider.sign({ ...(await signingKey('RS256', 'x')), kid: 'rsa-1' }, { username: 'laocai.admin' })],
    ['signed RS384, not an allowed algorithm', () => provider.sign({ ...rsa, alg: 'RS384' as 'RS256' }, { username: 'laocai.admin' })],
    ['unsigned (alg none)', async () => unsignedToken('laocai.admin')],
    ['an HS256 development token (npm run token)', () => platform.tokenFor('laocai.admin')],
    ['an HS256 token in the provider\'s shape, signed with JWT_SECRET', async () =>
      jwt.sign({ preferred_username: 'laocai.admin', aud: provider.audience }, platform.config.jwtSecret, { issuer: provider.issuer, expiresIn: '1h' })],
    ['without the user claim', () => provider.sign(rsa, {})],
    ['for a username nobody has', () => provider.sign(rsa, { username: 'nobody.here' })],
  ];
  it.each(refusals)('refuses a token %s: UNAUTHENTICATED', async (_label, makeToken) => {
    const res = await viewerWith(await makeToken());
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('refuses a deactivated user whose token the provider still signs', async () => {
    const token = await provider.sign(rsa, { username: 'tinhbien.submitter' });
    expect((await viewerWith(token)).data?.viewer.username).toBe('tinhbien.submitter');
    const em = platform.db.orm.em.fork();
    const user = await em.findOneOrFail(User, { username: 'tinhbien.submitter' });
    user.active = false;
    await em.flush();
    expect(codeOf(await viewerWith(token))).toBe('UNAUTHENTICATED');
  });

  it('follows a key rotation without a restart: the new kid is fetched, the retired key stops working', async () => {
    const retiredToken = await provider.sign(rsa, { username: 'laocai.admin' });
    expect((await viewerWith(retiredToken)).data?.viewer.username).toBe('laocai.admin');
    const next = await signingKey('RS256', 'rsa-2');
    provider.publish([next, ec]);
    const jwksBefore = provider.fetches.jwks;
    const res = await viewerWith(await provider.sign(next, { username: 'laocai.admin' }));
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.username).toBe('laocai.admin');
    expect(provider.fetches.jwks).toBe(jwksBefore + 1);
    expect(codeOf(await viewerWith(retiredToken))).toBe('UNAUTHENTICATED');
  });
});

interface OpenSocket {
  ws: WebSocket;
  opened: number;
  closed: Promise<{ code: number; reason: string; at: number }>;
}

/** A graphql-transport-ws socket, acknowledged and with one live subscription. */
async function openSocket(token: string): Promise<OpenSocket> {
  const ws = new WebSocket(platform.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString(), at: Date.now() })),
  );
  await once(ws, 'open');
  const opened = Date.now();
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  const [ack] = await once(ws, 'message');
  expect(JSON.parse(String(ack))).toMatchObject({ type: 'connection_ack' });
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { notificationAdded { id } }' } }));
  return { ws, opened, closed };
}

describe('a WebSocket lives no longer than its token', () => {
  it('is closed with 4401 when its token expires, while a socket with a longer token stays open', async () => {
    const short = await openSocket(await provider.sign(ec, { username: 'laocai.admin', exp: nowSeconds() + 3 }));
    const long = await openSocket(await provider.sign(ec, { username: 'laocai.admin', exp: nowSeconds() + 3600 }));
    try {
      const closed = await Promise.race([short.closed, new Promise<null>((resolve) => setTimeout(resolve, 8000, null))]);
      if (!closed) throw new Error('the socket was still open 8 s after its token expired');
      expect(closed.code).toBe(4401);
      expect(closed.reason).toContain('token expired');
      const lived = closed.at - short.opened;
      expect(lived).toBeGreaterThan(1500);
      expect(lived).toBeLessThan(4500);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(long.ws.readyState).toBe(WebSocket.OPEN);
    } finally {
      long.ws.close();
      await long.closed;
    }
  });
});

describe('outside production, next to the provider', () => {
  let dev: TestPlatform;
  beforeAll(async () => {
    dev = await startTestPlatform({ worker: false, env: oidcEnv() });
  });
  afterAll(() => dev?.stop());

  it('accepts both the provider tokens and HS256 development tokens', async () => {
    const viaProvider = await graphqlAs(dev.url, await provider.sign(ec, { username: 'laocai.approver' }))(VIEWER);
    expect(viaProvider.data?.viewer.username).toBe('laocai.approver');
    const viaDevToken = await graphqlAs(dev.url, await dev.tokenFor('laocai.approver'))(VIEWER);
    expect(viaDevToken.data?.viewer.username).toBe('laocai.approver');
  });

  it('refuses a development token without exp, and one with an audience (an upload link)', async () => {
    const user = await dev.db.orm.em.fork().findOneOrFail(User, { username: 'laocai.approver' });
    const noExp = jwt.sign({}, dev.config.jwtSecret, { subject: user.id, issuer: 'thidua' });
    expect(codeOf(await graphqlAs(dev.url, noExp)(VIEWER))).toBe('UNAUTHENTICATED');
    const upload = jwt.sign({}, dev.config.jwtSecret, { subject: user.id, issuer: 'thidua', audience: 'upload', expiresIn: '1h' });
    expect(codeOf(await graphqlAs(dev.url, upload)(VIEWER))).toBe('UNAUTHENTICATED');
  });
});
