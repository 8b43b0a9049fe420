// The key cache of the OIDC verifier against a real local provider: fetched once, refetched for an
// unknown kid no more often than the cooldown, discovery checked, an outage survived.
import { OidcVerifier } from '../../server/auth/oidc-verifier';
import type { OidcConfig } from '../../server/config/auth.config';
import type { Logger } from '../../server/logging/logger';
import { signingKey, startOidcProvider, type SigningKey, type TestOidcProvider } from '../support/oidc-provider';

let provider: TestOidcProvider;
let key: SigningKey;
beforeAll(async () => {
  key = await signingKey('ES256', 'ec-1');
  provider = await startOidcProvider([key]);
});
afterAll(() => provider.stop());
beforeEach(() => provider.publish([key]));

// The warnings an operator would read, captured from the verifier's logger.
const warnings: { fields: Record<string, unknown>; msg: string }[] = [];
const log = { warn: (fields: Record<string, unknown>, msg: string) => warnings.push({ fields, msg }) } as unknown as Logger;
const warned = (text: string) => warnings.some(({ fields, msg }) => `${msg} ${String(fields.reason)}`.includes(text));
beforeEach(() => (warnings.length = 0));

const verifier = (over: Partial<OidcConfig> = {}) =>
  new OidcVerifier({ issuer: provider.issuer, audience: provider.audience, jwksUrl: null, userClaim: 'preferred_username', jwksCooldownMs: 0, ...over }, log);

it('maps the configured claim: preferred_username or sub', async () => {
  const token = await provider.sign(key, { username: 'laocai.admin' });
  expect(await verifier().verify(token)).toMatchObject({ username: 'laocai.admin', expiresAt: expect.any(Date) });
  expect(await verifier({ userClaim: 'sub' }).verify(token)).toMatchObject({ username: 'subject-of-laocai.admin' });
});

it('fetches the keys once for many tokens; OIDC_JWKS_URL skips discovery', async () => {
  const start = { ...provider.fetches };
  const direct = verifier({ jwksUrl: provider.jwksUrl });
  for (let i = 0; i < 20; i += 1) expect(await direct.verify(await provider.sign(key, { username: 'a' }))).not.toBeNull();
  expect(provider.fetches).toEqual({ discovery: start.discovery, jwks: start.jwks + 1 });
});

it('an unknown kid refetches at most once per cooldown', async () => {
  const cooled = verifier({ jwksCooldownMs: 60_000 });
  expect(await cooled.verify(await provider.sign(key, { username: 'a' }))).not.toBeNull();
  const before = provider.fetches.jwks;
  const intruder = await signingKey('ES256', 'intruder');
  for (let i = 0; i < 5; i += 1) expect(await cooled.verify(await provider.sign(intruder, { username: 'a' }))).toBeNull();
  expect(provider.fetches.jwks - before).toBeLessThanOrEqual(1);
});

it('refuses while the provider is down and recovers without a restart', async () => {
  const fresh = verifier();
  const token = await provider.sign(key, { username: 'a' });
  provider.setDown(true);
  try {
    expect(await fresh.verify(token)).toBeNull();
    expect(warned('cannot verify tokens')).toBe(true);
  } finally {
    provider.setDown(false);
  }
  expect(await fresh.verify(token)).toMatchObject({ username: 'a' });
});

it('refuses every token when discovery names another issuer', async () => {
  const token = await provider.sign(key, { username: 'a', iss: `${provider.issuer}/` });
  expect(await verifier({ issuer: `${provider.issuer}/` }).verify(token)).toBeNull();
  expect(warned('names issuer')).toBe(true);
});
