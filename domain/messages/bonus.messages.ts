import type { NomineeKind } from '../enums';
import { ErrorCode } from '../error-codes';
import { NOMINEE_KIND_LABELS } from './labels';
import { message } from './message';

/** The bonus table (hệ số tiền thưởng, mức lương cơ sở) and what a decision pays. */
export const bonusMessages = {
  nationalAdminRequired: message({
    code: ErrorCode.NATIONAL_ADMIN_REQUIRED,
    example: {},
    vi: () =>
      'Hệ số tiền thưởng và mức lương cơ sở áp dụng cho cả nước nên chỉ quản trị viên cấp quốc gia mới được thay đổi.',
    en: () => 'Bonus coefficients and the base salary apply nationwide: only a national administrator changes them.',
  }),
  legalPeriodInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: 'LAW_1990' },
    vi: () =>
      'Giai đoạn pháp lý đã chọn không có: hãy chọn giai đoạn theo Nghị định số 91/2017/NĐ-CP, 98/2023/NĐ-CP hoặc 152/2025/NĐ-CP.',
    en: (p) =>
      `"${p.value}" is not a legal period: use LAW_2003 (Decree 91/2017), LAW_2022_THREE_TIER (Decree 98/2023) or LAW_2022_TWO_TIER (Decree 152/2025).`,
  }),
  awardUnknown: message({
    code: ErrorCode.NOT_FOUND,
    example: { code: 'BANG_KHEN_X' },
    vi: () => 'Không tìm thấy hình thức khen thưởng này trong danh mục.',
    en: (p) => `No award "${p.code}" in the catalogue.`,
  }),
  nomineeKindNotForAward: message({
    code: ErrorCode.NOMINEE_KIND_NOT_ALLOWED,
    example: { awardName: 'Danh hiệu Lao động tiên tiến', kind: 'HOUSEHOLD' as NomineeKind },
    vi: (p) =>
      `"${p.awardName}" không xét tặng cho ${NOMINEE_KIND_LABELS[p.kind].vi} nên không có hệ số tiền thưởng cho đối tượng này.`,
    en: (p) =>
      `"${p.awardName}" is not given to a ${NOMINEE_KIND_LABELS[p.kind].en}, so it has no bonus coefficient for one.`,
  }),
  coefficientInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: 1.234, max: 100 },
    vi: (p) =>
      `Hệ số tiền thưởng phải từ 0 đến ${p.max} lần mức lương cơ sở, tối đa hai chữ số thập phân; giá trị đã nhập: ${p.value}.`,
    en: (p) =>
      `A bonus coefficient is from 0 to ${p.max} times the base salary with at most two decimals, got ${p.value}.`,
  }),
  amountInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: -5 },
    vi: (p) => `Mức lương cơ sở phải là số đồng nguyên dương; giá trị đã nhập: ${p.value}.`,
    en: (p) => `The base salary is a positive whole number of đồng, got ${p.value}.`,
  }),
  dayInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: '2025-02-30' },
    vi: (p) => `Ngày phải là một ngày có thật, dạng năm-tháng-ngày; giá trị đã nhập: "${p.value}".`,
    en: (p) => `The date must be a real day written YYYY-MM-DD, got "${p.value}".`,
  }),
  legalBasisInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { max: 500 },
    vi: (p) =>
      `Căn cứ pháp lý (số nghị định quy định mức lương cơ sở) không được để trống và dài tối đa ${p.max} ký tự.`,
    en: (p) =>
      `The legal basis (the decree setting the base salary) must not be empty and has at most ${p.max} characters.`,
  }),
};
