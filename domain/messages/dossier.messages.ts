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
  levelDocumentsMissing: message({
    code: ErrorCode.LEVEL_DOCUMENTS_MISSING,
    example: {
      stageVi: 'Huyện xét duyệt',
      stageEn: 'District review',
      unitName: 'Thành phố Lào Cai',
      missing: ['REVIEW_MINUTES'] as DocumentSlot[],
    },
    vi: (p) =>
      `Chưa thể chuyển hồ sơ lên cấp trên: bước "${p.stageVi}" (${p.unitName}) chưa có ${listVi(p.missing.map((slot) => DOCUMENT_SLOT_LABELS[slot].vi))} của cấp mình.`,
    en: (p) =>
      `${p.stageEn} (${p.unitName}) forwards only with its own documents: its ${listEn(p.missing.map((slot) => DOCUMENT_SLOT_LABELS[slot].en))} ${p.missing.length > 1 ? 'are' : 'is'} missing.`,
  }),
  levelSlotOnly: message({
    code: ErrorCode.INVALID_VALUE,
    example: { slot: 'ACHIEVEMENT_REPORT' as DocumentSlot },
    vi: (p) =>
      `Cấp xét duyệt chỉ bổ sung tờ trình và biên bản họp xét của cấp mình, không tải lên ${DOCUMENT_SLOT_LABELS[p.slot].vi}.`,
    en: (p) =>
      `A reviewing level attaches only its submission letter and minutes, not the ${DOCUMENT_SLOT_LABELS[p.slot].en}.`,
  }),
  notAtStage: message({
    code: ErrorCode.INVALID_STATE,
    example: { stageVi: 'Huyện xét duyệt', stageEn: 'District review' },
    vi: (p) =>
      `Hồ sơ không còn ở bước "${p.stageVi}"; tài liệu của một cấp chỉ được bổ sung khi cấp đó đang xét hồ sơ.`,
    en: (p) => `The nomination is not at ${p.stageEn} now; a level attaches its documents only while it reviews it.`,
  }),
  profileProvinceOnly: message({
    code: ErrorCode.INVALID_VALUE,
    example: { unitName: 'Thành phố Lào Cai' },
    vi: (p) => `Thành phần hồ sơ do cấp tỉnh quy định; ${p.unitName} không phải là một tỉnh, thành phố.`,
    en: (p) => `Dossier profiles belong to a province; ${p.unitName} is not one.`,
  }),
  profileSlotsEmpty: message({
    code: ErrorCode.INVALID_VALUE,
    example: {},
    vi: () => 'Hãy chọn ít nhất một thành phần hồ sơ bắt buộc, hoặc để trống để dùng thành phần mặc định.',
    en: () => 'Name at least one required document, or leave them out to keep the built-in ones.',
  }),
  profileAwardUnknown: message({
    code: ErrorCode.INVALID_VALUE,
    example: { awardCode: 'BANG_KHEN_XA' },
    vi: () => 'Không có hình thức khen thưởng nào mang mã đã nhập.',
    en: (p) => `No award has the code ${p.awardCode}.`,
  }),
  profileNotFound: message({
    code: ErrorCode.NOT_FOUND,
    example: {},
    vi: () => 'Không tìm thấy thành phần hồ sơ đã quy định này.',
    en: () => 'There is no such dossier profile.',
  }),
  uploadLinkInvalid: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Đường dẫn tải lên không hợp lệ.',
    en: () => 'This is not a valid upload link.',
  }),
};
