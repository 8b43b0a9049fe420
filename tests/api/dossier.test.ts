import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../domain/error-codes';
import { signUploadToken } from '../../server/auth/upload-token';
import { assertDossierReady } from '../../server/services/dossier.service';
import { freezeDossier } from '../../server/store/dossier-freeze';
import {
  attachRequiredDocuments,
  DOCUMENTS,
  putBytes,
  REQUEST_UPLOAD,
  requestUpload,
  samplePdf,
  sha256,
  uploadDocument,
  uploadInput,
} from '../support/dossier-fixtures';
import { as, createDraft, dataOf, loadCatalog, submit, type Catalog, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let catalog: Catalog;
let origin: string;
let xuanTang: Gql;
let sibling: Gql;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  platform = await startTestPlatform();
  origin = new URL(platform.url).origin;
  for (const user of ['xuantang.submitter', 'phuonglaocai.submitter', 'laocaicity.reviewer', 'vinh.reviewer']) {
    tokens[user] = await platform.tokenFor(user);
  }
  xuanTang = await as(platform, 'xuantang.submitter');
  sibling = await as(platform, 'phuonglaocai.submitter');
  catalog = await loadCatalog(xuanTang);
});
afterAll(() => platform?.stop());

const draftId = async () => (await createDraft(xuanTang, catalog)).id as string;
const download = (url: string, username?: string) =>
  fetch(url, { headers: username ? { authorization: `Bearer ${tokens[username]}` } : {} });
const documents = async (id: string, current?: boolean) => dataOf(await xuanTang(DOCUMENTS, { id, current })).nomination.documents;

/** A body sent chunked, without Content-Length, so only the streaming checks can catch it. */
function streamOf(...chunks: Buffer[]) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
}

/** The refusal of a plain-HTTP route: status and `{ code, message, messageVi }`. */
async function expectHttpRefusal(response: Response, status: number, code: string) {
  const body = (await response.json()) as { code: string; messageVi: string };
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expect(body.messageVi).toEqual(expect.any(String));
}

describe('upload and download', () => {
  it('requests a link, PUTs the bytes, lists the document and downloads the same bytes with their SHA-256', async () => {
    const id = await draftId();
    const bytes = samplePdf();
    const before = Date.now();
    const payload = await requestUpload(xuanTang, { nominationId: id, slot: 'SUBMISSION_LETTER', fileName: 'Tờ trình 2024.pdf' }, bytes);
    expect(payload.document).toMatchObject({ slot: 'SUBMISSION_LETTER', version: 1, size: bytes.length, sha256: null, storedAt: null });
    expect(payload.document).toMatchObject({ frozen: false, current: false, downloadUrl: null, uploadedBy: { username: 'xuantang.submitter' } });
    expect(payload.uploadUrl).toMatch(new RegExp(`^${origin}/uploads/[\\w.-]+$`));
    expect(new Date(payload.expiresAt).getTime() - before).toBeGreaterThan(890_000);

    const put = await putBytes(payload.uploadUrl, bytes);
    expect(put.status).toBe(201);
    expect(await put.json()).toEqual({ id: payload.document.id, sha256: sha256(bytes), size: bytes.length });
    expect(put.headers.get('location')).toBe(`${origin}/documents/${payload.document.id}`);

    const [listed] = await documents(id);
    expect(listed).toMatchObject({ id: payload.document.id, sha256: sha256(bytes), current: true, downloadUrl: `${origin}/documents/${listed.id}` });
    expect(listed.storedAt).toEqual(expect.any(String));

    const response = await download(listed.downloadUrl, 'xuantang.submitter');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%202024.pdf");
    expect(response.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(bytes)).toBe(true);
    expect(sha256(body)).toBe(listed.sha256);

    const history = dataOf(await xuanTang(`query ($id: ID!) { nomination(id: $id) { history { action actor { username } after } } }`, { id }));
    const uploaded = history.nomination.history.filter((e: { action: string }) => e.action === 'DOCUMENT_UPLOADED');
    expect(uploaded).toEqual([
      { action: 'DOCUMENT_UPLOADED', actor: { username: 'xuantang.submitter' }, after: expect.objectContaining({ sha256: sha256(bytes), slot: 'SUBMISSION_LETTER', version: 1 }) },
    ]);
  });

  it('keeps version 1 when a second upload fills the slot again; evidence files all stay current', async () => {
    const id = await draftId();
    const first = await uploadDocument(xuanTang, id, 'ACHIEVEMENT_REPORT', samplePdf('bản 1'));
    const second = await uploadDocument(xuanTang, id, 'ACHIEVEMENT_REPORT', samplePdf('bản 2'));
    const evidence = [await uploadDocument(xuanTang, id, 'EVIDENCE', samplePdf('ảnh 1')), await uploadDocument(xuanTang, id, 'EVIDENCE', samplePdf('ảnh 2'))];
    expect([first.version, second.version]).toEqual([1, 2]);

    const current = await documents(id);
    expect(current.map((d: { id: string }) => d.id)).toEqual([second.id, ...evidence.map((e) => e.id)]);
    const all = await documents(id, false);
    expect(all.map((d: { version: number; current: boolean; slot: string }) => [d.slot, d.version, d.current])).toEqual([
      ['ACHIEVEMENT_REPORT', 1, false],
      ['ACHIEVEMENT_REPORT', 2, true],
      ['EVIDENCE', 1, true],
      ['EVIDENCE', 2, true],
    ]);
    const old = await download(all[0].downloadUrl, 'xuantang.submitter');
    expect(Buffer.from(await old.arrayBuffer()).equals(samplePdf('bản 1'))).toBe(true);
  });
});

