import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeProtectedHeader } from 'jose';
import type { AuthConfig } from '../config/auth.config';
import { OIDC_ALGORITHMS, OidcVerifier } from './oidc-verifier';
import { verifyDevToken } from './token';
import { loadViewerWhere, type Viewer } from './viewer';

export interface SignedIn {
  viewer: Viewer;
  /** The token's `exp`: a socket opened with it is closed then. */
  expiresAt: Date;
}

/** One verifier (and so one key cache) per loaded configuration. */
const verifiers = new WeakMap<object, OidcVerifier>();

function verifierOf(auth: AuthConfig): OidcVerifier | null {
  if (!auth.oidc) return null;
  let verifier = verifiers.get(auth.oidc);
  if (!verifier) verifiers.set(auth.oidc, (verifier = new OidcVerifier(auth.oidc)));
  return verifier;
}

function algorithmOf(token: string): string | null {
  try {
    const { alg } = decodeProtectedHeader(token);
    return typeof alg === 'string' ? alg : null;
  } catch {
    return null;
  }
}

/**
 * The active user a bearer token signs in, with the token's expiry; null for anything else. The
 * header's `alg` picks the one way it may be verified: RS256/ES256 by the OpenID Connect provider's
 * keys, HS256 by JWT_SECRET outside production; `none` and every other algorithm are refused.
 */
export async function authenticate(
  em: EntityManager,
  token: string,
  config: { auth: AuthConfig; jwtSecret: string },
): Promise<SignedIn | null> {
  const alg = algorithmOf(token);
  if (alg === 'HS256' && config.auth.devTokens) {
    const dev = verifyDevToken(token, config.jwtSecret);
    const viewer = dev && (await loadViewerWhere(em, { id: dev.userId }));
    return viewer ? { viewer, expiresAt: dev.expiresAt } : null;
  }
  const oidc = verifierOf(config.auth);
  if (alg && OIDC_ALGORITHMS.includes(alg) && oidc) {
    const signIn = await oidc.verify(token);
    const viewer = signIn && (await loadViewerWhere(em, { username: signIn.username }));
    return viewer ? { viewer, expiresAt: signIn.expiresAt } : null;
  }
  return null;
}
