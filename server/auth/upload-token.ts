import jwt from 'jsonwebtoken';
import { DomainError, ErrorCode } from '../../domain/error-codes';

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
      throw DomainError.of(ErrorCode.UPLOAD_EXPIRED, 'token', {
        en: 'The upload link has expired; request a new one.',
        vi: 'Đường dẫn tải lên đã hết hạn; hãy yêu cầu đường dẫn mới.',
      });
    }
  }
  throw DomainError.of(ErrorCode.FORBIDDEN, 'token', {
    en: 'This is not a valid upload link.',
    vi: 'Đường dẫn tải lên không hợp lệ.',
  });
}
