import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ListMultipartUploadsCommand, S3Client } from '@aws-sdk/client-s3';
import { loadStorageConfig, type S3StorageConfig } from '../../server/config/storage.config';
import { S3Storage } from '../../server/storage/s3.storage';

/** A MinIO server of one test file (tests/support/minio-process.mjs), with a bucket maker. */
export interface TestMinio {
  endpoint: string;
  rootUser: string;
  rootPassword: string;
  /** STORAGE_DRIVER=s3 settings for this server, as an operator would write them. */
  env(bucket: string, extra?: Record<string, string>): Record<string, string>;
  /** A driver on a fresh bucket of its own unless `bucket` is given (created, as at an API start). */
  storage(options?: { bucket?: string; env?: Record<string, string>; partSize?: number }): Promise<S3Storage>;
  /** A plain S3 client as the root user, to look at the bucket as an operator's tools would. */
  client: S3Client;
  /** Multipart uploads begun and neither completed nor aborted (parts an operator would pay for). */
  unfinishedUploads(bucket: string): Promise<string[]>;
}

const repoRoot = join(__dirname, '..', '..');
// The first run may build MinIO with Go (a minute or several); later ones start in a second.
const START_TIMEOUT_MS = 10 * 60 * 1000;

function start(): Promise<{ child: ChildProcess; minio: Pick<TestMinio, 'endpoint' | 'rootUser' | 'rootPassword'> } | { unavailable: string }> {
  const dataDir = join(repoRoot, '.data', `test-minio-${process.pid}-${randomBytes(4).toString('hex')}`);
  const script = join(repoRoot, 'tests', 'support', 'minio-process.mjs');
  const child = spawn(process.execPath, [script, dataDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    // Say what takes the time on a first run instead of hanging silently.
    if (/^(Building|MinIO built|Another process)/.test(line)) console.warn(line);
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^MINIO_READY (.*)$/.exec(line);
      if (ready) resolve({ child, minio: JSON.parse(ready[1]) });
      const unavailable = /^MINIO_UNAVAILABLE (.*)$/.exec(line);
      if (unavailable) resolve({ unavailable: JSON.parse(unavailable[1]) as string });
    });
    child.once('exit', (code) => reject(new Error(`MinIO helper exited with ${code}:\n${tail.join('\n')}`)));
  });
}

/**
 * Starts a MinIO for the test file (beforeAll) and stops it (afterAll). `current` stays null when no
 * MinIO binary can be had (no Go, a failed build): the S3 tests then say so loudly and pass without
 * running — unless THIDUA_REQUIRE_MINIO=1 (CI), where that is a failure.
 */
export function useTestMinio(): { current: TestMinio | null; skipReason: string | null } {
  const state: { current: TestMinio | null; skipReason: string | null } = { current: null, skipReason: null };
  let child: ChildProcess | null = null;
  const clients: { destroy(): void }[] = [];
  beforeAll(async () => {
    const started = await start();
    if ('unavailable' in started) {
      if (process.env.THIDUA_REQUIRE_MINIO === '1') throw new Error(started.unavailable);
      state.skipReason = started.unavailable;
      console.warn(`\n!!! S3 STORAGE TESTS SKIPPED: ${started.unavailable}\n`);
      return;
    }
    child = started.child;
    const { endpoint, rootUser, rootPassword } = started.minio;
    const env = (bucket: string, extra: Record<string, string> = {}) => ({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: rootUser,
      S3_SECRET_ACCESS_KEY: rootPassword,
      ...extra,
    });
    const client = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: rootUser, secretAccessKey: rootPassword },
    });
    clients.push(client);
    state.current = {
      ...started.minio,
      env,
      client,
      async storage({ bucket = `test-${randomBytes(5).toString('hex')}`, env: extra = {}, partSize } = {}) {
        const config = loadStorageConfig(env(bucket, extra));
        const storage = new S3Storage((config as { s3: S3StorageConfig }).s3, partSize);
        await storage.ensureBucket();
        clients.push(storage);
        return storage;
      },
      async unfinishedUploads(bucket) {
        const answer = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
        return (answer.Uploads ?? []).map((u) => `${u.Key} (${u.UploadId})`);
      },
    };
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });
  return state;
}
