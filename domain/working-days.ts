import { DEFAULT_WORKING_CALENDAR } from './calendar/working-calendar';

/**
 * The instant `days` working days after `start` on the default Vietnamese calendar (weekends,
 * statutory holidays and the Government's decided schedules, no admin overrides), as seen in
 * Asia/Ho_Chi_Minh. Callers that have admin overrides build their own WorkingCalendar.
 */
export function addWorkingDays(start: Date, days: number): Date {
  return DEFAULT_WORKING_CALENDAR.addWorkingDays(start, days);
}

/**
 * The deadline of `days` working days opened at `start` on the default calendar: 24:00 Vietnam time
 * of the last working day (Civil Code 2015 art. 147–148), see WorkingCalendar.deadlineAfter.
 */
export function workingDaysDeadline(start: Date, days: number): Date {
  return DEFAULT_WORKING_CALENDAR.deadlineAfter(start, days);
}
