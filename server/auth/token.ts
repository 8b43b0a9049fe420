import jwt from 'jsonwebtoken';

const ISSUER = 'thidua';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signs an HS256 development bearer token whose subject is the user id (`npm run token`, tests). */
export function signToken(userId: string, secret: string, expiresIn: string): string {
  return jwt.sign({}, secret, {
    algorithm: 'HS256',
    subject: userId,
    issuer: ISSUER,
    expiresIn: expiresIn as jwt.SignOptions['expiresIn'],
  });
}

/**
 * The user id and expiry of a valid development token, or null for a missing, malformed, expired
 * or forged one, one without `exp`, or one with an audience (an upload link is not a bearer token).
 */
export function verifyDevToken(token: string, secret: string): { userId: string; expiresAt: Date } | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
    if (typeof payload !== 'object' || typeof payload.exp !== 'number' || payload.aud !== undefined) return null;
    if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) return null;
    return { userId: payload.sub, expiresAt: new Date(payload.exp * 1000) };
  } catch {
    return null;
  }
}

/** The user id of a valid development token, or null (see verifyDevToken). */
export function verifyToken(token: string, secret: string): string | null {
  return verifyDevToken(token, secret)?.userId ?? null;
}
