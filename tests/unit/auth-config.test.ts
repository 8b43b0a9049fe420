import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../server/config/config';
import { temporalConnectionOptions } from '../../server/config/temporal.config';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://thidua:thidua@db:5432/thidua',
  JWT_SECRET: 'a-long-random-secret-0123456789abcdef',
  OIDC_ISSUER: 'https://sso.example.gov.vn/realms/thidua',
  OIDC_AUDIENCE: 'thidua-api',
};

describe('sign-in settings', () => {
  it('production takes the provider only: no development tokens', () => {
    expect(loadConfig(PRODUCTION).auth).toEqual({
      devTokens: false,
      oidc: { issuer: PRODUCTION.OIDC_ISSUER, audience: 'thidua-api', jwksUrl: null, userClaim: 'preferred_username', jwksCooldownMs: 30_000 },
    });
  });

  it('production refuses to boot with the development secret', () => {
    expect(() => loadConfig({ ...PRODUCTION, JWT_SECRET: 'thidua-development-secret-change-me' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PRODUCTION, JWT_SECRET: 'thidua-development-secret-change-me' })).toThrow(/development secret/);
  });

  it.each(['OIDC_ISSUER', 'OIDC_AUDIENCE'])('production refuses to boot without %s', (name) => {
    const env: Record<string, string> = { ...PRODUCTION };
    delete env[name];
    expect(() => loadConfig(env)).toThrow(ConfigError);
  });

  it('production refuses to boot with no provider at all, saying which settings', () => {
    const { OIDC_ISSUER: _issuer, OIDC_AUDIENCE: _audience, ...env } = PRODUCTION;
    expect(() => loadConfig(env)).toThrow(/OIDC_ISSUER and OIDC_AUDIENCE must be set in production/);
  });

  it('outside production, development tokens are accepted and the provider is optional', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).auth).toEqual({ devTokens: true, oidc: null });
    const both = loadConfig({ NODE_ENV: 'test', OIDC_ISSUER: 'http://127.0.0.1:8081/realms/x', OIDC_AUDIENCE: 'api', OIDC_USER_CLAIM: 'sub', OIDC_JWKS_URL: 'http://127.0.0.1:8081/certs', OIDC_JWKS_COOLDOWN_SECONDS: '2' }).auth;
    expect(both).toEqual({ devTokens: true, oidc: { issuer: 'http://127.0.0.1:8081/realms/x', audience: 'api', jwksUrl: 'http://127.0.0.1:8081/certs', userClaim: 'sub', jwksCooldownMs: 2000 } });
  });

  it.each<[string, Record<string, string>]>([
    ['an issuer without an audience', { OIDC_ISSUER: 'https://sso.example.gov.vn/realms/thidua' }],
    ['an issuer that is not a URL', { OIDC_ISSUER: 'sso.example.gov.vn', OIDC_AUDIENCE: 'api' }],
    ['a claim name with spaces', { OIDC_ISSUER: 'https://sso.example.gov.vn/r', OIDC_AUDIENCE: 'api', OIDC_USER_CLAIM: 'user name' }],
    ['a negative cooldown', { OIDC_ISSUER: 'https://sso.example.gov.vn/r', OIDC_AUDIENCE: 'api', OIDC_JWKS_COOLDOWN_SECONDS: '-1' }],
  ])('refuses %s', (_label, env) => {
    expect(() => loadConfig({ NODE_ENV: 'development', ...env })).toThrow(ConfigError);
  });
});

describe('Temporal connection settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-tls-'));
  const ca = join(dir, 'ca.pem');
  const cert = join(dir, 'client.pem');
  const key = join(dir, 'client.key');
  writeFileSync(ca, 'CA PEM');
  writeFileSync(cert, 'CERT PEM');
  writeFileSync(key, 'KEY PEM');
  const options = (env: Record<string, string>) => temporalConnectionOptions(loadConfig({ NODE_ENV: 'development', TEMPORAL_ADDRESS: 'temporal.example:7233', ...env }));

  it('is plain gRPC by default', () => {
    expect(options({})).toEqual({ address: 'temporal.example:7233' });
  });

  it('mTLS: reads the CA, certificate and key files and the server name', () => {
    expect(options({ TEMPORAL_TLS_CA: ca, TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key, TEMPORAL_TLS_SERVER_NAME: 'temporal.internal' })).toEqual({
      address: 'temporal.example:7233',
      tls: {
        serverNameOverride: 'temporal.internal',
        serverRootCACertificate: Buffer.from('CA PEM'),
        clientCertPair: { crt: Buffer.from('CERT PEM'), key: Buffer.from('KEY PEM') },
      },
    });
  });

  it('an API key turns TLS on with the system roots', () => {
    expect(options({ TEMPORAL_API_KEY: 'key-123' })).toEqual({ address: 'temporal.example:7233', tls: {}, apiKey: 'key-123' });
    expect(options({ TEMPORAL_TLS: 'true' })).toEqual({ address: 'temporal.example:7233', tls: {} });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a missing CA file', { TEMPORAL_TLS_CA: join(dir, 'missing.pem') }, /TEMPORAL_TLS_CA.*ENOENT/],
    ['a missing key file', { TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: join(dir, 'missing.key') }, /TEMPORAL_TLS_KEY.*ENOENT/],
    ['a certificate without its key', { TEMPORAL_TLS_CERT: cert }, /must be set together/],
    ['an API key with TLS turned off', { TEMPORAL_API_KEY: 'k', TEMPORAL_TLS: 'false' }, /TEMPORAL_TLS is false/],
    ['a TEMPORAL_TLS that is not a boolean', { TEMPORAL_TLS: 'maybe' }, /true or false/],
  ])('refuses %s with a ConfigError', (_label, env, message) => {
    expect(() => options(env)).toThrow(ConfigError);
    expect(() => options(env)).toThrow(message);
  });
});
