// A real OpenID Connect provider as far as a resource server sees one: an HTTP server with a
// discovery document and a JWKS of keys generated here, which signs access tokens like Keycloak.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

export interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  publicJwk: JWK;
}

export async function signingKey(alg: 'RS256' | 'ES256', kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

export interface TokenClaims {
  username?: string;
  iss?: string;
  aud?: string;
  /** Seconds since the epoch; null leaves `exp` out. Default: in an hour. */
  exp?: number | null;
  extra?: Record<string, unknown>;
}

export interface TestOidcProvider {
  issuer: string;
  jwksUrl: string;
  audience: string;
  /** Requests the provider answered, by path kind. */
  fetches: { discovery: number; jwks: number };
  /** Replaces the published key set (a rotation). */
  publish(keys: SigningKey[]): void;
  /** When down, every request is answered 503. */
  setDown(down: boolean): void;
  sign(key: SigningKey, claims?: TokenClaims): Promise<string>;
  stop(): Promise<void>;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export async function startOidcProvider(initial: SigningKey[], audience = 'thidua-api'): Promise<TestOidcProvider> {
  let keys = initial;
  let down = false;
  const fetches = { discovery: 0, jwks: 0 };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (down) return send(503, { error: 'down' });
    if (path === '/realms/test/.well-known/openid-configuration') {
      fetches.discovery += 1;
      return send(200, { issuer: provider.issuer, jwks_uri: provider.jwksUrl, id_token_signing_alg_values_supported: ['RS256', 'ES256'] });
    }
    if (path === '/realms/test/protocol/openid-connect/certs') {
      fetches.jwks += 1;
      return send(200, { keys: keys.map((key) => key.publicJwk) });
    }
    send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/test`;
  const provider: TestOidcProvider = {
    issuer: base,
    jwksUrl: `${base}/protocol/openid-connect/certs`,
    audience,
    fetches,
    publish(next) {
      keys = next;
    },
    setDown(value) {
      down = value;
    },
    async sign(key, claims = {}) {
      const jwt = new SignJWT({ preferred_username: claims.username, typ: 'Bearer', ...claims.extra })
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
        .setIssuer(claims.iss ?? base)
        .setAudience(claims.aud ?? audience)
        .setSubject(`subject-of-${claims.username ?? 'nobody'}`)
        .setIssuedAt();
      const exp = claims.exp === undefined ? nowSeconds() + 3600 : claims.exp;
      if (exp !== null) jwt.setExpirationTime(exp);
      return jwt.sign(key.privateKey);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return provider;
}
