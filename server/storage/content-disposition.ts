/**
 * `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / RFC 8187), so
 * "Tờ trình.pdf" keeps its diacritics where the browser can and stays readable where it cannot.
 * Here rather than in the API layer because the S3 driver signs it into presigned download URLs.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const fallback = ascii.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