describe('limits on the declared file', () => {
  it.each([
    ['an HTML page', 'FILE_TYPE_NOT_ALLOWED', 'contentType', { fileName: 'trang.html', contentType: 'text/html' }],
    ['an executable named .pdf with another type', 'FILE_TYPE_NOT_ALLOWED', 'contentType', { fileName: 'to-trinh.pdf', contentType: 'application/x-msdownload' }],
    ['a PDF type with an .exe name', 'FILE_TYPE_NOT_ALLOWED', 'contentType', { fileName: 'to-trinh.exe', contentType: 'application/pdf' }],
    ['20 MiB and one byte', 'FILE_TOO_LARGE', 'size', { size: 20 * 1024 * 1024 + 1 }],
    ['an empty file', 'FILE_TOO_LARGE', 'size', { size: 0 }],
    ['a blank file name', 'REQUIRED', 'fileName', { fileName: ' / ' }],
  ])('refuses %s with %s on %s and reserves nothing', async (_label, code, field, change) => {
    const id = await draftId();
    const res = await xuanTang(REQUEST_UPLOAD, { input: { ...uploadInput({ nominationId: id, slot: 'EVIDENCE' }), ...change } });
    const payload = dataOf(res).requestDocumentUpload;
    expect(payload.userErrors).toEqual([{ code, field, message: expect.any(String), messageVi: expect.any(String) }]);
    expect(payload.uploadUrl).toBeNull();
    expect(await documents(id, false)).toEqual([]);
  });
});

describe('the upload link', () => {
  async function pending(bytes = samplePdf()) {
    const nominationId = await draftId();
    const payload = await requestUpload(xuanTang, { nominationId, slot: 'EVIDENCE' }, bytes);
    return { nominationId, uploadUrl: payload.uploadUrl as string, document: payload.document as { id: string } };
  }

  it('refuses more bytes than declared with 413, by Content-Length or mid-stream, and can then be used correctly', async () => {
    const bytes = samplePdf();
    const { uploadUrl, document, nominationId } = await pending(bytes);
    await expectHttpRefusal(await putBytes(uploadUrl, Buffer.concat([bytes, Buffer.from('extra')])), 413, 'FILE_TOO_LARGE');
    const chunked = streamOf(bytes, Buffer.from('and more bytes than declared'));
    await expectHttpRefusal(await putBytes(uploadUrl, chunked), 413, 'FILE_TOO_LARGE');
    const retry = await putBytes(uploadUrl, bytes);
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as { id: string }).id).toBe(document.id);
    // Refused bodies left no temp file behind: the nomination's folder holds the one stored object.
    expect(readdirSync(join(platform.config.storageDir, 'nominations', nominationId))).toEqual([document.id]);
  });

  it('refuses fewer bytes than declared with 400, and bytes that are not the declared type with 415', async () => {
    const bytes = samplePdf();
    const { uploadUrl } = await pending(bytes);
    await expectHttpRefusal(await putBytes(uploadUrl, bytes.subarray(0, 10)), 400, 'INVALID_VALUE');
    await expectHttpRefusal(await putBytes(uploadUrl, streamOf(bytes.subarray(0, 10))), 400, 'INVALID_VALUE');
    const html = Buffer.alloc(bytes.length, '<html>');
    await expectHttpRefusal(await putBytes(uploadUrl, html), 415, 'FILE_TYPE_NOT_ALLOWED');
    await expectHttpRefusal(await putBytes(uploadUrl, bytes, 'text/html'), 415, 'FILE_TYPE_NOT_ALLOWED');
  });

  it('answers 410 UPLOAD_EXPIRED once expired, 403 when forged, 409 when used twice', async () => {
    const { uploadUrl, document, nominationId } = await pending();
    const expired = signUploadToken(document.id, platform.config.jwtSecret, new Date(Date.now() - 60_000));
    await expectHttpRefusal(await putBytes(`${origin}/uploads/${expired}`, samplePdf()), 410, 'UPLOAD_EXPIRED');
    const forged = signUploadToken(document.id, 'not-the-server-secret-0123456789', new Date(Date.now() + 60_000));
    await expectHttpRefusal(await putBytes(`${origin}/uploads/${forged}`, samplePdf()), 403, 'FORBIDDEN');
    await expectHttpRefusal(await putBytes(`${origin}/uploads/${tokens['xuantang.submitter']}`, samplePdf()), 403, 'FORBIDDEN');

    expect((await putBytes(uploadUrl, samplePdf())).status).toBe(201);
    await expectHttpRefusal(await putBytes(uploadUrl, samplePdf('khác')), 409, 'DUPLICATE');
    const [stored] = await documents(nominationId, false);
    expect(stored.sha256).toBe(sha256(samplePdf()));
  });
});

