/**
 * Calendar days as whole numbers — days since 1970-01-01 — so day arithmetic never meets a clock or
 * a time zone. Vietnam (Asia/Ho_Chi_Minh) keeps UTC+7 all year with no daylight saving, so the
 * Vietnamese day of an instant is plain arithmetic too.
 */
export const DAY_MS = 86_400_000;
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function dayNumberFromParts(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The day number of a YYYY-MM-DD string; refuses anything that is not a real calendar day. */
export function dayNumberOf(day: string): number {
  const match = ISO_DAY.exec(day);
  if (match) {
    const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const n = dayNumberFromParts(year, month, date);
    const back = partsOfDayNumber(n);
    if (back.year === year && back.month === month && back.day === date) return n;
  }
  throw new RangeError(`Expected a calendar day written YYYY-MM-DD, got "${day}".`);
}

export function partsOfDayNumber(n: number): CivilDate {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function formatDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(n: number): boolean {
  const weekday = weekdayOf(n);
  return weekday === 0 || weekday === 6;
}

export function yearOfDayNumber(n: number): number {
  return new Date(n * DAY_MS).getUTCFullYear();
}

/** The day an instant falls on as seen in Vietnam. */
export function vietnamDayNumber(instant: Date): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Expected a valid Date, got an invalid one.');
  return Math.floor((time + VIETNAM_OFFSET_MS) / DAY_MS);
}

/**
 * The Vietnam day an instant ends or falls in: 00:00 exactly is 24:00 of the day before, the way a
 * deadline "ending at 24:00 on 15/12" is the instant 00:00 of 16/12 (Civil Code 2015 art. 148).
 */
export function vietnamDayEndedBy(instant: Date): number {
  return vietnamDayNumber(new Date(instant.getTime() - 1));
}

/** 24:00 Vietnam time of day `n`: 00:00 (UTC+7) of the next day, 17:00 UTC of day `n`. */
export function endOfVietnamDay(n: number): Date {
  return new Date((n + 1) * DAY_MS - VIETNAM_OFFSET_MS);
}
