import { AdminLevel, isLevelAbove } from './enums';
import { STAGE_KINDS } from './stage-kinds';
import type { UserErrorData } from './error-codes';
import { policyMessages as M, userErrorOf } from './messages';
import type { StageDefinition } from './routing';

const STAGE_KEY = /^[A-Z][A-Z0-9_]{1,49}$/;

/**
 * Checks a policy's stages against the unit tree in force: every stage at a level that exists,
 * going up (never down) the tree, unique keys, sane deadlines and reminders, one decision stage last.
 */
export function routingPolicyErrors(stages: StageDefinition[], levelsInForce: readonly AdminLevel[]): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (!stages.length) return [userErrorOf(M.stagesRequired, {}, 'stages')];
  const keys = new Set<string>();
  stages.forEach((stage, i) => {
    const field = `stages.${i}`;
    const at = { key: stage.key, index: i };
    if (!STAGE_KEY.test(stage.key)) {
      errors.push(userErrorOf(M.stageKeyFormat, at, `${field}.key`));
    }
    if (keys.has(stage.key)) errors.push(userErrorOf(M.stageKeyDuplicate, at, `${field}.key`));
    keys.add(stage.key);
    if (!levelsInForce.includes(stage.level)) {
      errors.push(
        userErrorOf(
          M.stageLevelUnavailable,
          { ...at, level: stage.level, levelsInForce: [...levelsInForce] },
          `${field}.level`,
        ),
      );
    }
    const previous = stages[i - 1];
    if (previous && isLevelAbove(previous.level, stage.level)) {
      errors.push(userErrorOf(M.stageGoesDown, { ...at, level: stage.level }, `${field}.level`));
    }
    if (
      !Number.isInteger(stage.deadlineWorkingDays) ||
      stage.deadlineWorkingDays < 1 ||
      stage.deadlineWorkingDays > 120
    ) {
      errors.push(userErrorOf(M.deadlineRange, at, `${field}.deadlineWorkingDays`));
    }
    if (
      !Number.isInteger(stage.escalationWorkingDays) ||
      stage.escalationWorkingDays < 1 ||
      stage.escalationWorkingDays > 60
    ) {
      errors.push(userErrorOf(M.escalationRange, at, `${field}.escalationWorkingDays`));
    }
    if (stage.reminderOffsets.some((d) => !Number.isInteger(d) || d < 1 || d >= stage.deadlineWorkingDays)) {
      errors.push(userErrorOf(M.reminderOffsets, at, `${field}.reminderOffsets`));
    }
    const last = i === stages.length - 1;
    if (STAGE_KINDS[stage.kind].endsPolicy !== last) {
      errors.push(userErrorOf(M.decisionStageLast, at, `${field}.kind`));
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
