import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
  ObjectExistsError,
  ObjectTooLargeError,
  ObjectTooSmallError,
  type DocumentStorage,
} from '../../server/storage/document-storage';
import { LocalDiskStorage } from '../../server/storage/local-disk.storage';
import { useTestMinio } from '../support/minio';

const MiB = 1024 * 1024;
// The smallest part S3 allows, so a 12 MiB body already goes up as a three-part upload.
const PART = 5 * MiB;
const minio = useTestMinio();
const localRoot = mkdtempSync(join(tmpdir(), 'thidua-storage-contract-'));
afterAll(() => rmSync(localRoot, { recursive: true, force: true }));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const key = () => `nominations/${randomBytes(8).toString('hex')}/${randomBytes(8).toString('hex')}`;

/** A body arriving in chunks of `chunk` bytes, as an upload does; `total` Infinity never ends. */
function chunked(total: number, chunk = 256 * 1024): { body: Readable; sent: () => number } {
  let sent = 0;
  const body = Readable.from(
    (function* () {
      while (sent < total) {
        const size = Math.min(chunk, total - sent);
        sent += size;
        yield Buffer.alloc(size, sent % 251);
      }
    })(),
  );
  return { body, sent: () => sent };
}

interface Driver {
  storage: DocumentStorage;
  /** Leftovers an operator would find: temp files on disk, unfinished multipart uploads in the bucket. */
  leftovers(): Promise<string[]>;
}

const drivers: [string, () => Promise<Driver | null>][] = [
  [
    'local disk',
    async () => ({
      storage: new LocalDiskStorage(localRoot),
      leftovers: async () => readdirSync(localRoot, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.part')),
    }),
  ],
  [
    'S3 on MinIO',
    async () => {
      if (!minio.current) return null;
      const { current } = minio;
      const storage = await current.storage({ partSize: PART });
      return { storage, leftovers: () => current.unfinishedUploads(storage.bucket) };
    },
  ],
];

describe.each(drivers)('the storage contract on the %s', (_name, make) => {
  let driver: Driver | null;
  beforeAll(async () => {
    driver = await make();
  });
  /** Null when MinIO cannot be had here (useTestMinio has said why, loudly). */
  const on = () => driver?.storage ?? null;

  it('stores a small file and gives back the same bytes, their size and SHA-256', async () => {
    const storage = on();
    if (!storage) return;
    const bytes = Buffer.from('%PDF-1.4\n% Tờ trình đề nghị khen thưởng\n%%EOF\n', 'utf8');
    const k = key();
    await expect(storage.put(k, Readable.from([bytes]), { maxBytes: bytes.length })).resolves.toEqual({
      size: bytes.length,
      sha256: sha256(bytes),
    });
    expect(await buffer(await storage.get(k))).toEqual(bytes);
    expect(await storage.exists(k)).toBe(true);
  });

  it('streams a 12 MiB scan in (as several parts on S3) and back with the right SHA-256', async () => {
    const storage = on();
    if (!storage) return;
    const { body } = chunked(12 * MiB);
    const k = key();
    const stored = await storage.put(k, body, { maxBytes: 20 * MiB, minBytes: 12 * MiB });
    const back = await buffer(await storage.get(k));
    expect(stored).toEqual({ size: 12 * MiB, sha256: sha256(back) });
    expect(back.length).toBe(12 * MiB);
    expect(await driver!.leftovers()).toEqual([]);
  });

  it.each([
    ['within the first part', 1 * MiB],
    ['after parts were uploaded', 11 * MiB],
  ])('refuses an endless body once it passes the cap %s, and keeps nothing', async (_when, maxBytes) => {
    const storage = on();
    if (!storage) return;
    const { body, sent } = chunked(Infinity);
    const k = key();
    await expect(storage.put(k, body, { maxBytes })).rejects.toBeInstanceOf(ObjectTooLargeError);
    // Read only as far as the cap (plus what was buffered), never to the end of an endless body.
    expect(sent()).toBeLessThan(maxBytes + 2 * PART);
    expect(await storage.exists(k)).toBe(false);
    expect(await driver!.leftovers()).toEqual([]);
  });

  it('refuses a body that ends short of its declared size (a truncated upload), and keeps nothing', async () => {
    const storage = on();
    if (!storage) return;
    const k = key();
    const put = storage.put(k, chunked(500).body, { maxBytes: 1000, minBytes: 1000 });
    await expect(put).rejects.toBeInstanceOf(ObjectTooSmallError);
    await expect(put).rejects.toMatchObject({ received: 500, minBytes: 1000 });
    expect(await storage.exists(k)).toBe(false);
  });

  it('refuses a second write to a key and keeps the first bytes', async () => {
    const storage = on();
    if (!storage) return;
    const k = key();
    await storage.put(k, Readable.from([Buffer.from('first')]), { maxBytes: 100 });
    await expect(storage.put(k, Readable.from([Buffer.from('second')]), { maxBytes: 100 })).rejects.toEqual(
      new ObjectExistsError(k),
    );
    expect((await buffer(await storage.get(k))).toString()).toBe('first');
  });

  it('lets exactly one of two racing writers to one key win', async () => {
    const storage = on();
    if (!storage) return;
    const k = key();
    const results = await Promise.allSettled(
      ['a', 'b'].map((text) => storage.put(k, Readable.from([Buffer.from(text.repeat(1000))]), { maxBytes: 1000 })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: expect.any(ObjectExistsError) });
  });

  it('answers a missing key with false from exists and an ENOENT failure from get, before any byte', async () => {
    const storage = on();
    if (!storage) return;
    const k = key();
    expect(await storage.exists(k)).toBe(false);
    await expect(storage.get(k)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a key that is not of the server’s own shape', async () => {
    const storage = on();
    if (!storage) return;
    await expect(storage.put('../escape', Readable.from([Buffer.from('x')]), { maxBytes: 10 })).rejects.toThrow(
      /Invalid storage key/,
    );
    await expect(storage.exists('Nominations/UPPER')).rejects.toThrow(/Invalid storage key/);
  });
});
