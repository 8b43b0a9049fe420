import { ErrorCode } from '../error-codes';
import { message } from './message';

/** Refusals of the yearly emulation-and-commendation report (TT 02/2023/TT-BNV forms). */
export const yearlyReportMessages = {
  yearOutOfRange: message({
    code: ErrorCode.INVALID_VALUE,
    example: { year: 1990, min: 2000, max: 2100 },
    vi: (p) => `Năm báo cáo phải trong khoảng ${p.min}–${p.max}; năm đã nhập: ${p.year}.`,
    en: (p) => `The report year must be within ${p.min}–${p.max}, got ${p.year}.`,
  }),
};
