import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { pipeline, Readable } from 'node:stream';
import type { S3StorageConfig } from '../config/storage.config';
import { contentDisposition } from './content-disposition';
import {
  assertStorageKey,
  MeteredHash,
  ObjectExistsError,
  ObjectNotFoundError,
  type DocumentStorage,
  type PutLimits,
  type StoredObject,
} from './document-storage';

/** A body up to this size goes up in one PUT carrying its SHA-256; a longer one as a multipart upload. */
export const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

function status(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata?.httpStatusCode : undefined;
}

/** 412: `If-None-Match: *` found an object; 409: a concurrent conditional write to the key won. */
function existsInstead(key: string) {
  return (error: unknown): never => {
    const code = status(error);
    throw code === 412 || code === 409 ? new ObjectExistsError(key) : error;
  };
}

function clientFor(config: S3StorageConfig, endpoint: string | null): S3Client {
  return new S3Client({
    region: config.region,
    ...(endpoint ? { endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.credentials ? { credentials: config.credentials } : {}),
    // A store that stops answering fails the request (and is retried) instead of holding an upload open.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}

/**
 * Objects in one S3 (or MinIO) bucket, so every API and worker instance sees the same files.
 * Objects are written once: the write is conditional (`If-None-Match: *`, on PutObject and on
 * CompleteMultipartUpload), so of two racing writers exactly one wins, without a HEAD first.
 */
export class S3Storage implements DocumentStorage {
  private readonly client: S3Client;
  private readonly presigner: S3Client;

  constructor(
    private readonly config: S3StorageConfig,
    private readonly partSize = DEFAULT_PART_SIZE,
  ) {
    this.client = clientFor(config, config.endpoint);
    // Browsers may reach the store under another name than this process (compose's service name).
    this.presigner = config.publicEndpoint ? clientFor(config, config.publicEndpoint) : this.client;
  }

  get bucket(): string {
    return this.config.bucket;
  }

  /** Creates the bucket when it is missing; safe to call from every instance at every start. */
  async ensureBucket(): Promise<void> {
    const Bucket = this.config.bucket;
    try {
      await this.client.send(new HeadBucketCommand({ Bucket }));
      return;
    } catch (error) {
      if (status(error) !== 404) throw error;
    }
    await this.client.send(new CreateBucketCommand({ Bucket })).catch((error: unknown) => {
      // Another instance created it meanwhile.
      if (!(error instanceof S3ServiceException && error.name === 'BucketAlreadyOwnedByYou')) throw error;
    });
  }

  async put(key: string, body: Readable, limits: PutLimits): Promise<StoredObject> {
    assertStorageKey(key);
    const meter = new MeteredHash(limits);
    // The caps hold while streaming: the meter fails the read as soon as one is crossed.
    const metered = pipeline(body, meter, () => undefined);
    const chunks = metered[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    try {
      const head: Buffer[] = [];
      let headSize = 0;
      while (headSize < this.partSize) {
        const next = await chunks.next();
        if (next.done) return await this.putWhole(key, Buffer.concat(head), meter.result());
        head.push(next.value);
        headSize += next.value.length;
      }
      return await this.putInParts(key, head, chunks, meter);
    } finally {
      // The store refused mid-body: stop reading the client (pipeline destroys `body` too).
      metered.destroy();
    }
  }

  /** One PUT whose SHA-256 the store verifies and keeps (ChecksumSHA256, and x-amz-meta-sha256 in hex). */
  private async putWhole(key: string, bytes: Buffer, stored: StoredObject): Promise<StoredObject> {
    const command = new PutObjectCommand({
      Bucket: this.config.bucket,
      Key: key,
      Body: bytes,
      ContentLength: bytes.length,
      ChecksumSHA256: Buffer.from(stored.sha256, 'hex').toString('base64'),
      Metadata: { sha256: stored.sha256 },
      IfNoneMatch: '*',
    });
    await this.client.send(command).catch(existsInstead(key));
    return stored;
  }

  /**
   * A multipart upload, each part's SHA-256 verified by the store. A body failing mid-way (over the
   * cap, truncated, the client gone) makes Upload abort the multipart upload: no parts are left behind.
   */
  private async putInParts(
    key: string,
    head: Buffer[],
    chunks: AsyncIterator<Buffer>,
    meter: MeteredHash,
  ): Promise<StoredObject> {
    async function* rest() {
      yield Buffer.concat(head);
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    }
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.config.bucket,
        Key: key,
        Body: Readable.from(rest()),
        IfNoneMatch: '*',
        ChecksumAlgorithm: 'SHA256',
      },
      partSize: this.partSize,
      queueSize: 2,
    });
    await upload.done().catch(existsInstead(key));
    return meter.result();
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return answer.Body as Readable;
    } catch (error) {
      throw status(error) === 404 ? new ObjectNotFoundError(key) : error;
    }
  }

  async exists(key: string): Promise<boolean> {
    assertStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return true;
    } catch (error) {
      if (status(error) === 404) return false;
      throw error;
    }
  }

  /** A presigned GET naming the download, when S3_PRESIGNED_DOWNLOADS is on; null: the API streams it. */
  async downloadUrl(key: string, file: { fileName: string; contentType: string }): Promise<string | null> {
    if (!this.config.presignedDownloads) return null;
    assertStorageKey(key);
    const command = new GetObjectCommand({
      Bucket: this.config.bucket,
      Key: key,
      ResponseContentDisposition: contentDisposition(file.fileName),
      ResponseContentType: file.contentType,
    });
    return getSignedUrl(this.presigner, command, { expiresIn: this.config.presignSeconds });
  }

  /** Closes the client's sockets (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
    if (this.presigner !== this.client) this.presigner.destroy();
  }
}
