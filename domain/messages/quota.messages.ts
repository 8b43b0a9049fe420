import type { AdminLevel, AwardLevel } from '../enums';
import { ErrorCode } from '../error-codes';
import { AWARD_LEVEL_LABELS, LEVEL_LABELS } from './labels';
import { message, text } from './message';

/** Refusals of a quota's scope (setQuota) and the round's quota cut, in both languages. */
export const quotaMessages = {
  scopeMissing: message({
    code: ErrorCode.QUOTA_SCOPE_INVALID,
    example: {},
    vi: () =>
      'Chỉ tiêu phải thuộc về một đơn vị quyết định khen thưởng (hoặc mỗi đơn vị của một cấp), hoặc là giới hạn số hồ sơ một đơn vị (hoặc mỗi đơn vị của một cấp) trình lên; hãy chọn một.',
    en: () =>
      'A quota belongs to a deciding unit (decidingUnitId or decidingLevel) or caps what a unit forwards (unitId or unitLevel): give one of them.',
  }),
  scopeTwice: message({
    code: ErrorCode.QUOTA_SCOPE_INVALID,
    example: { given: 'decidingUnitId, unitLevel' },
    vi: () =>
      'Mỗi chỉ tiêu chỉ thuộc về một phạm vi: chọn một đơn vị quyết định, một cấp quyết định, một đơn vị trình hoặc một cấp trình.',
    en: (p) => `A quota has exactly one scope; got ${p.given}.`,
  }),
  awardRequired: message({
    code: ErrorCode.QUOTA_SCOPE_INVALID,
    example: {},
    vi: () => 'Chỉ tiêu khen thưởng của một đơn vị quyết định phải nêu hình thức khen thưởng.',
    en: () => 'A decision quota names the award form it bounds (awardCode).',
  }),
  awardNotOffered: message({
    code: ErrorCode.INVALID_VALUE,
    example: { awardCode: 'BANG_KHEN_THU_TUONG', campaign: 'Vì người nghèo' },
    vi: (p) => `Phong trào "${p.campaign}" không xét hình thức khen thưởng đã chọn.`,
    en: (p) => `"${p.awardCode}" is not an award of the campaign "${p.campaign}".`,
  }),
  levelCannotDecide: message({
    code: ErrorCode.AWARD_LEVEL_MISMATCH,
    example: {
      award: 'Bằng khen của Chủ tịch UBND tỉnh',
      grantingLevel: 'PROVINCE' as AwardLevel,
      level: 'COMMUNE' as AdminLevel,
    },
    vi: (p) =>
      `"${p.award}" do ${AWARD_LEVEL_LABELS[p.grantingLevel].vi} tặng; ${LEVEL_LABELS[p.level].vi} không quyết định hình thức này nên không đặt chỉ tiêu được.`,
    en: (p) =>
      `"${p.award}" is granted at ${AWARD_LEVEL_LABELS[p.grantingLevel].en}; ${LEVEL_LABELS[p.level].en} does not decide it, so it has no quota of it.`,
  }),
  /** Why a nomination the council passed is not awarded: ranked beyond its deciding unit's quota. */
  beyondQuota: text({
    example: { yesVotes: 5 },
    vi: (p) =>
      `Đạt tỷ lệ phiếu của Hội đồng (${p.yesVotes} phiếu đồng ý) nhưng ngoài chỉ tiêu khen thưởng của đơn vị quyết định (xếp hạng sau chỉ tiêu còn lại).`,
    en: (p) => `Passed the council's vote (${p.yesVotes} yes) but ranked beyond the deciding unit's remaining quota.`,
  }),
};
