/** A produced document (decision, certificates, export, report) as downloaded. */
export interface DownloadedFile {
  bytes: Uint8Array;
  contentType: string;
  /** The file name the server proposes (Content-Disposition), e.g. "QD-01-QD-UBND.pdf". */
  fileName: string | null;
  /** The SHA-256 the server recorded (hex), to compare with the GeneratedFile's sha256. */
  sha256: string | null;
}

/** Thrown when the server refuses the download: 403 for a unit the file is not for, 404, 409 not ready. */
export class DownloadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageVi: string | null = null,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

function fileNameOf(disposition: string | null): string | null {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? null;
}

function sha256Of(digest: string | null): string | null {
  const base64 = digest?.match(/sha-256=:([^:]+):/i)?.[1];
  if (!base64) return null;
  // atob rather than Buffer: the SDK runs in browsers too.
  return [...atob(base64)].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/** GET of a GeneratedFile's downloadPath (relative to the API's origin) with the bearer token. */
export async function downloadFile(
  apiUrl: string,
  path: string,
  token: string | undefined,
  fetchImpl: typeof fetch,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  const response = await fetchImpl(new URL(path, apiUrl), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      code?: string;
      message?: string;
      messageVi?: string;
    } | null;
    const message = body?.message ?? `HTTP ${response.status}`;
    throw new DownloadError(response.status, body?.code ?? `HTTP_${response.status}`, message, body?.messageVi);
  }
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    fileName: fileNameOf(response.headers.get('content-disposition')),
    sha256: sha256Of(response.headers.get('repr-digest')),
  };
}
