import { dayNumberOf, formatDayNumber } from './civil-day';
import {
  JDN_OF_EPOCH,
  VIETNAM_TIME_ZONE_HOURS,
  leapMonthOffset,
  lunarMonth11,
  lunationIndex,
  newMoonDay,
} from './lunar-astronomy';

/** A day of the Vietnamese lunar calendar (âm lịch). `year` is the lunar year, which begins at Tết. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True in a leap month (tháng nhuận), which repeats the number of the month before it. */
  leap: boolean;
}

/**
 * The Gregorian years the conversion is checked for (the series it rests on drifts far outside
 * them). Lunar year 1899 is accepted too: it ends in January 1900.
 */
export const LUNAR_YEAR_RANGE = { min: 1900, max: 2199 } as const;

function assertYear(year: number, min: number = LUNAR_YEAR_RANGE.min): void {
  if (!Number.isInteger(year) || year < min || year > LUNAR_YEAR_RANGE.max) {
    throw new RangeError(`Lunar conversion covers the years ${min}–${LUNAR_YEAR_RANGE.max}, got ${year}.`);
  }
}

/** JDN of the first day of a lunar month, or null when that leap month does not exist. */
function monthStart(month: number, year: number, leap: boolean, tz: number): number | null {
  const [a11, b11] =
    month < 11
      ? [lunarMonth11(year - 1, tz), lunarMonth11(year, tz)]
      : [lunarMonth11(year, tz), lunarMonth11(year + 1, tz)];
  let offset = (month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, tz);
    const leapMonth = (leapOffset - 2 + 12) % 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  return newMoonDay(lunationIndex(a11, true) + offset, tz);
}

/** The lunar date of a Gregorian day (YYYY-MM-DD), on the Vietnamese (UTC+7) calendar. */
export function solarToLunar(day: string, tz = VIETNAM_TIME_ZONE_HOURS): LunarDate {
  const jdn = dayNumberOf(day) + JDN_OF_EPOCH;
  const gregorianYear = Number(day.slice(0, 4));
  assertYear(gregorianYear);
  // The mean lunation count can be one off the true new moon near a month boundary: step back.
  let k = lunationIndex(jdn, false) + 1;
  while (newMoonDay(k, tz) > jdn) k -= 1;
  const start = newMoonDay(k, tz);
  let a11 = lunarMonth11(gregorianYear, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= start) {
    year = gregorianYear;
    a11 = lunarMonth11(gregorianYear - 1, tz);
  } else {
    year = gregorianYear + 1;
    b11 = lunarMonth11(gregorianYear + 1, tz);
  }
  const diff = Math.floor((start - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, tz);
    if (diff >= leapOffset) {
      month = diff + 10;
      leap = diff === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: jdn - start + 1, month, year, leap };
}

/** How many days (29 or 30) a lunar month has. */
export function lunarMonthLength(month: number, year: number, leap = false, tz = VIETNAM_TIME_ZONE_HOURS): number {
  const start = requireMonthStart(month, year, leap, tz);
  const next = newMoonDay(lunationIndex(start, true) + 1, tz);
  return next - start;
}

function requireMonthStart(month: number, year: number, leap: boolean, tz: number): number {
  assertYear(year, LUNAR_YEAR_RANGE.min - 1);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`A lunar month is 1–12, got ${month}.`);
  }
  const start = monthStart(month, year, leap, tz);
  if (start === null) throw new RangeError(`Lunar year ${year} has no leap month ${month}.`);
  return start;
}

/** The Gregorian day (YYYY-MM-DD) of a lunar date on the Vietnamese (UTC+7) calendar. */
export function lunarToSolar(
  day: number,
  month: number,
  year: number,
  leap = false,
  tz = VIETNAM_TIME_ZONE_HOURS,
): string {
  const start = requireMonthStart(month, year, leap, tz);
  const length = newMoonDay(lunationIndex(start, true) + 1, tz) - start;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`Lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has days 1–${length}, got ${day}.`);
  }
  return formatDayNumber(start + day - 1 - JDN_OF_EPOCH);
}

/** Tết Nguyên Đán: the Gregorian day of 1/1 of lunar year `year`. */
export function lunarNewYear(year: number, tz = VIETNAM_TIME_ZONE_HOURS): string {
  return lunarToSolar(1, 1, year, false, tz);
}

/** The leap month of lunar year `year`, or null when it has twelve months. */
export function leapMonthOf(year: number, tz = VIETNAM_TIME_ZONE_HOURS): number | null {
  assertYear(year, LUNAR_YEAR_RANGE.min - 1);
  for (let month = 1; month <= 12; month += 1) {
    if (monthStart(month, year, true, tz) !== null) return month;
  }
  return null;
}
