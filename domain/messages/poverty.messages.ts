import { ErrorCode } from '../error-codes';
import { message, text } from './message';

/** Poverty counts, targets and their report (issue 12, seeds 001, 002, 004). */
export const povertyMessages = {
  countNegative: message({
    code: ErrorCode.INVALID_VALUE,
    example: { label: 'Số hộ nghèo', value: -1 },
    vi: (p) => `${p.label} không được là số âm (đang ghi ${p.value}).`,
    en: (p) => `${p.label} cannot be negative (${p.value} given).`,
  }),
  countNotInteger: message({
    code: ErrorCode.INVALID_VALUE,
    example: { label: 'Tổng số hộ', value: 10.5 },
    vi: (p) => `${p.label} phải là số nguyên (đang ghi ${p.value}).`,
    en: (p) => `${p.label} must be a whole number (${p.value} given).`,
  }),
  poorAboveHouseholds: message({
    code: ErrorCode.POVERTY_COUNTS_INCONSISTENT,
    example: { poor: 60, nearPoor: 50, households: 100 },
    vi: (p) => `Số hộ nghèo (${p.poor}) cộng số hộ cận nghèo (${p.nearPoor}) vượt quá tổng số hộ (${p.households}).`,
    en: (p) => `Poor (${p.poor}) plus near-poor (${p.nearPoor}) households exceed the households (${p.households}).`,
  }),
  ethnicAbovePoor: message({
    code: ErrorCode.POVERTY_COUNTS_INCONSISTENT,
    example: { ethnic: 12, poor: 10 },
    vi: (p) => `Số hộ nghèo dân tộc thiểu số (${p.ethnic}) nhiều hơn số hộ nghèo (${p.poor}).`,
    en: (p) => `Ethnic-minority poor households (${p.ethnic}) exceed the poor households (${p.poor}).`,
  }),
  yearOutOfRange: message({
    code: ErrorCode.INVALID_VALUE,
    example: { year: 1890, min: 2000, max: 2100 },
    vi: (p) => `Năm ${p.year} không hợp lệ: hãy ghi năm từ ${p.min} đến ${p.max}.`,
    en: (p) => `Year ${p.year} is not valid: give a year from ${p.min} to ${p.max}.`,
  }),
  notAdministrative: message({
    code: ErrorCode.INVALID_VALUE,
    example: { unit: 'Hợp tác xã Xuân Tăng' },
    vi: (p) => `"${p.unit}" không phải đơn vị hành chính: số hộ nghèo được ghi cho xã, phường, thị trấn và cấp trên.`,
    en: (p) => `${p.unit} is not an administrative unit: poverty counts are kept for communes and the units above.`,
  }),
  recordRole: message({
    code: ErrorCode.FORBIDDEN,
    example: { unit: 'Phường Xuân Tăng' },
    vi: (p) => `Chỉ cán bộ của ${p.unit} hoặc của cấp trên mới được ghi số hộ nghèo của đơn vị này.`,
    en: (p) => `Only officers of ${p.unit} or of a unit above it may record its poverty counts.`,
  }),
  targetValueMissing: message({
    code: ErrorCode.REQUIRED,
    example: { label: 'Tỷ lệ giảm so với năm gốc (%)' },
    vi: (p) => `Chỉ tiêu loại này cần ghi ${p.label}.`,
    en: (p) => `This kind of target needs ${p.label}.`,
  }),
  targetValueRange: message({
    code: ErrorCode.INVALID_VALUE,
    example: { label: 'Tỷ lệ giảm so với năm gốc (%)', value: 120 },
    vi: (p) => `${p.label} phải từ 0 đến 100 (đang ghi ${p.value}).`,
    en: (p) => `${p.label} must be from 0 to 100 (${p.value} given).`,
  }),
  baseAfterTarget: message({
    code: ErrorCode.INVALID_VALUE,
    example: { baseYear: 2024, targetYear: 2023 },
    vi: (p) => `Năm gốc (${p.baseYear}) phải trước năm phải đạt chỉ tiêu (${p.targetYear}).`,
    en: (p) => `The base year (${p.baseYear}) must come before the target year (${p.targetYear}).`,
  }),
  untilBeforeTarget: message({
    code: ErrorCode.INVALID_VALUE,
    example: { untilYear: 2022, targetYear: 2023 },
    vi: (p) => `Năm cuối áp dụng (${p.untilYear}) không được trước năm phải đạt chỉ tiêu (${p.targetYear}).`,
    en: (p) => `The last year (${p.untilYear}) cannot come before the target year (${p.targetYear}).`,
  }),
  planTextRequired: message({
    code: ErrorCode.REQUIRED,
    example: {},
    vi: () => 'Hãy trích nguyên văn chỉ tiêu trong kế hoạch.',
    en: () => 'Quote the target as the plan words it.',
  }),
  // Importing counts from a file.
  missingColumns: message({
    code: ErrorCode.REQUIRED,
    example: { columns: ['Số hộ nghèo'] },
    vi: (p) =>
      `Tệp thiếu cột ${p.columns.map((c) => `"${c}"`).join(', ')}. Dòng tiêu đề cần có: Mã đơn vị, Năm, Tổng số hộ, ` +
      'Số hộ nghèo, Số hộ cận nghèo (và Số hộ nghèo dân tộc thiểu số nếu có).',
    en: (p) => `The file lacks the column(s) ${p.columns.join(', ')}.`,
  }),
  cellNotNumber: message({
    code: ErrorCode.INVALID_VALUE,
    example: { column: 'Số hộ nghèo', value: 'mười' },
    vi: (p) => `Cột "${p.column}": "${p.value}" không phải một số.`,
    en: (p) => `Column ${p.column}: "${p.value}" is not a number.`,
  }),
  unitUnknown: message({
    code: ErrorCode.NOT_FOUND,
    example: { code: '99999' },
    vi: (p) => `Không có đơn vị hành chính mã "${p.code}" trong danh mục.`,
    en: (p) => `No administrative unit has code ${p.code}.`,
  }),
  unitOutside: message({
    code: ErrorCode.ROLE_ABOVE_OWN,
    example: { code: '16663', name: 'Phường Đông Vĩnh', unit: 'Tỉnh Lào Cai' },
    vi: (p) => `Đơn vị "${p.code}" (${p.name}) không thuộc ${p.unit}.`,
    en: (p) => `Unit ${p.code} (${p.name}) is not within ${p.unit}.`,
  }),
  duplicateRow: message({
    code: ErrorCode.DUPLICATE,
    example: { code: '02656', year: 2023, row: 3 },
    vi: (p) => `Đơn vị "${p.code}" năm ${p.year} đã có ở dòng ${p.row} của tệp.`,
    en: (p) => `Unit ${p.code}, year ${p.year} is already on row ${p.row} of the file.`,
  }),
  // The report.
  reportTitle: text({
    example: { unit: 'Thành phố Hà Nội', year: 2023 },
    vi: (p) => `Kết quả thực hiện chỉ tiêu giảm nghèo năm ${p.year} – ${p.unit}`,
    en: (p) => `Poverty targets in ${p.year} – ${p.unit}`,
  }),
};
