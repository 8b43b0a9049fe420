import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { DomainError, ERROR_MESSAGES, ErrorCode } from '../../domain/error-codes';
import { authenticate } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';

/** HTTP statuses of the codes our plain-HTTP routes answer with; the JSON body carries the code itself. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DUPLICATE: 409,
  DOCUMENT_FROZEN: 409,
  UPLOAD_EXPIRED: 410,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 400;
}

export function sendJson(
  reply: FastifyReply,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): FastifyReply {
  return reply
    .code(status)
    .headers({ ...headers, 'cache-control': 'no-store' })
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(body));
}

/** `{ code, message, messageVi }`: the same shape and words as a payload's userErrors. */
export function sendError(reply: FastifyReply, error: DomainError, headers: Record<string, string> = {}): FastifyReply {
  const { code, message, messageVi } = error.error;
  return sendJson(reply, statusOf(code), { code, message, messageVi }, headers);
}

export function sendCode(
  reply: FastifyReply,
  code: ErrorCode,
  status = statusOf(code),
  headers: Record<string, string> = {},
): FastifyReply {
  const text = ERROR_MESSAGES[code];
  return sendJson(reply, status, { code, message: text.en, messageVi: text.vi }, headers);
}

export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  return match ? match[1].trim() : null;
}

/** The signed-in user of a request (GraphQL context and downloads alike), or null. */
export async function viewerOf(
  em: EntityManager,
  req: IncomingMessage,
  config: Pick<AppConfig, 'auth' | 'jwtSecret'>,
): Promise<Viewer | null> {
  const token = bearerToken(req);
  return token ? ((await authenticate(em, token, config))?.viewer ?? null) : null;
}

/**
 * Answers a refusal while the request body may still be arriving: the connection is closed after
 * the answer (so no half-read body is parsed as the next request) and the rest is discarded.
 */
export function refuseMidBody(
  request: FastifyRequest,
  answer: (headers: Record<string, string>) => FastifyReply,
): FastifyReply {
  const reply = answer({ connection: 'close' });
  request.raw.resume();
  return reply;
}
