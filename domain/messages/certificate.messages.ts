import { CERTIFICATE_FIELD_LABELS, type CertificateField } from '../certificate-layout';
import { ErrorCode } from '../error-codes';
import { message } from './message';

const vi = (field: string) => CERTIFICATE_FIELD_LABELS[field as CertificateField]?.vi ?? field;
const en = (field: string) => CERTIFICATE_FIELD_LABELS[field as CertificateField]?.en ?? field;

/** Certificate forms (mẫu Bằng khen, Giấy khen) and printing certificates. */
export const certificateMessages = {
  outsidePage: message({
    code: ErrorCode.CERTIFICATE_LAYOUT_INVALID,
    example: { field: 'recipientName', width: 297, height: 210 },
    vi: (p) => `Ô "${vi(p.field)}" nằm ngoài trang giấy (${p.width} × ${p.height} mm); hãy sửa vị trí hoặc độ rộng.`,
    en: (p) =>
      `The ${en(p.field)} field lies outside the ${p.width} × ${p.height} mm sheet; fix its position or width.`,
  }),
  fontSize: message({
    code: ErrorCode.CERTIFICATE_LAYOUT_INVALID,
    example: { field: 'achievement', value: 2, min: 6, max: 72 },
    vi: (p) => `Cỡ chữ của ô "${vi(p.field)}" là ${p.value}, phải từ ${p.min} đến ${p.max}.`,
    en: (p) => `The ${en(p.field)} field's font size is ${p.value}; it must be from ${p.min} to ${p.max} points.`,
  }),
  tooNarrow: message({
    code: ErrorCode.CERTIFICATE_LAYOUT_INVALID,
    example: { field: 'signerName', value: 4, min: 10 },
    vi: (p) => `Ô "${vi(p.field)}" chỉ rộng ${p.value} mm, phải rộng ít nhất ${p.min} mm.`,
    en: (p) => `The ${en(p.field)} field is ${p.value} mm wide; it must be at least ${p.min} mm.`,
  }),
  nameTooLong: message({
    code: ErrorCode.TEXT_TOO_LONG,
    example: { max: 200 },
    vi: (p) => `Tên mẫu phôi dài tối đa ${p.max} ký tự.`,
    en: (p) => `The form's name has at most ${p.max} characters.`,
  }),
  unitAdminRequired: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Chỉ quản trị viên của đơn vị mới cấu hình mẫu Bằng khen, Giấy khen của đơn vị.',
    en: () => 'Only an administrator of the unit configures its certificate forms.',
  }),
  notAwarded: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Đối tượng này chưa được khen thưởng theo quyết định nên chưa in được Bằng khen, Giấy khen.',
    en: () => 'This entry was not awarded by the decision: there is no certificate to print.',
  }),
  roundNotIssued: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Quyết định khen thưởng chưa được ký nên chưa in được Bằng khen, Giấy khen.',
    en: () => 'The decision is not signed yet: there are no certificates to print.',
  }),
};
