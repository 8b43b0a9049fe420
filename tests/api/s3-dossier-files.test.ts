import { HeadObjectCommand } from '@aws-sdk/client-s3';
import type { Client } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer, type ApiServer } from '../../server/api/api-server';
import { signToken } from '../../server/auth/token';
import { loadConfig } from '../../server/config/config';
import { User } from '../../server/entities/user.entity';
import { contentDisposition } from '../../server/storage/content-disposition';
import { createDocumentStorage } from '../../server/storage/create-storage';
import { documentStorageKey } from '../../server/storage/document-storage';
import { connectTemporal } from '../../server/temporal/temporal-client';
import { putBytes, requestUpload, samplePdf, sha256 } from '../support/dossier-fixtures';
import { graphqlAs, type Gql } from '../support/graphql-request';
import { createDraft, loadCatalog } from '../support/nomination-fixtures';
import { useTestMinio } from '../support/minio';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { REHEARSED_DAY } from '../support/test-platform';

// Dossier files through the real API with STORAGE_DRIVER=s3: what one API instance stores,
// another serves; with presigned downloads the API answers with a redirect to the store.
const minio = useTestMinio();
let db: TestDatabase;
let temporal: Client;
let apis: ApiServer[] = [];
let token: string;
let bucket: string;
// STORAGE_DIR still has to name a directory: it must stay empty, the bytes go to the bucket.
const storageDir = mkdtempSync(join(tmpdir(), 'thidua-unused-disk-'));

async function startApi(env: Record<string, string> = {}): Promise<ApiServer> {
  const config = loadConfig({ ...configEnv(), ...env });
  const api = await startApiServer({ config, orm: db.orm, temporal, storage: await createDocumentStorage(config) }, 0);
  apis.push(api);
  return api;
}

function configEnv(): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS!,
    TEMPORAL_TASK_QUEUE: 'no-worker-needed-for-uploads',
    SUBMISSION_DAY: REHEARSED_DAY,
    JWT_SECRET: 'test-secret-for-jest-only-0123456789',
    STORAGE_DIR: storageDir,
    ...minio.current!.env(bucket),
  };
}

beforeAll(async () => {
  if (!minio.current) return;
  db = await createTestDatabase();
  bucket = `thidua-${randomBytes(5).toString('hex')}`;
  const config = loadConfig(configEnv());
  temporal = await connectTemporal(config);
  const user = await db.orm.em.fork().findOneOrFail(User, { username: 'xuantang.submitter' });
  token = await signToken(user.id, config.jwtSecret, '1h');
});
afterAll(async () => {
  for (const api of apis) await api.stop();
  apis = [];
  await temporal?.connection.close();
  await db?.drop();
  rmSync(storageDir, { recursive: true, force: true });
});

/** Uploads a dossier file the way a portal does, through `api`; answers its document and the bytes. */
async function upload(api: ApiServer, fileName: string) {
  const gql: Gql = graphqlAs(api.url, token);
  const nominationId = (await createDraft(gql, await loadCatalog(gql))).id as string;
  const bytes = samplePdf(`${fileName} ${randomBytes(4).toString('hex')}`);
  const { document, uploadUrl } = await requestUpload(gql, { nominationId, slot: 'SUBMISSION_LETTER', fileName }, bytes);
  const put = await putBytes(uploadUrl, bytes);
  expect(put.status).toBe(201);
  return { id: document.id as string, nominationId, bytes };
}

const download = (api: ApiServer, id: string, init: RequestInit = {}) =>
  fetch(`${new URL(api.url).origin}/documents/${id}`, { ...init, headers: { authorization: `Bearer ${token}` } });

it('stores an uploaded dossier file in the bucket with its SHA-256, and a second API instance serves it', async () => {
  if (!minio.current) return;
  const [first, second] = [await startApi(), await startApi()];
  const { id, nominationId, bytes } = await upload(first, 'Tờ trình đề nghị khen thưởng.pdf');

  const head = await minio.current.client.send(
    new HeadObjectCommand({ Bucket: bucket, Key: documentStorageKey(nominationId, id) }),
  );
  expect(head.Metadata).toEqual({ sha256: sha256(bytes) });
  expect(readdirSync(storageDir)).toEqual([]);

  const response = await download(second, id);
  expect(response.status).toBe(200);
  expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  expect(response.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
  expect(response.headers.get('content-disposition')).toBe(contentDisposition('Tờ trình đề nghị khen thưởng.pdf'));
});

it('with presigned downloads on, redirects the download to the store, which sends the same bytes and name', async () => {
  if (!minio.current) return;
  const api = await startApi({ S3_PRESIGNED_DOWNLOADS: 'on', S3_PRESIGN_SECONDS: '120' });
  const { id, bytes } = await upload(api, 'Biên bản họp xét.pdf');

  const redirect = await download(api, id, { redirect: 'manual' });
  expect(redirect.status).toBe(302);
  const location = redirect.headers.get('location')!;
  expect(location.startsWith(`${minio.current.endpoint}/${bucket}/nominations/`)).toBe(true);
  expect(location).toContain('X-Amz-Expires=120');
  expect(redirect.headers.get('cache-control')).toContain('no-store');

  const stored = await fetch(location);
  expect(stored.status).toBe(200);
  expect(Buffer.from(await stored.arrayBuffer())).toEqual(bytes);
  expect(stored.headers.get('content-disposition')).toBe(contentDisposition('Biên bản họp xét.pdf'));
  expect(stored.headers.get('content-type')).toBe('application/pdf');
});
