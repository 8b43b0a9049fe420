import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { DocumentStorage } from '../storage/document-storage';
import { contentDisposition } from './http-util';

export interface StoredFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/**
 * Sends stored bytes as an attachment the browser must not reinterpret, with their SHA-256 as the
 * ETag and Repr-Digest; a matching If-None-Match gets 304.
 */
export async function serveStoredFile(
  req: IncomingMessage,
  res: ServerResponse,
  storage: DocumentStorage,
  file: StoredFile,
): Promise<void> {
  const etag = `"${file.sha256}"`;
  const headers = {
    'content-type': file.contentType,
    'content-disposition': contentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-cache',
    etag,
    'repr-digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const bytes = await storage.get(file.storageKey);
  res.writeHead(200, { ...headers, 'content-length': String(file.size) });
  await pipeline(bytes, res);
}
