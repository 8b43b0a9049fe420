import { DomainError, ErrorCode, UserErrorData, userError } from '../error-codes';
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
      userError(ErrorCode.INVALID_VALUE, `${field}.year`, {
        en: `The calendar covers ${LUNAR_YEAR_RANGE.min}–${LUNAR_YEAR_RANGE.max}, got year ${year}.`,
        vi: `Lịch làm việc áp dụng cho các năm ${LUNAR_YEAR_RANGE.min}–${LUNAR_YEAR_RANGE.max}, nhận được năm ${year}.`,
      }),
    ];
  }
  const errors: UserErrorData[] = [];
  const check = (list: readonly string[] | undefined, name: keyof YearOverride) =>
    (list ?? []).forEach((day, i) => {
      const at = `${field}.${name}[${i}]`;
      if (!isDay(day)) {
        errors.push(userError(ErrorCode.INVALID_VALUE, at, {
          en: `${at} must be a day written YYYY-MM-DD, got "${day}".`,
          vi: `${at} phải là ngày dạng YYYY-MM-DD, nhận được "${day}".`,
        }));
      } else if (!day.startsWith(`${year}-`)) {
        errors.push(userError(ErrorCode.INVALID_VALUE, at, {
          en: `${at} (${day}) is not in ${year}, the year this override is for.`,
          vi: `${at} (${day}) không thuộc năm ${year} của cấu hình này.`,
        }));
      }
    });
  check(override.extraDaysOff, 'extraDaysOff');
  check(override.workingDays, 'workingDays');
  check(override.tetDaysOff, 'tetDaysOff');
  if (override.tetDaysOff && override.tetDaysOff.length === 0) {
    errors.push(userError(ErrorCode.INVALID_VALUE, `${field}.tetDaysOff`, {
      en: 'tetDaysOff lists the Tết break; leave it out to use the default rule.',
      vi: 'tetDaysOff liệt kê các ngày nghỉ Tết; bỏ trống trường này để dùng quy tắc mặc định.',
    }));
  }
  const off = new Set(override.extraDaysOff);
  override.workingDays.filter((day) => off.has(day)).forEach((day) => {
    errors.push(userError(ErrorCode.INVALID_VALUE, `${field}.workingDays`, {
      en: `${day} is listed both as a day off and as a working day.`,
      vi: `Ngày ${day} vừa là ngày nghỉ vừa là ngày làm việc.`,
    }));
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
