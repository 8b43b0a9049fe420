import { AdminLevel, isLevelAbove, TaskKind } from './enums';
import { ErrorCode, userError, type UserErrorData } from './error-codes';
import type { StageDefinition } from './routing';

const STAGE_KEY = /^[A-Z][A-Z0-9_]{1,49}$/;

/**
 * Checks a policy's stages against the unit tree in force: every stage at a level that exists,
 * going up (never down) the tree, unique keys, sane deadlines and reminders, one decision stage last.
 */
export function routingPolicyErrors(stages: StageDefinition[], levelsInForce: readonly AdminLevel[]): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (!stages.length) return [userError(ErrorCode.REQUIRED, 'stages', { en: 'A policy needs at least one stage.', vi: 'Quy trình cần ít nhất một bước.' })];
  const keys = new Set<string>();
  stages.forEach((stage, i) => {
    const field = `stages.${i}`;
    if (!STAGE_KEY.test(stage.key)) {
      errors.push(userError(ErrorCode.INVALID_VALUE, `${field}.key`, { en: `Stage key "${stage.key}" must be UPPER_SNAKE_CASE.`, vi: `Mã bước "${stage.key}" phải viết HOA_CÓ_GẠCH_DƯỚI.` }));
    }
    if (keys.has(stage.key)) errors.push(userError(ErrorCode.DUPLICATE, `${field}.key`, { en: `Stage key ${stage.key} is used twice.`, vi: `Mã bước ${stage.key} bị trùng.` }));
    keys.add(stage.key);
    if (!levelsInForce.includes(stage.level)) {
      errors.push(userError(ErrorCode.STAGE_LEVEL_UNAVAILABLE, `${field}.level`, {
        en: `Stage ${stage.key} is at level ${stage.level}, which the unit tree in force does not have (${levelsInForce.join(', ')}).`,
        vi: `Bước ${stage.key} thuộc cấp ${stage.level}, không tồn tại trong hệ thống đơn vị hành chính đang áp dụng.`,
      }));
    }
    const previous = stages[i - 1];
    if (previous && isLevelAbove(previous.level, stage.level)) {
      errors.push(userError(ErrorCode.INVALID_VALUE, `${field}.level`, { en: `Stage ${stage.key} goes back down to ${stage.level}.`, vi: `Bước ${stage.key} đi ngược xuống cấp dưới.` }));
    }
    if (!Number.isInteger(stage.deadlineWorkingDays) || stage.deadlineWorkingDays < 1 || stage.deadlineWorkingDays > 120) {
      errors.push(userError(ErrorCode.INVALID_VALUE, `${field}.deadlineWorkingDays`, { en: 'A deadline is 1 to 120 working days.', vi: 'Thời hạn từ 1 đến 120 ngày làm việc.' }));
    }
    if (!Number.isInteger(stage.escalationWorkingDays) || stage.escalationWorkingDays < 1 || stage.escalationWorkingDays > 60) {
      errors.push(userError(ErrorCode.INVALID_VALUE, `${field}.escalationWorkingDays`, { en: 'An escalation window is 1 to 60 working days.', vi: 'Thời hạn sau khi chuyển cấp từ 1 đến 60 ngày làm việc.' }));
    }
    if (stage.reminderOffsets.some((d) => !Number.isInteger(d) || d < 1 || d >= stage.deadlineWorkingDays)) {
      errors.push(userError(ErrorCode.INVALID_VALUE, `${field}.reminderOffsets`, { en: 'Reminders fall 1 or more working days before the deadline, within it.', vi: 'Nhắc việc phải trước hạn ít nhất 1 ngày làm việc và trong thời hạn.' }));
    }
    const last = i === stages.length - 1;
    if ((stage.kind === TaskKind.DECISION) !== last) {
      errors.push(userError(ErrorCode.INVALID_VALUE, `${field}.kind`, { en: 'Exactly the last stage is the DECISION stage.', vi: 'Chỉ bước cuối cùng là bước ra quyết định.' }));
    }
  });
  return errors;
}

/** Levels of the unit tree in force on a day: three tiers before 1 July 2025, two after. */
export function defaultLevelsOn(day: string): AdminLevel[] {
  return day < '2025-07-01'
    ? [AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE]
    : [AdminLevel.PROVINCE, AdminLevel.COMMUNE];
}
