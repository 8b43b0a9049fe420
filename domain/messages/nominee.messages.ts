import { ErrorCode } from '../error-codes';
import { dayEn, dayVi } from './format';
import { message, text } from './message';

/** Nominee records: who is proposed, kept across nominations (issue 11). */
export const nomineeMessages = {
  identityNumberInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: '12345' },
    vi: (p) => `Số căn cước công dân "${p.value}" không hợp lệ: gồm đúng 12 chữ số.`,
    en: (p) => `"${p.value}" is not an identity (CCCD) number: exactly 12 digits.`,
  }),
  identityNumberTaken: message({
    code: ErrorCode.IDENTITY_NUMBER_TAKEN,
    example: { name: 'Nguyễn Văn An' },
    vi: (p) => `Số căn cước công dân này đã gắn với đối tượng "${p.name}"; hãy kiểm tra lại họ tên hoặc số căn cước.`,
    en: (p) => `This identity number belongs to the nominee "${p.name}"; check the name or the number.`,
  }),
  dateOfBirthInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: '1990-02-30' },
    vi: (p) => `Ngày sinh "${p.value}" không hợp lệ: hãy nhập một ngày đã qua, dạng năm-tháng-ngày.`,
    en: (p) => `"${p.value}" is not a date of birth: a past day written YYYY-MM-DD.`,
  }),
  kindMismatch: message({
    code: ErrorCode.INVALID_VALUE,
    example: { name: 'Hộ ông Lò Văn Páo' },
    vi: (p) => `Đối tượng "${p.name}" đã chọn thuộc loại khác với loại đối tượng của hồ sơ.`,
    en: (p) => `The chosen nominee "${p.name}" is of another kind than the nomination's.`,
  }),
  notHandled: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Đơn vị của bạn không quản lý đối tượng này nên không xem được thông tin cá nhân của đối tượng.',
    en: () => 'Your units do not handle this nominee, so its personal data is not shown to you.',
  }),
  declaredYearInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { year: 2031, until: 2024 },
    vi: (p) => `Năm ${p.year} của khen thưởng đã khai không hợp lệ: từ năm 1945 đến năm ${p.until}.`,
    en: (p) => `${p.year} is not a year for a declared award: from 1945 to ${p.until}.`,
  }),
  initiativeTextInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { label: 'Tên sáng kiến', max: 500 },
    vi: (p) => `${p.label} không được để trống và dài tối đa ${p.max} ký tự.`,
    en: (p) => `${p.label} must not be empty and has at most ${p.max} characters.`,
  }),
  initiativeDateInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: '2024-13-01' },
    vi: (p) =>
      `Ngày quyết định công nhận sáng kiến "${p.value}" không hợp lệ: hãy nhập một ngày đã qua, dạng năm-tháng-ngày.`,
    en: (p) => `"${p.value}" is not the date of a recognition decision: a past day written YYYY-MM-DD.`,
  }),
  possibleDuplicate: text({
    example: { name: 'Nguyễn Thị Ánh', dateOfBirth: '1985-04-12' as string | null },
    vi: (p) =>
      `Đơn vị đã có đối tượng "${p.name}"${p.dateOfBirth ? ` sinh ngày ${dayVi(p.dateOfBirth)}` : ''}; nếu là cùng một người, hãy chọn đối tượng đó thay vì tạo mới.`,
    en: (p) =>
      `The unit already has a nominee "${p.name}"${p.dateOfBirth ? ` born ${dayEn(p.dateOfBirth)}` : ''}; if it is the same person, choose that record instead of a new one.`,
  }),
};
