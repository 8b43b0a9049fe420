import jwt from 'jsonwebtoken';
import { dossierMessages as M, refusal } from '../../domain/messages';

const ISSUER = 'thidua';
/** A distinct audience, so an upload token is never a bearer token and a bearer token never uploads. */
const AUDIENCE = 'upload';
const SUBJECT_PREFIX = 'document:';

/** Signs the capability to PUT the bytes of one pending document until `expiresAt`. */
export function signUploadToken(documentId: string, secret: string, expiresAt: Date): string {
  return jwt.sign({ exp: Math.floor(expiresAt.getTime() / 1000) }, secret, {
    algorithm: 'HS256',
    issuer: ISSUER,
    audience: AUDIENCE,
    subject: `${SUBJECT_PREFIX}${documentId}`,
  });
}

/** The document id an upload token names; UPLOAD_EXPIRED when it lapsed, FORBIDDEN when it is not ours. */
export function verifyUploadToken(token: string, secret: string): string {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
    const subject = typeof payload === 'object' ? payload.sub : undefined;
    if (subject?.startsWith(SUBJECT_PREFIX)) return subject.slice(SUBJECT_PREFIX.length);
  } catch (error) {
    // jsonwebtoken checks the signature before the expiry, so a forged expired token is FORBIDDEN.
    if (error instanceof jwt.TokenExpiredError) {
      throw refusal(M.uploadExpired, {}, 'token');
    }
  }
  throw refusal(M.uploadLinkInvalid, {}, 'token');
}
