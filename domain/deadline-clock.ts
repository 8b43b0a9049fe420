import type { WorkingCalendar } from './calendar/working-calendar';

/**
 * How deadlines are counted. Production counts working days on the Vietnamese calendar; a
 * compressed clock (a working day lasting a few seconds) lets tests and demos watch reminders,
 * escalations and timeouts happen without waiting real days.
 */
export interface DeadlineClock {
  add(start: Date, workingDays: number): Date;
  subtract(at: Date, workingDays: number): Date;
  /** Whole working days from `from` to `to` (negative when `to` is earlier). */
  between(from: Date, to: Date): number;
}

export function calendarClock(calendar: WorkingCalendar): DeadlineClock {
  return {
    add: (start, n) => calendar.addWorkingDays(start, n),
    subtract: (at, n) => calendar.subtractWorkingDays(at, n),
    between: (from, to) => calendar.workingDaysBetween(from, to),
  };
}

export function compressedClock(msPerWorkingDay: number): DeadlineClock {
  return {
    add: (start, n) => new Date(start.getTime() + n * msPerWorkingDay),
    subtract: (at, n) => new Date(at.getTime() - n * msPerWorkingDay),
    between: (from, to) => Math.trunc((to.getTime() - from.getTime()) / msPerWorkingDay),
  };
}