describe('authorisation like the nomination', () => {
  it("another commune can neither ask for a link nor download; the district reviewer downloads; anonymous is 401", async () => {
    const id = await draftId();
    const stored = await uploadDocument(xuanTang, id, 'SUBMISSION_LETTER');
    const res = await sibling(REQUEST_UPLOAD, { input: uploadInput({ nominationId: id, slot: 'EVIDENCE' }) });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await documents(id, false)).toHaveLength(1);

    const url = `${origin}/documents/${stored.id}`;
    await expectHttpRefusal(await download(url, 'phuonglaocai.submitter'), 403, 'FORBIDDEN');
    await expectHttpRefusal(await download(url, 'vinh.reviewer'), 403, 'FORBIDDEN');
    await expectHttpRefusal(await download(url), 401, 'UNAUTHENTICATED');
    await expectHttpRefusal(await download(`${origin}/documents/00000000-0000-0000-0000-000000000000`, 'xuantang.submitter'), 404, 'NOT_FOUND');
    const reviewer = await download(url, 'laocaicity.reviewer');
    expect(reviewer.status).toBe(200);
    expect(sha256(Buffer.from(await reviewer.arrayBuffer()))).toBe(stored.sha256);
  });
});

describe('once submitted', () => {
  it('refuses new uploads with DOCUMENT_FROZEN, and a link asked for before submission no longer takes bytes', async () => {
    const id = await draftId();
    await attachRequiredDocuments(platform, tokens['xuantang.submitter'], id);
    const early = await requestUpload(xuanTang, { nominationId: id, slot: 'EVIDENCE' });
    expect((await submit(xuanTang, id)).status).toBe('IN_REVIEW');

    const payload = dataOf(await xuanTang(REQUEST_UPLOAD, { input: uploadInput({ nominationId: id, slot: 'EVIDENCE' }) })).requestDocumentUpload;
    expect(payload.userErrors.map((e: { code: string }) => e.code)).toEqual(['DOCUMENT_FROZEN']);
    await expectHttpRefusal(await putBytes(early.uploadUrl, samplePdf()), 409, 'DOCUMENT_FROZEN');
    expect(await documents(id, false)).toHaveLength(3);
  });
});

describe('assertDossierReady and freezeDossier', () => {
  it('names the missing required slots, passes once they are filled, and freezing stops pending links', async () => {
    const id = await draftId();
    await uploadDocument(xuanTang, id, 'ACHIEVEMENT_REPORT');
    const missing = await assertDossierReady(platform.db.orm.em.fork(), id).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(DomainError);
    expect((missing as DomainError).code).toBe('DOSSIER_INCOMPLETE');
    expect((missing as DomainError).message).toBe('The dossier lacks the submission letter and review minutes.');
    expect((missing as DomainError).error.messageVi).toBe('Hồ sơ còn thiếu tờ trình đề nghị khen thưởng và biên bản họp xét.');

    await attachRequiredDocuments(platform, xuanTang, id);
    await expect(assertDossierReady(platform.db.orm.em.fork(), id)).resolves.toBeUndefined();

    const pendingLink = await requestUpload(xuanTang, { nominationId: id, slot: 'EVIDENCE' });
    expect(await freezeDossier(platform.db.orm.em.fork(), id)).toBe(5);
    expect((await documents(id, false)).every((d: { frozen: boolean }) => d.frozen)).toBe(true);
    await expectHttpRefusal(await putBytes(pendingLink.uploadUrl, samplePdf()), 409, 'DOCUMENT_FROZEN');
  });
});

describe('the HTTP server', () => {
  it('answers /healthz, 404 elsewhere, and keeps GraphQL with CSRF prevention and CORS on /graphql', async () => {
    const health = await fetch(`${origin}/healthz`);
    expect({ status: health.status, body: await health.json() }).toEqual({ status: 200, body: { status: 'ok', db: 'up' } });
    await expectHttpRefusal(await fetch(`${origin}/nothing-here`), 404, 'NOT_FOUND');

    const get = (headers: Record<string, string>) => fetch(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers });
    expect((await get({})).status).toBe(400);
    const allowed = await get({ 'apollo-require-preflight': 'true' });
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
    const preflight = await fetch(`${origin}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://portal.example', 'access-control-request-headers': 'authorization,content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,content-type');

    const huge = await fetch(platform.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(1024 * 1024)}` }) });
    expect(huge.status).toBe(413);
    const malformed = await fetch(platform.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(malformed.status).toBe(400);
  });
});
