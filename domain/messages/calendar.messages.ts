import { ErrorCode } from '../error-codes';
import { fieldLabel } from './field-labels';
import { dayEn, dayVi } from './format';
import { message } from './message';

/** "Ngày nghỉ bổ sung thứ 2": a day of an override's list, counted from 1. */
const item = (p: { list: string; index: number }) => `${fieldLabel(p.list).vi} thứ ${p.index + 1}`;

/** Refusals of an administrator's working-calendar overrides (domain/calendar/year-override.ts). */
export const calendarMessages = {
  yearOutOfRange: message({
    code: ErrorCode.INVALID_VALUE,
    example: { year: 1890, min: 1900, max: 2100 },
    vi: (p) => `Lịch làm việc áp dụng cho các năm ${p.min}–${p.max}; năm đã nhập: ${p.year}.`,
    en: (p) => `The calendar covers ${p.min}–${p.max}, got year ${p.year}.`,
  }),
  dayInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { at: 'override.extraDaysOff[1]', list: 'extraDaysOff', index: 1, day: '2025-13-01' },
    vi: (p) =>
      `${item(p)} phải là một ngày có thật, ghi theo dạng năm-tháng-ngày (ví dụ 2025-09-02); giá trị đã nhập: "${p.day}".`,
    en: (p) => `${p.at} must be a day written YYYY-MM-DD, got "${p.day}".`,
  }),
  dayOutsideYear: message({
    code: ErrorCode.INVALID_VALUE,
    example: { at: 'override.workingDays[0]', list: 'workingDays', index: 0, day: '2024-12-28', year: 2025 },
    vi: (p) => `${item(p)} (${dayVi(p.day)}) không thuộc năm ${p.year} của cấu hình này.`,
    en: (p) => `${p.at} (${dayEn(p.day)}) is not in ${p.year}, the year this override is for.`,
  }),
  tetDaysOffEmpty: message({
    code: ErrorCode.INVALID_VALUE,
    example: {},
    vi: () => 'Danh sách ngày nghỉ Tết đang trống; muốn dùng quy tắc mặc định thì bỏ hẳn mục này.',
    en: () => 'tetDaysOff lists the Tết break; leave it out to use the default rule.',
  }),
  dayBothOffAndWorking: message({
    code: ErrorCode.INVALID_VALUE,
    example: { day: '2025-05-03' },
    vi: (p) => `Ngày ${dayVi(p.day)} vừa là ngày nghỉ vừa là ngày làm việc.`,
    en: (p) => `${dayEn(p.day)} is listed both as a day off and as a working day.`,
  }),
};
