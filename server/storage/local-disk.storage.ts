import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, link, mkdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertStorageKey,
  MeteredHash,
  ObjectExistsError,
  type DocumentStorage,
  type PutLimits,
  type StoredObject,
} from './document-storage';

/** The default storage: one file per object under a root directory (config STORAGE_DIR). */
export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Readable, limits: PutLimits): Promise<StoredObject> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    // A temp file beside the target: readers never see a partial object, and a failed or
    // oversize upload leaves nothing behind.
    const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
    const meter = new MeteredHash(limits);
    try {
      await pipeline(body, meter, createWriteStream(temp, { flags: 'wx' }));
      // link() is the no-clobber form of rename(): as atomic, but it refuses to replace an
      // object, so of two racing uploads to one key exactly one wins.
      await link(temp, target).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'EEXIST' ? new ObjectExistsError(key) : error;
      });
      return meter.result();
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    // Open before answering, so a missing object fails here rather than mid-response.
    await access(path);
    return createReadStream(path);
  }

  async exists(key: string): Promise<boolean> {
    return access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }
}
