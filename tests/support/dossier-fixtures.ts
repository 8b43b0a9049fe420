import { createHash } from 'node:crypto';
import { graphqlAs } from './graphql-request';
import { okPayload, USER_ERROR_FIELDS, type Gql } from './graphql-request';
import type { TestPlatform } from './test-platform';

/** Helpers for tests that need dossier documents, uploaded the way a portal does: signed URL, then PUT. */

export const DOCUMENT_FIELDS = `id slot version fileName contentType size sha256 storedAt frozen current downloadUrl
  uploadedBy { username }`;
export const REQUEST_UPLOAD = `mutation ($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) {
  document { ${DOCUMENT_FIELDS} } uploadUrl expiresAt ${USER_ERROR_FIELDS} } }`;
export const DOCUMENTS = `query ($id: ID!, $current: Boolean) { nomination(id: $id) { id documents(current: $current) {
  ${DOCUMENT_FIELDS} } } }`;

/** A tiny file that starts like a PDF (the server checks leading bytes), with non-ASCII text inside. */
export function samplePdf(label = 'Tờ trình đề nghị khen thưởng'): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface UploadRequest {
  nominationId: string;
  slot: string;
  fileName?: string;
  contentType?: string;
  size?: number;
  /** A reviewing stage's own document. */
  stageKey?: string;
}

export function uploadInput(request: UploadRequest, bytes: Buffer = samplePdf()) {
  return { fileName: 'to-trinh.pdf', contentType: 'application/pdf', size: bytes.length, ...request };
}

/** The payload of a requestDocumentUpload that must succeed: document, uploadUrl, expiresAt. */
export async function requestUpload(gql: Gql, request: UploadRequest, bytes: Buffer = samplePdf()) {
  return okPayload(await gql(REQUEST_UPLOAD, { input: uploadInput(request, bytes) }), 'requestDocumentUpload');
}

/** PUTs bytes to a signed upload URL, as a browser or a scanner station would. */
export function putBytes(uploadUrl: string, body: Buffer | ReadableStream<Uint8Array>, contentType = 'application/pdf') {
  const streamed = !(body instanceof Buffer);
  return fetch(uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': contentType },
    body: streamed ? body : new Uint8Array(body),
    ...(streamed ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** Requests a link and uploads `bytes` into `slot`; answers the stored document's id, sha256 and size. */
export async function uploadDocument(gql: Gql, nominationId: string, slot: string, bytes: Buffer = samplePdf(), fileName = 'tai-lieu.pdf') {
  const { document, uploadUrl } = await requestUpload(gql, { nominationId, slot, fileName }, bytes);
  const response = await putBytes(uploadUrl, bytes);
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status !== 201) throw new Error(`upload of ${slot} refused (${response.status}): ${JSON.stringify(body)}`);
  return { ...document, ...body } as { id: string; sha256: string; size: number; version: number };
}

export const DOSSIER_REQUIREMENTS = `query ($id: ID!) { nomination(id: $id) { id dossierRequirements {
  slot stageKey stageName filled } } }`;

export interface SlotRequirement {
  slot: string;
  stageKey: string | null;
  stageName: string | null;
  filled: boolean;
}

/** What the nomination's dossier asks for now (its profile's slots, then the reviewing stage's). */
export async function dossierRequirementsOf(gql: Gql, nominationId: string): Promise<SlotRequirement[]> {
  const res = await gql(DOSSIER_REQUIREMENTS, { id: nominationId });
  const requirements = res.data?.nomination?.dossierRequirements;
  if (!requirements) throw new Error(`no dossier requirements for ${nominationId}: ${JSON.stringify(res.errors)}`);
  return requirements;
}

/** The slots of the nominating unit's own dossier, as its profile requires them. */
async function ownSlots(gql: Gql, nominationId: string) {
  return (await dossierRequirementsOf(gql, nominationId)).filter((r) => r.stageKey === null);
}

/** Uploads a PDF into each required slot still empty, as a commune completes its dossier before sending it. */
export async function attachMissingDocuments(gql: Gql, nominationId: string) {
  for (const { slot } of (await ownSlots(gql, nominationId)).filter((r) => !r.filled)) {
    await uploadDocument(gql, nominationId, slot, samplePdf(`${slot} ${nominationId}`), `${slot.toLowerCase()}.pdf`);
  }
}

/**
 * Uploads a small PDF into every slot the nomination's dossier profile requires (for most awards
 * tờ trình, báo cáo thành tích, biên bản họp xét), so it can be submitted. `submitter` is a
 * signed-in client or a bearer token.
 */
export async function attachRequiredDocuments(platform: TestPlatform | null, submitter: Gql | string, nominationId: string) {
  const gql = typeof submitter === 'string' ? graphqlAs(platform!.url, submitter) : submitter;
  const documents = [];
  for (const { slot } of await ownSlots(gql, nominationId)) {
    documents.push(await uploadDocument(gql, nominationId, slot, samplePdf(`${slot} ${nominationId}`), `${slot.toLowerCase()}.pdf`));
  }
  return documents;
}
