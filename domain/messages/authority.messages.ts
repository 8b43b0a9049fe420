import type { AwardLevel } from '../enums';
import { ErrorCode } from '../error-codes';
import { dayEn, dayVi, listEn, listVi } from './format';
import { AWARD_LEVEL_LABELS } from './labels';
import { message } from './message';

/** Refusals of authority by date: who grants what on the day a nomination is made or submitted. */
export const authorityMessages = {
  notGrantable: message({
    code: ErrorCode.AWARD_NOT_GRANTABLE,
    example: {
      award: 'Giấy khen của Chủ tịch UBND cấp huyện',
      unitName: 'Phường Cam Đường',
      day: '2026-12-02',
      grantedBy: [] as AwardLevel[],
    },
    vi: (p) =>
      p.grantedBy.length
        ? `Ngày ${dayVi(p.day)}, "${p.award}" do ${listVi(p.grantedBy.map((l) => AWARD_LEVEL_LABELS[l].vi))} tặng; ${p.unitName} không đề nghị hình thức này được.`
        : `Ngày ${dayVi(p.day)}, không cấp nào còn thẩm quyền tặng "${p.award}".`,
    en: (p) =>
      p.grantedBy.length
        ? `On ${dayEn(p.day)}, "${p.award}" is granted by ${listEn(p.grantedBy.map((l) => AWARD_LEVEL_LABELS[l].en))}, which ${p.unitName} cannot propose to.`
        : `On ${dayEn(p.day)}, nobody grants "${p.award}" any more.`,
  }),
  noPolicyForLevel: message({
    code: ErrorCode.AWARD_LEVEL_MISMATCH,
    example: {
      award: 'Bằng khen của Chủ tịch UBND tỉnh',
      level: 'PROVINCE' as AwardLevel,
      periodName: 'Năm 2026',
      day: '2026-12-02',
    },
    vi: (p) =>
      `Ngày ${dayVi(p.day)}, "${p.award}" do ${AWARD_LEVEL_LABELS[p.level].vi} quyết định, nhưng đợt "${p.periodName}" không có quy trình nào áp dụng ngày đó kết thúc ở cấp này.`,
    en: (p) =>
      `On ${dayEn(p.day)}, "${p.award}" is decided at ${AWARD_LEVEL_LABELS[p.level].en}, but no pipeline of "${p.periodName}" in force that day ends there.`,
  }),
  unitNotInForce: message({
    code: ErrorCode.UNIT_NOT_IN_FORCE,
    example: {
      unitName: 'Phường Xuân Tăng',
      day: '2026-12-02',
      validFrom: '2020-01-01',
      validTo: '2025-06-30' as string | null,
    },
    vi: (p) =>
      p.validTo && p.day > p.validTo
        ? `${p.unitName} chỉ có trong danh mục đơn vị hành chính đến ngày ${dayVi(p.validTo)}; ngày ${dayVi(p.day)} hãy đề nghị từ đơn vị kế thừa.`
        : `${p.unitName} có trong danh mục đơn vị hành chính từ ngày ${dayVi(p.validFrom)}, chưa có vào ngày ${dayVi(p.day)}.`,
    en: (p) =>
      p.validTo && p.day > p.validTo
        ? `${p.unitName} is in the list of units only until ${dayEn(p.validTo)}; on ${dayEn(p.day)} nominate from its successor.`
        : `${p.unitName} is in the list of units from ${dayEn(p.validFrom)}, not yet on ${dayEn(p.day)}.`,
  }),
};
