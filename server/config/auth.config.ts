import { ConfigError } from './config-error';

/** The secret of HS256 development tokens (`npm run token`): known to everyone, so never in production. */
export const DEV_JWT_SECRET = 'thidua-development-secret-change-me';

/** The department's OpenID Connect provider whose access tokens portals send as bearer tokens. */
export interface OidcConfig {
  /** The `iss` every token must carry, exactly as the provider writes it, e.g. https://sso.example.gov.vn/realms/thidua. */
  issuer: string;
  /** The `aud` every token must carry (the API's client id or a custom audience). */
  audience: string;
  /** Where the signing keys are; null means the `jwks_uri` of the issuer's discovery document. */
  jwksUrl: string | null;
  /** The claim whose value is a user's username, e.g. `preferred_username` or `sub`. */
  userClaim: string;
  /** An unknown `kid` refetches the keys, at most once per this many milliseconds. */
  jwksCooldownMs: number;
}

export interface AuthConfig {
  /** Null: no provider configured (only outside production). */
  oidc: OidcConfig | null;
  /** HS256 tokens signed with JWT_SECRET (`npm run token`) are accepted: never in production. */
  devTokens: boolean;
}

function httpUrl(name: string, value: string): string {
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(value)) {
    throw new ConfigError(`${name} must be an http(s) URL, got "${value}".`);
  }
  return value;
}

function loadOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const audience = env.OIDC_AUDIENCE?.trim();
  const jwksUrl = env.OIDC_JWKS_URL?.trim() || null;
  if (!issuer && !audience && !jwksUrl) return null;
  if (!issuer || !audience) {
    throw new ConfigError('OIDC_ISSUER and OIDC_AUDIENCE must be set together (OIDC_JWKS_URL is optional).');
  }
  const userClaim = env.OIDC_USER_CLAIM?.trim() || 'preferred_username';
  if (!/^[A-Za-z_][\w.:-]{0,99}$/.test(userClaim)) {
    throw new ConfigError(
      `OIDC_USER_CLAIM must be a claim name such as preferred_username or sub, got "${userClaim}".`,
    );
  }
  const cooldown = Number(env.OIDC_JWKS_COOLDOWN_SECONDS?.trim() || 30);
  if (!Number.isFinite(cooldown) || cooldown < 0 || cooldown > 3600) {
    throw new ConfigError(`OIDC_JWKS_COOLDOWN_SECONDS must be a number from 0 to 3600, got "${cooldown}".`);
  }
  return {
    issuer: httpUrl('OIDC_ISSUER', issuer),
    audience,
    jwksUrl: jwksUrl && httpUrl('OIDC_JWKS_URL', jwksUrl),
    userClaim,
    jwksCooldownMs: cooldown * 1000,
  };
}

/**
 * Who may sign bearer tokens. Production takes only the OpenID Connect provider's tokens and
 * refuses to boot without one, or with the development secret (it still signs upload links).
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv, nodeEnv: string, jwtSecret: string): AuthConfig {
  const production = nodeEnv === 'production';
  if (production && jwtSecret === DEV_JWT_SECRET) {
    throw new ConfigError('JWT_SECRET is the development secret, which everyone knows: set your own in production.');
  }
  const oidc = loadOidc(env);
  if (production && !oidc) {
    throw new ConfigError(
      'OIDC_ISSUER and OIDC_AUDIENCE must be set in production: bearer tokens come from the OpenID Connect provider.',
    );
  }
  return { oidc, devTokens: !production };
}
