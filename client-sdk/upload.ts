import type { DocumentSlot, RequestDocumentUploadMutation } from './generated/graphql';

export interface UploadDocumentInput {
  nominationId: string;
  slot: DocumentSlot;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

type UploadPayload = RequestDocumentUploadMutation['requestDocumentUpload'];

export interface UploadDocumentResult {
  /** The refusals of requestDocumentUpload (wrong type, too large, frozen…); empty when stored. */
  userErrors: UploadPayload['userErrors'];
  document: UploadPayload['document'];
  /** The stored bytes' SHA-256, as the server computed it. */
  sha256: string | null;
}

/** Thrown when the signed upload URL refuses the bytes (expired, too many bytes, wrong content). */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/**
 * The portal's two steps in one call: ask for a signed upload URL, then PUT the bytes to it. The
 * URL needs no bearer token, so a browser or a scanning station can do the second step itself.
 */
export async function uploadDocument(
  requestUpload: (input: Omit<UploadDocumentInput, 'bytes'> & { size: number }) => Promise<UploadPayload>,
  input: UploadDocumentInput,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<UploadDocumentResult> {
  const { bytes, ...declared } = input;
  const payload = await requestUpload({ ...declared, size: bytes.length });
  if (payload.userErrors.length || !payload.uploadUrl) {
    return { userErrors: payload.userErrors, document: payload.document, sha256: null };
  }
  const response = await fetchImpl(payload.uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': input.contentType },
    // The DOM's BodyInit refuses a view that might be over a SharedArrayBuffer; a portal's bytes never are.
    body: bytes as Uint8Array<ArrayBuffer>,
    signal,
  });
  const body = (await response.json().catch(() => ({}))) as { sha256?: string; code?: string; message?: string };
  if (response.status !== 201) {
    throw new UploadError(response.status, body.code ?? `HTTP_${response.status}`, body.message ?? response.statusText);
  }
  return { userErrors: [], document: payload.document, sha256: body.sha256 ?? null };
}
