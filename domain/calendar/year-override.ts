import { DomainError, type UserErrorData } from '../error-codes';
import { calendarMessages as M, userErrorOf } from '../messages';
import { dayNumberOf } from './civil-day';
import { LUNAR_YEAR_RANGE } from './lunar';

/**
 * What a Government decision or an administrator changes in one year's calendar. Pure data: the
 * server stores admin overrides and passes them in. Days are YYYY-MM-DD in Vietnam.
 */
export interface YearOverride {
  year: number;
  /** Days off besides the statutory ones: a swapped working day, a one-off holiday. */
  extraDaysOff: readonly string[];
  /**
   * Days worked although the rules make them days off: compensatory working Saturdays (làm bù),
   * or a statutory day the decision moved elsewhere.
   */
  workingDays: readonly string[];
  /** The whole decided Tết break (weekend days may be listed); replaces the default rule. */
  tetDaysOff?: readonly string[];
}

/** Every problem in one override, each naming its field, e.g. `extraDaysOff[1]`. */
export function yearOverrideErrors(override: YearOverride, field = 'override'): UserErrorData[] {
  const { year } = override;
  if (!Number.isInteger(year) || year < LUNAR_YEAR_RANGE.min || year > LUNAR_YEAR_RANGE.max) {
    return [
      userErrorOf(M.yearOutOfRange, { year, min: LUNAR_YEAR_RANGE.min, max: LUNAR_YEAR_RANGE.max }, `${field}.year`),
    ];
  }
  const errors: UserErrorData[] = [];
  const check = (list: readonly string[] | undefined, name: keyof YearOverride) =>
    (list ?? []).forEach((day, i) => {
      const at = `${field}.${name}[${i}]`;
      if (!isDay(day)) {
        errors.push(userErrorOf(M.dayInvalid, { at, list: name, index: i, day }, at));
      } else if (!day.startsWith(`${year}-`)) {
        errors.push(userErrorOf(M.dayOutsideYear, { at, list: name, index: i, day, year }, at));
      }
    });
  check(override.extraDaysOff, 'extraDaysOff');
  check(override.workingDays, 'workingDays');
  check(override.tetDaysOff, 'tetDaysOff');
  if (override.tetDaysOff && override.tetDaysOff.length === 0) {
    errors.push(userErrorOf(M.tetDaysOffEmpty, {}, `${field}.tetDaysOff`));
  }
  const off = new Set(override.extraDaysOff);
  override.workingDays
    .filter((day) => off.has(day))
    .forEach((day) => {
      errors.push(userErrorOf(M.dayBothOffAndWorking, { day }, `${field}.workingDays`));
    });
  return errors;
}

function isDay(value: string): boolean {
  try {
    dayNumberOf(value);
    return true;
  } catch {
    return false;
  }
}

/** Refuses bad overrides with every problem found (INVALID_VALUE), so an admin form can show them all. */
export function assertYearOverrides(overrides: readonly YearOverride[], field = 'overrides'): void {
  const errors = overrides.flatMap((override, i) => yearOverrideErrors(override, `${field}[${i}]`));
  if (errors.length > 0) throw DomainError.all(errors);
}
