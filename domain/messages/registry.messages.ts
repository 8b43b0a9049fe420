import type { NominationStatus } from '../enums';
import { ErrorCode } from '../error-codes';
import { dayEn, dayVi } from './format';
import { STATUS_LABELS } from './labels';
import { message } from './message';

/** The award registry, and one achievement one award (Decree 98/2023 art. 4). */
export const registryMessages = {
  alreadyProposed: message({
    code: ErrorCode.NOMINEE_ALREADY_PROPOSED,
    example: {
      name: 'Nguyễn Thị Ánh',
      award: 'Giấy khen của Chủ tịch UBND cấp xã',
      status: 'IN_REVIEW' as NominationStatus,
      unitName: 'Phường Xuân Tăng',
      nominationId: '7f0c…',
    },
    vi: (p) =>
      `"${p.name}" đang có hồ sơ đề nghị "${p.award}" của ${p.unitName} (${STATUS_LABELS[p.status].vi}) trong cùng đợt và phong trào; mỗi thành tích chỉ đề nghị một hình thức khen thưởng (mã hồ sơ ${p.nominationId}).`,
    en: (p) =>
      `"${p.name}" is already proposed for "${p.award}" by ${p.unitName} (${STATUS_LABELS[p.status].en}) in the same period and movement; one achievement earns one award (nomination ${p.nominationId}).`,
  }),
  alreadyReceived: message({
    code: ErrorCode.AWARD_ALREADY_RECEIVED,
    example: {
      name: 'Nguyễn Thị Ánh',
      award: 'Danh hiệu Lao động tiên tiến',
      year: 2024,
      number: '07/QĐ-UBND',
      date: '2025-01-10',
    },
    vi: (p) =>
      `"${p.name}" đã được tặng "${p.award}" cho thành tích năm ${p.year} theo Quyết định số ${p.number} ngày ${dayVi(p.date)}; mỗi thành tích chỉ được khen thưởng một lần.`,
    en: (p) =>
      `"${p.name}" already received "${p.award}" for ${p.year} by decision ${p.number} of ${dayEn(p.date)}; one achievement earns one award.`,
  }),
};
