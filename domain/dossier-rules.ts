import { DocumentSlot } from './enums';
import { dossierMessages as M, refusal } from './messages';

/** The default profile's slots (domain/dossier-profiles.ts has the rest); evidence is optional. */
export const REQUIRED_SLOTS: readonly DocumentSlot[] = [
  DocumentSlot.SUBMISSION_LETTER,
  DocumentSlot.ACHIEVEMENT_REPORT,
  DocumentSlot.REVIEW_MINUTES,
];

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Scans, office documents and images, the formats departments exchange. */
export const ALLOWED_CONTENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/msword': ['.doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

export function missingSlots(
  filled: readonly DocumentSlot[],
  required: readonly DocumentSlot[] = REQUIRED_SLOTS,
): DocumentSlot[] {
  return required.filter((slot) => !filled.includes(slot));
}

export function assertDossierComplete(
  filled: readonly DocumentSlot[],
  required: readonly DocumentSlot[] = REQUIRED_SLOTS,
): void {
  const missing = missingSlots(filled, required);
  if (!missing.length) return;
  throw refusal(M.incomplete, { missing }, 'documents');
}

/** Checks a declared file before an upload link is handed out. */
export function assertAcceptableFile(fileName: string, contentType: string, size: number): void {
  const extensions = ALLOWED_CONTENT_TYPES[contentType];
  const lower = fileName.toLowerCase();
  if (!extensions || !extensions.some((ext) => lower.endsWith(ext))) {
    throw refusal(M.fileTypeNotAllowed, { fileName, contentType }, 'contentType');
  }
  if (!Number.isInteger(size) || size < 1 || size > MAX_DOCUMENT_BYTES) {
    throw refusal(M.fileTooLarge, { fileName, size, maxMiB: MAX_DOCUMENT_BYTES / 1024 / 1024 }, 'size');
  }
}
