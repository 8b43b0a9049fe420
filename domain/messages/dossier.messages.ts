import type { DocumentSlot } from '../enums';
import { ErrorCode } from '../error-codes';
import { listEn, listVi } from './format';
import { DOCUMENT_SLOT_LABELS } from './labels';
import { message } from './message';

/** How officers name a file format; the content type itself is a technical identifier. */
const FORMAT_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
};

/** "30,5" MB, with the Vietnamese decimal comma. */
const megabytesVi = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

export const dossierMessages = {
  incomplete: message({
    code: ErrorCode.DOSSIER_INCOMPLETE,
    example: { missing: ['SUBMISSION_LETTER', 'REVIEW_MINUTES'] as DocumentSlot[] },
    vi: (p) => `Hồ sơ còn thiếu ${listVi(p.missing.map((slot) => DOCUMENT_SLOT_LABELS[slot].vi))}.`,
    en: (p) => `The dossier lacks the ${listEn(p.missing.map((slot) => DOCUMENT_SLOT_LABELS[slot].en))}.`,
  }),
  fileTypeNotAllowed: message({
    code: ErrorCode.FILE_TYPE_NOT_ALLOWED,
    example: { fileName: 'bao-cao-thanh-tich.zip', contentType: 'application/zip' },
    vi: (p) => `Tệp "${p.fileName}" không thuộc loại được chấp nhận; hãy gửi tệp PDF, JPEG, PNG, Word hoặc Excel.`,
    en: (p) => `${p.fileName} (${p.contentType}) is not accepted; send PDF, JPEG, PNG, Word or Excel files.`,
  }),
  fileTooLarge: message({
    code: ErrorCode.FILE_TOO_LARGE,
    example: { fileName: 'bien-ban-hop-xet.pdf', size: 31_457_280, maxMiB: 20 },
    vi: (p) =>
      Number.isInteger(p.size) && p.size >= 1
        ? `Tệp "${p.fileName}" (${megabytesVi(p.size)} MB) vượt quá dung lượng tối đa ${p.maxMiB} MB của một tài liệu.`
        : `Dung lượng khai báo của tệp "${p.fileName}" không hợp lệ; mỗi tài liệu từ 1 byte đến ${p.maxMiB} MB.`,
    en: (p) => `A document is 1 byte to ${p.maxMiB} MiB; ${p.fileName} is ${p.size} bytes.`,
  }),
  contentMismatch: message({
    code: ErrorCode.FILE_TYPE_NOT_ALLOWED,
    example: { contentType: 'application/pdf' },
    vi: (p) =>
      `Nội dung tệp gửi lên không đúng định dạng ${FORMAT_NAMES[p.contentType] ?? ''} đã khai báo.`.replace('  ', ' '),
    en: (p) => `The bytes sent are not a ${p.contentType} file.`,
  }),
  uploadExpired: message({
    code: ErrorCode.UPLOAD_EXPIRED,
    example: {},
    vi: () => 'Đường dẫn tải lên đã hết hạn; hãy yêu cầu đường dẫn mới.',
    en: () => 'The upload link has expired; request a new one.',
  }),
  uploadLinkInvalid: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Đường dẫn tải lên không hợp lệ.',
    en: () => 'This is not a valid upload link.',
  }),
};
