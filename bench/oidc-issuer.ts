import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The benchmark's OpenID Connect provider: the API runs as in production, so it accepts only
 * tokens signed by a provider's key. One ES256 key served as a JWKS on a free local port.
 */
export interface BenchIssuer {
  env: Record<string, string>;
  /** An access token whose `preferred_username` is the given username, valid for 12 hours. */
  sign(username: string): Promise<string>;
  stop(): Promise<void>;
}

const ISSUER = 'http://127.0.0.1/realms/bench';
const AUDIENCE = 'thidua-bench';

export async function startBenchIssuer(): Promise<BenchIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256', use: 'sig' }] });
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: { OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks` },
    sign: (username) =>
      new SignJWT({ preferred_username: username })
        .setProtectedHeader({ alg: 'ES256', kid: 'bench' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('12h')
        .sign(privateKey),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
