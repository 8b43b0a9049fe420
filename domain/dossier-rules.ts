import { DocumentSlot } from './enums';
import { DomainError, ErrorCode } from './error-codes';

/** Slots a dossier must fill before submission; evidence is optional. */
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

const SLOT_VI: Record<DocumentSlot, string> = {
  SUBMISSION_LETTER: 'tờ trình',
  ACHIEVEMENT_REPORT: 'báo cáo thành tích',
  REVIEW_MINUTES: 'biên bản họp xét',
  EVIDENCE: 'minh chứng',
};

export function missingSlots(filled: readonly DocumentSlot[]): DocumentSlot[] {
  return REQUIRED_SLOTS.filter((slot) => !filled.includes(slot));
}

export function assertDossierComplete(filled: readonly DocumentSlot[]): void {
  const missing = missingSlots(filled);
  if (!missing.length) return;
  throw DomainError.of(ErrorCode.DOSSIER_INCOMPLETE, 'documents', {
    en: `The dossier lacks: ${missing.join(', ')}.`,
    vi: `Hồ sơ còn thiếu: ${missing.map((slot) => SLOT_VI[slot]).join(', ')}.`,
  });
}

/** Checks a declared file before an upload link is handed out. */
export function assertAcceptableFile(fileName: string, contentType: string, size: number): void {
  const extensions = ALLOWED_CONTENT_TYPES[contentType];
  const lower = fileName.toLowerCase();
  if (!extensions || !extensions.some((ext) => lower.endsWith(ext))) {
    throw DomainError.of(ErrorCode.FILE_TYPE_NOT_ALLOWED, 'contentType', {
      en: `${fileName} (${contentType}) is not accepted; send PDF, JPEG, PNG, Word or Excel files.`,
      vi: `Tệp ${fileName} (${contentType}) không được chấp nhận; hãy gửi PDF, JPEG, PNG, Word hoặc Excel.`,
    });
  }
  if (!Number.isInteger(size) || size < 1 || size > MAX_DOCUMENT_BYTES) {
    throw DomainError.of(ErrorCode.FILE_TOO_LARGE, 'size', {
      en: `A document is 1 byte to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB; ${fileName} is ${size} bytes.`,
      vi: `Tài liệu tối đa ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB; tệp ${fileName} có ${size} byte.`,
    });
  }
}
