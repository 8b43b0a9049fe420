import { ErrorCode } from '../error-codes';
import { dayEn, dayVi } from './format';
import { message } from './message';

/** The decision register (sổ quyết định) of an issuing unit, and its certificates' register. */
export const registerMessages = {
  numberTaken: message({
    code: ErrorCode.DECISION_NUMBER_TAKEN,
    example: { number: '07/QĐ-UBND', year: 2026, date: '2026-01-12', subject: 'Về việc khen thưởng' },
    vi: (p) =>
      `Số ${p.number} đã có trong sổ quyết định năm ${p.year} của đơn vị (quyết định ngày ${dayVi(p.date)}: ${p.subject}); hãy dùng số khác.`,
    en: (p) =>
      `Number ${p.number} is already in the unit's ${p.year} decision register (decision of ${dayEn(p.date)}: ${p.subject}); use another.`,
  }),
  numberZero: message({
    code: ErrorCode.INVALID_VALUE,
    example: { text: '0/QĐ-UBND' },
    vi: (p) => `Số quyết định "${p.text}" không hợp lệ: số thứ tự trong sổ bắt đầu từ 01.`,
    en: (p) => `"${p.text}" is not a decision number: places in the register start at 01.`,
  }),
  numberRequired: message({
    code: ErrorCode.REQUIRED,
    example: {},
    vi: () => 'Sổ quyết định của đơn vị do văn thư giữ: hãy nhập số quyết định văn thư đã cấp, ví dụ 07/QĐ-UBND.',
    en: () => "The unit's văn thư keeps its decision register: give the number the register assigned, e.g. 07/QĐ-UBND.",
  }),
  registerFull: message({
    code: ErrorCode.INVALID_STATE,
    example: { year: 2026 },
    vi: (p) => `Sổ quyết định năm ${p.year} của đơn vị đã hết số.`,
    en: (p) => `The unit's ${p.year} decision register has no number left.`,
  }),
  symbolInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { text: 'ub nd!' },
    vi: (p) =>
      `Ký hiệu "${p.text}" không hợp lệ: chỉ gồm chữ in hoa, chữ Đ và chữ số, các nhóm nối bằng dấu gạch ngang, tối đa 20 ký tự (ví dụ UBND).`,
    en: (p) =>
      `"${p.text}" is not a symbol: capitals, Đ and digits, groups joined by hyphens, at most 20 characters (e.g. UBND, SNV).`,
  }),
  subjectInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { max: 500 },
    vi: (p) => `Trích yếu nội dung quyết định không được để trống và dài tối đa ${p.max} ký tự.`,
    en: (p) => `The decision's subject must not be empty and has at most ${p.max} characters.`,
  }),
  yearInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { year: 1899 },
    vi: (p) => `Năm ${p.year} không hợp lệ: sổ quyết định ghi theo năm, từ 2000 đến năm sau của năm nay.`,
    en: (p) => `${p.year} is not a register year: from 2000 to next year.`,
  }),
  dateInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: '2026-02-30' },
    vi: (p) => `Ngày quyết định phải là ngày đã qua hoặc hôm nay, dạng năm-tháng-ngày; giá trị đã nhập: "${p.value}".`,
    en: (p) => `The decision date must be a past or present day written YYYY-MM-DD, got "${p.value}".`,
  }),
  unitAdminRequired: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Chỉ quản trị viên của chính đơn vị mới được chọn cách giữ sổ quyết định của đơn vị.',
    en: () => "Only an administrator of the unit itself chooses who keeps the unit's decision register.",
  }),
  registerKeeperRequired: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Chỉ quản trị viên hoặc lãnh đạo phê duyệt của chính đơn vị mới được ghi vào sổ quyết định của đơn vị.',
    en: () => "Only an administrator or approver of the unit itself records into the unit's decision register.",
  }),
  registerHidden: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Bạn không có vai trò tại đơn vị này nên không xem được sổ quyết định của đơn vị.',
    en: () => 'You hold no role in this unit, so you cannot read its decision register.',
  }),
};
