import type { AdminLevel } from '../enums';
import { ErrorCode } from '../error-codes';
import { listEn, listVi } from './format';
import { LEVEL_LABELS } from './labels';
import { message } from './message';

/** Step numbers as officers count them: the first stage is "Bước 1". */
const step = (p: { index: number }) => `Bước ${p.index + 1}`;

/** Refusals of a routing policy's stages (domain/routing-policy-rules.ts); `index` is the stage's place. */
export const policyMessages = {
  stagesRequired: message({
    code: ErrorCode.REQUIRED,
    example: {},
    vi: () => 'Quy trình cần ít nhất một bước.',
    en: () => 'A policy needs at least one stage.',
  }),
  stageKeyFormat: message({
    code: ErrorCode.INVALID_VALUE,
    example: { key: 'tham-dinh-xa', index: 0 },
    vi: (p) =>
      `${step(p)}: mã bước "${p.key}" chỉ được gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (2–50 ký tự).`,
    en: (p) => `Stage key "${p.key}" must be UPPER_SNAKE_CASE.`,
  }),
  stageKeyDuplicate: message({
    code: ErrorCode.DUPLICATE,
    example: { key: 'COMMUNE_REVIEW', index: 2 },
    vi: (p) => `${step(p)}: mã bước trùng với mã của một bước trước.`,
    en: (p) => `Stage key ${p.key} is used twice.`,
  }),
  stageLevelUnavailable: message({
    code: ErrorCode.STAGE_LEVEL_UNAVAILABLE,
    example: {
      key: 'DISTRICT_REVIEW',
      index: 1,
      level: 'DISTRICT' as AdminLevel,
      levelsInForce: ['PROVINCE', 'COMMUNE'] as AdminLevel[],
    },
    vi: (p) =>
      `${step(p)} thuộc ${LEVEL_LABELS[p.level].vi}, cấp này không tồn tại trong hệ thống đơn vị hành chính đang áp dụng (chỉ có ${listVi(p.levelsInForce.map((l) => LEVEL_LABELS[l].vi))}).`,
    en: (p) =>
      `Stage ${p.key} is at ${LEVEL_LABELS[p.level].en}, which the unit tree in force does not have (${listEn(p.levelsInForce.map((l) => LEVEL_LABELS[l].en))}).`,
  }),
  stageGoesDown: message({
    code: ErrorCode.INVALID_VALUE,
    example: { key: 'COMMUNE_REVIEW', index: 2, level: 'COMMUNE' as AdminLevel },
    vi: (p) => `${step(p)} đi ngược xuống ${LEVEL_LABELS[p.level].vi}, thấp hơn cấp của bước trước.`,
    en: (p) => `Stage ${p.key} goes back down to ${LEVEL_LABELS[p.level].en}.`,
  }),
  deadlineRange: message({
    code: ErrorCode.INVALID_VALUE,
    example: { index: 0 },
    vi: (p) => `${step(p)}: thời hạn xử lý phải từ 1 đến 120 ngày làm việc.`,
    en: () => 'A deadline is 1 to 120 working days.',
  }),
  escalationRange: message({
    code: ErrorCode.INVALID_VALUE,
    example: { index: 0 },
    vi: (p) => `${step(p)}: thời hạn xử lý sau khi báo cáo cấp trên phải từ 1 đến 60 ngày làm việc.`,
    en: () => 'An escalation window is 1 to 60 working days.',
  }),
  reminderOffsets: message({
    code: ErrorCode.INVALID_VALUE,
    example: { index: 0 },
    vi: (p) => `${step(p)}: mốc nhắc việc phải trước hạn ít nhất 1 ngày làm việc và nằm trong thời hạn xử lý.`,
    en: () => 'Reminders fall 1 or more working days before the deadline, within it.',
  }),
  decisionStageLast: message({
    code: ErrorCode.INVALID_VALUE,
    example: { index: 1 },
    vi: (p) => `${step(p)}: chỉ bước cuối cùng là bước ra quyết định khen thưởng.`,
    en: () => 'Exactly the last stage is the decision stage.',
  }),
};
