import type { WorkingCalendar } from './calendar/working-calendar';

/**
 * How deadlines are counted. Production counts working days on the Vietnamese calendar; a
 * compressed clock (a working day lasting a few seconds) lets tests and demos watch reminders,
 * escalations and timeouts happen without waiting real days.
 */
export interface DeadlineClock {
  /** The deadline of `workingDays` working days opened at `start`. */
  add(start: Date, workingDays: number): Date;
  /** When the reminder "`workingDays` working days before" the deadline `at` is due. */
  subtract(at: Date, workingDays: number): Date;
  /** Whole working days from `from` to `to` (negative when `to` is earlier). */
  between(from: Date, to: Date): number;
}

/**
 * The Vietnamese calendar as the law counts time limits (Civil Code 2015 art. 147–148):
 * - add(start, n): counting starts the day after start's day; the deadline is 24:00 Vietnam time
 *   of the n-th working day, i.e. 00:00 (UTC+7) of the following calendar day = 17:00 UTC of the
 *   last working day. An instant at 00:00 exactly belongs to the day it ends, so add(add(s, a), b)
 *   = add(s, a + b) — an extension of a deadline counts from the day after its last day.
 * - subtract(deadline, n): the reminder "n working days left" arrives at 00:00 Vietnam time at the
 *   start of the n-th last working day, e.g. 1 day before a Monday deadline is Monday 00:00.
 * - between(from, to): the working days after from's day up to and including to's day, so
 *   between(s, add(s, n)) = n and between(subtract(d, n), d) = n.
 */
export function calendarClock(calendar: WorkingCalendar): DeadlineClock {
  return {
    add: (start, n) => calendar.deadlineAfter(start, n),
    subtract: (at, n) => calendar.reminderBefore(at, n),
    between: (from, to) => calendar.deadlineDaysBetween(from, to),
  };
}

/** Plain arithmetic: a working day is `msPerWorkingDay` milliseconds, no calendar, no end of day. */
export function compressedClock(msPerWorkingDay: number): DeadlineClock {
  return {
    add: (start, n) => new Date(start.getTime() + n * msPerWorkingDay),
    subtract: (at, n) => new Date(at.getTime() - n * msPerWorkingDay),
    between: (from, to) => Math.trunc((to.getTime() - from.getTime()) / msPerWorkingDay),
  };
}
