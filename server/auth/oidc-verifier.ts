import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { OidcConfig } from '../config/auth.config';
import { createLogger, type Logger } from '../logging/logger';

/** Only asymmetric signatures from the provider: never HS* (the key is public) and never `none`. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256'];
const FETCH_TIMEOUT_MS = 5000;
/** Keys are refetched at least this often even when every `kid` is known. */
const KEYS_MAX_AGE_MS = 10 * 60_000;
const WARN_EVERY_MS = 60_000;

export interface OidcSignIn {
  /** The value of the configured user claim, matched to a username. */
  username: string;
  expiresAt: Date;
}

/** The jwks_uri of the issuer's discovery document, which must name the same issuer. */
async function discoverJwksUrl(issuer: string): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!res.ok) throw new Error(`discovery ${url} answered ${res.status}`);
  const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (doc.issuer !== issuer) throw new Error(`discovery ${url} names issuer ${String(doc.issuer)}, not ${issuer}`);
  if (typeof doc.jwks_uri !== 'string') throw new Error(`discovery ${url} has no jwks_uri`);
  return new URL(doc.jwks_uri);
}

/** A token that is simply not valid (expected traffic), as opposed to a provider we cannot reach. */
function isTokenFault(error: unknown): boolean {
  return (
    error instanceof errors.JWTExpired ||
    error instanceof errors.JWTClaimValidationFailed ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  );
}

/**
 * Verifies access tokens of one OpenID Connect provider. The key set is fetched on first use (from
 * OIDC_JWKS_URL or discovery) and cached; a token whose `kid` is unknown refetches it, at most once
 * per cooldown, so the provider can rotate keys without a restart.
 */
export class OidcVerifier {
  private keys: Promise<JWTVerifyGetKey> | null = null;
  private lastWarning = 0;

  constructor(
    private readonly config: OidcConfig,
    private readonly log: Logger = createLogger('api'),
  ) {}

  private keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= (async () => {
      const url = this.config.jwksUrl ? new URL(this.config.jwksUrl) : await discoverJwksUrl(this.config.issuer);
      return createRemoteJWKSet(url, {
        timeoutDuration: FETCH_TIMEOUT_MS,
        cooldownDuration: this.config.jwksCooldownMs,
        cacheMaxAge: KEYS_MAX_AGE_MS,
      });
    })().catch((error: unknown) => {
      this.keys = null; // An unreachable provider at boot is retried by the next request.
      throw error;
    });
    return this.keys;
  }

  /** The sign-in a token carries, or null when it is not a valid access token of this provider. */
  async verify(token: string): Promise<OidcSignIn | null> {
    try {
      const { payload } = await jwtVerify(token, await this.keySet(), {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: OIDC_ALGORITHMS,
        requiredClaims: ['exp'],
      });
      const username = payload[this.config.userClaim];
      if (typeof username !== 'string' || !username || typeof payload.exp !== 'number') return null;
      return { username, expiresAt: new Date(payload.exp * 1000) };
    } catch (error) {
      if (!isTokenFault(error)) this.warn(error);
      return null;
    }
  }

  private warn(error: unknown) {
    if (Date.now() - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = Date.now();
    const reason = error instanceof Error ? error.message : String(error);
    this.log.warn({ issuer: this.config.issuer, reason }, 'cannot verify tokens of the OpenID Connect provider');
  }
}
