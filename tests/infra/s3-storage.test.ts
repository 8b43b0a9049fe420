import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { loadConfig } from '../../server/config/config';
import { contentDisposition } from '../../server/storage/content-disposition';
import { createDocumentStorage } from '../../server/storage/create-storage';
import { ObjectExistsError } from '../../server/storage/document-storage';
import { LocalDiskStorage } from '../../server/storage/local-disk.storage';
import { useTestMinio } from '../support/minio';

const MiB = 1024 * 1024;
const minio = useTestMinio();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const key = () => `files/${randomBytes(8).toString('hex')}`;
const bucket = () => `thidua-${randomBytes(5).toString('hex')}`;
const pdf = Buffer.from('%PDF-1.4\n% Quyết định khen thưởng 123/QĐ-UBND\n%%EOF\n', 'utf8');
const configOf = (env: Record<string, string>) =>
  loadConfig({ NODE_ENV: 'test', STORAGE_DIR: mkdtempSync(join(tmpdir(), 'thidua-s3-test-')), ...env });

describe('S3 storage on MinIO', () => {
  it('keeps the SHA-256 with the object, where backup and audit tools can check it', async () => {
    if (!minio.current) return;
    const storage = await minio.current.storage();
    const k = key();
    await storage.put(k, Readable.from([pdf]), { maxBytes: pdf.length });
    const head = await minio.current.client.send(
      new HeadObjectCommand({ Bucket: storage.bucket, Key: k, ChecksumMode: 'ENABLED' }),
    );
    expect(head.Metadata).toEqual({ sha256: sha256(pdf) });
    expect(head.ChecksumSHA256).toBe(createHash('sha256').update(pdf).digest('base64'));
  });

  it('refuses a second large (multipart) write to a key once it is complete, leaving no parts behind', async () => {
    if (!minio.current) return;
    const storage = await minio.current.storage({ partSize: 5 * MiB });
    const k = key();
    const big = (fill: number) => Readable.from([Buffer.alloc(6 * MiB, fill), Buffer.alloc(6 * MiB, fill)]);
    await storage.put(k, big(1), { maxBytes: 12 * MiB });
    await expect(storage.put(k, big(2), { maxBytes: 12 * MiB })).rejects.toEqual(new ObjectExistsError(k));
    expect((await buffer(await storage.get(k)))[0]).toBe(1);
    expect(await minio.current.unfinishedUploads(storage.bucket)).toEqual([]);
  });

  it('hands out no download URL unless presigned downloads are on (the API streams the bytes)', async () => {
    if (!minio.current) return;
    const storage = await minio.current.storage();
    const k = key();
    await storage.put(k, Readable.from([pdf]), { maxBytes: pdf.length });
    expect(await storage.downloadUrl(k, { fileName: 'a.pdf', contentType: 'application/pdf' })).toBeNull();
  });

  it('presigns a GET that a plain fetch downloads with the Vietnamese file name and the type', async () => {
    if (!minio.current) return;
    const storage = await minio.current.storage({ env: { S3_PRESIGNED_DOWNLOADS: 'on' } });
    const k = key();
    await storage.put(k, Readable.from([pdf]), { maxBytes: pdf.length });
    const fileName = 'Quyết định 123-QĐ-UBND (đợt 2024).pdf';
    const url = await storage.downloadUrl(k, { fileName, contentType: 'application/pdf' });
    expect(url).toContain('X-Amz-Expires=300');
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    expect(response.headers.get('content-disposition')).toBe(contentDisposition(fileName));
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh");
    expect(response.headers.get('content-type')).toBe('application/pdf');

    // Without the signature, or with another key signed in, the store refuses.
    expect((await fetch(url!.split('?')[0])).status).toBe(403);
    expect((await fetch(url!.replace(k, key()))).status).toBe(403);
  });

  it('signs download URLs for the name browsers use when S3_PUBLIC_ENDPOINT differs from the inner one', async () => {
    if (!minio.current) return;
    const env = { S3_PRESIGNED_DOWNLOADS: 'on', S3_PUBLIC_ENDPOINT: 'https://files.thidua.example.gov.vn' };
    const storage = await minio.current.storage({ env });
    const url = await storage.downloadUrl(key(), { fileName: 'a.pdf', contentType: 'application/pdf' });
    expect(url).toMatch(new RegExp(`^https://files\\.thidua\\.example\\.gov\\.vn/${storage.bucket}/files/`));
  });

  it('lets two API instances on one bucket see each other’s files, creating the bucket at the first start', async () => {
    if (!minio.current) return;
    const config = configOf(minio.current.env(bucket()));
    const [first, second] = [await createDocumentStorage(config), await createDocumentStorage(config)];
    const k = key();
    await first.put(k, Readable.from([pdf]), { maxBytes: pdf.length });
    expect(await second.exists(k)).toBe(true);
    expect(await buffer(await second.get(k))).toEqual(pdf);
    await expect(second.put(k, Readable.from([pdf]), { maxBytes: pdf.length })).rejects.toBeInstanceOf(
      ObjectExistsError,
    );
  });

  it('fails the start with the bucket and the reason when the credentials are wrong', async () => {
    if (!minio.current) return;
    const name = bucket();
    const config = configOf(minio.current.env(name, { S3_SECRET_ACCESS_KEY: 'not-the-secret' }));
    await expect(createDocumentStorage(config)).rejects.toThrow(
      `Cannot reach or create the bucket "${name}" at ${minio.current.endpoint}: refused (HTTP 403); check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and the policy on the bucket`,
    );
  });
});

describe('the storage the settings choose', () => {
  it('stays on the local disk under STORAGE_DIR by default, with no download URL of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-local-'));
    try {
      const storage = await createDocumentStorage(loadConfig({ NODE_ENV: 'test', STORAGE_DIR: dir }));
      expect(storage).toBeInstanceOf(LocalDiskStorage);
      expect(storage.downloadUrl).toBeUndefined();
      await storage.put('files/abc', Readable.from([pdf]), { maxBytes: pdf.length });
      expect(await new LocalDiskStorage(dir).exists('files/abc')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the start saying where, when the S3 endpoint does not answer', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      ...{ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://127.0.0.1:9', S3_BUCKET: 'thidua' },
      ...{ S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' },
    });
    await expect(createDocumentStorage(config)).rejects.toThrow(
      /Cannot reach or create the bucket "thidua" at http:\/\/127\.0\.0\.1:9: /,
    );
  });
});
