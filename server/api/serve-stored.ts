import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentStorage } from '../storage/document-storage';
import { contentDisposition } from '../storage/content-disposition';

export interface StoredFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/**
 * Sends stored bytes (the caller has checked access) as an attachment the browser must not
 * reinterpret, with their SHA-256 as the ETag and Repr-Digest; a matching If-None-Match gets 304.
 * A storage that offers its own time-limited download URL (S3) is answered with a 302 to it, so the
 * bytes do not pass through the API.
 */
export async function serveStoredFile(
  request: FastifyRequest,
  reply: FastifyReply,
  storage: DocumentStorage,
  file: StoredFile,
): Promise<FastifyReply> {
  const etag = `"${file.sha256}"`;
  const headers = {
    'content-disposition': contentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-cache',
    etag,
    'repr-digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
  };
  if (request.headers['if-none-match'] === etag) return reply.code(304).headers(headers).send();
  const direct = await storage.downloadUrl?.(file.storageKey, {
    fileName: file.fileName,
    contentType: file.contentType,
  });
  // The signed URL expires: nobody may keep the redirect.
  if (direct) return reply.headers({ ...headers, 'cache-control': 'private, no-store' }).redirect(direct, 302);
  const bytes = await storage.get(file.storageKey);
  return reply
    .code(200)
    .headers({ ...headers, 'content-length': String(file.size) })
    .type(file.contentType)
    .send(bytes);
}
