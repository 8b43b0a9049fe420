import jwt from 'jsonwebtoken';

const ISSUER = 'thidua';

/** Signs an HS256 bearer token whose subject is the user id. */
export function signToken(userId: string, secret: string, expiresIn: string): string {
  return jwt.sign({}, secret, {
    algorithm: 'HS256',
    subject: userId,
    issuer: ISSUER,
    expiresIn: expiresIn as jwt.SignOptions['expiresIn'],
  });
}

/** The user id of a valid token, or null for a missing, malformed, expired or forged one. */
export function verifyToken(token: string, secret: string): string | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
    return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}
