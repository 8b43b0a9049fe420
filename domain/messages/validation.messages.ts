import { ErrorCode } from '../error-codes';
import { fieldLabel } from './field-labels';
import { capitalise, dayEn, dayVi } from './format';
import { message } from './message';

/** Refusals of a single input value; `field` is the input field's name, shown by its label. */
export const validationMessages = {
  textRequired: message({
    code: ErrorCode.REQUIRED,
    example: { field: 'nomineeName' },
    vi: (p) => `${fieldLabel(p.field).vi} không được để trống.`,
    en: (p) => `${capitalise(fieldLabel(p.field).en)} must not be empty.`,
  }),
  textTooLong: message({
    code: ErrorCode.TEXT_TOO_LONG,
    example: { field: 'achievements', length: 10_001, max: 10_000 },
    vi: (p) => `${fieldLabel(p.field).vi} dài ${p.length} ký tự; chỉ được tối đa ${p.max} ký tự.`,
    en: (p) => `${capitalise(fieldLabel(p.field).en)} has ${p.length} characters; at most ${p.max} are allowed.`,
  }),
  decisionNumberInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { text: '123 QĐ UBND' },
    vi: (p) => `Số quyết định "${p.text}" không đúng định dạng; ví dụ đúng: 123/QĐ-UBND.`,
    en: (p) => `"${p.text}" is not a decision number of the form 123/QĐ-UBND.`,
  }),
  dayInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { field: 'startsOn', value: '2025-02-30' },
    vi: (p) =>
      `${fieldLabel(p.field).vi} phải là một ngày có thật, ghi theo dạng năm-tháng-ngày (ví dụ 2025-07-01); giá trị đã nhập: "${p.value}".`,
    en: (p) => `${capitalise(fieldLabel(p.field).en)} must be a day written YYYY-MM-DD, got "${p.value}".`,
  }),
  dateRangeInvalid: message({
    code: ErrorCode.INVALID_DATE_RANGE,
    example: { field: 'endsOn', from: '2025-12-31', to: '2025-01-01' },
    vi: (p) => `${fieldLabel(p.field).vi}: ngày bắt đầu ${dayVi(p.from)} sau ngày kết thúc ${dayVi(p.to)}.`,
    en: (p) => `${capitalise(fieldLabel(p.field).en)}: ${dayEn(p.from)} is after ${dayEn(p.to)}.`,
  }),
  memberCountInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: {},
    vi: () => 'Số thành viên phải từ 1 trở lên.',
    en: () => 'The member count must be 1 or more.',
  }),
  femaleMemberCountInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { members: 10 as number | null },
    vi: (p) => `Số thành viên nữ phải từ 0 đến tổng số thành viên (${p.members ?? 'chưa khai báo'}).`,
    en: (p) => `The number of women must be from 0 to the member count (${p.members ?? 'not given'}).`,
  }),
  quotaNegative: message({
    code: ErrorCode.QUOTA_NEGATIVE,
    example: { value: -1 },
    vi: (p) => `Chỉ tiêu phải là số nguyên không âm; giá trị đã nhập: ${p.value}.`,
    en: (p) => `A quota is a whole number of 0 or more, got ${p.value}.`,
  }),
};
