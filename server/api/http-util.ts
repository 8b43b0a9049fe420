import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, ERROR_MESSAGES, ErrorCode } from '../../domain/error-codes';
import { authenticate } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';

/** One route of the API's HTTP server; `match` is the path pattern's result. */
export interface Route {
  methods: readonly string[] | 'ANY';
  path: RegExp;
  handle(req: IncomingMessage, res: ServerResponse, match: RegExpExecArray): Promise<void>;
}

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
  INTERNAL: 500,
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** `{ code, message, messageVi }`: the same shape and words as a payload's userErrors. */
export function sendError(res: ServerResponse, error: DomainError, headers: Record<string, string> = {}): void {
  const { code, message, messageVi } = error.error;
  sendJson(res, STATUS[code] ?? 400, { code, message, messageVi }, headers);
}

export function sendCode(
  res: ServerResponse,
  code: ErrorCode,
  status = STATUS[code] ?? 400,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { code, message: ERROR_MESSAGES[code].en, messageVi: ERROR_MESSAGES[code].vi }, headers);
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

export class BodyTooLargeError extends Error {}

/** Reads a whole (small) body, refusing it as soon as it passes `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      reject(new BodyTooLargeError());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * Answers a refusal while the request body may still be arriving: the connection is closed after
 * the answer (so no half-read body is parsed as the next request) and the rest is discarded.
 */
export function refuseMidBody(
  req: IncomingMessage,
  res: ServerResponse,
  answer: (headers: Record<string, string>) => void,
): void {
  answer({ connection: 'close' });
  req.resume();
}

/** Filename for Content-Disposition: an ASCII fallback and the exact UTF-8 name (RFC 6266 / 8187). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const fallback = ascii.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
