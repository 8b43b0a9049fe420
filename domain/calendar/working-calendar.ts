import {
  DAY_MS,
  dayNumberOf,
  endOfVietnamDay,
  formatDayNumber,
  isWeekend,
  vietnamDayEndedBy,
  vietnamDayNumber,
  yearOfDayNumber,
} from './civil-day';
import { DayOff, dayOff } from './holiday-names';
import { statutoryDaysOff } from './holidays';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { YearOverride, assertYearOverrides } from './year-override';

export interface WorkingCalendarConfig {
  /** Admin overrides, applied in order after the official schedules; a later entry wins a date. */
  overrides: readonly YearOverride[];
  /** The decided years (default OFFICIAL_SCHEDULES); pass [] for the bare statutory rules. */
  officialSchedules?: readonly YearOverride[];
}

interface YearTable {
  daysOff: DayOff[];
  /** Day numbers whose status an override sets: true = working, false = off. */
  forced: Map<number, boolean>;
  statutory: Set<number>;
}

/**
 * Working days on the Vietnamese calendar (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): not a
 * Saturday or Sunday, not a statutory holiday or its compensatory day, not an extra day off —
 * unless an override makes it a working day. Deterministic: no clock is read.
 * Counting convention (as for legal time limits, which run from the day after the event):
 * the 1st working day after an instant is the first working day strictly after its day, so a
 * request on Saturday with 1 working day is due Monday. addWorkingDays/subtractWorkingDays keep the
 * time of day; deadlines use deadlineAfter/reminderBefore/deadlineDaysBetween, which end a time
 * limit at 24:00 Vietnam time of its last working day (Civil Code 2015 art. 147–148).
 */
export class WorkingCalendar {
  private readonly layers: readonly YearOverride[];
  private readonly years = new Map<number, YearTable>();

  constructor(config: WorkingCalendarConfig = { overrides: [] }) {
    const official = config.officialSchedules ?? OFFICIAL_SCHEDULES;
    assertYearOverrides(official, 'officialSchedules');
    assertYearOverrides(config.overrides);
    // Copied so that a caller changing its arrays later cannot change a calendar already in use.
    this.layers = [...official, ...config.overrides].map((layer) => ({
      year: layer.year,
      extraDaysOff: [...layer.extraDaysOff],
      workingDays: [...layer.workingDays],
      tetDaysOff: layer.tetDaysOff && [...layer.tetDaysOff],
    }));
  }

  /** A day (YYYY-MM-DD) or the day an instant falls on in Vietnam. */
  isWorkingDay(day: string | Date): boolean {
    return this.isWorking(typeof day === 'string' ? dayNumberOf(day) : vietnamDayNumber(day));
  }

  /**
   * The instant `n` working days after `start`, at the same time of day. n = 0 returns start
   * (even on a day off); a negative n counts back as subtractWorkingDays does.
   */
  addWorkingDays(start: Date, n: number): Date {
    return this.step(start, n, 1);
  }

  /** The instant `n` working days before `at`, e.g. the reminder 3 working days before a deadline. */
  subtractWorkingDays(at: Date, n: number): Date {
    return this.step(at, n, -1);
  }

  /**
   * The working days strictly after `from`'s day up to and including `to`'s day (Vietnam days;
   * times ignored), so workingDaysBetween(s, addWorkingDays(s, n)) = n. When `to` is earlier the
   * count of the reverse span comes back negated: between(a, b) = −between(b, a).
   */
  workingDaysBetween(from: Date, to: Date): number {
    return this.countBetween(vietnamDayNumber(from), vietnamDayNumber(to));
  }

  private countBetween(a: number, b: number): number {
    const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day += 1) if (this.isWorking(day)) count += 1;
    return sign * count || 0;
  }

  /**
   * The deadline of a time limit of `n` working days opened at `start`: counting starts the day after
   * `start`'s day (Civil Code art. 147) and the limit ends at 24:00 Vietnam time of its n-th working
   * day (art. 148) — the instant 00:00 UTC+7 of the next calendar day, i.e. 17:00 UTC of the last
   * working day. An instant at exactly 00:00 belongs to the day it ends (24:00), so a deadline
   * extended by m working days ends m working days after its own last day, and
   * deadlineAfter(deadlineAfter(s, a), b) = deadlineAfter(s, a + b). n = 0 returns start; a negative
   * n is reminderBefore(start, −n).
   */
  deadlineAfter(start: Date, n: number): Date {
    assertWholeDays(n);
    if (n === 0) return new Date(start.getTime());
    if (n < 0) return this.reminderBefore(start, -n);
    let day = vietnamDayEndedBy(start);
    for (let left = n; left > 0;) {
      day += 1;
      if (this.isWorking(day)) left -= 1;
    }
    return endOfVietnamDay(day);
  }

  /**
   * The reminder "n working days before" a deadline: 00:00 Vietnam time at the start of the n-th last
   * working day up to the deadline's day, the moment from which exactly n working days are left. So
   * the reminder 1 working day before a deadline ending on a Monday arrives at 00:00 that Monday — it
   * is waiting when the officer starts the last day ("còn 1 ngày làm việc" is then true), rather than
   * on Friday night. deadlineDaysBetween(reminderBefore(d, n), d) = n. n = 0 returns the deadline.
   */
  reminderBefore(deadline: Date, n: number): Date {
    assertWholeDays(n);
    if (n === 0) return new Date(deadline.getTime());
    if (n < 0) return this.deadlineAfter(deadline, -n);
    let day = vietnamDayEndedBy(deadline) + 1;
    for (let left = n; left > 0;) {
      day -= 1;
      if (this.isWorking(day)) left -= 1;
    }
    return endOfVietnamDay(day - 1);
  }

  /**
   * workingDaysBetween with days as deadlines see them (an instant at 00:00 belongs to the day it
   * ends): deadlineDaysBetween(s, deadlineAfter(s, n)) = n, e.g. the working days a return leaves.
   */
  deadlineDaysBetween(from: Date, to: Date): number {
    return this.countBetween(vietnamDayEndedBy(from), vietnamDayEndedBy(to));
  }

  /**
   * The named days off of `year`, by date: holidays (those on a weekend too), compensatory days and
   * extra days off — not the ordinary weekends, and not a day an override made a working day.
   */
  holidaysOf(year: number): DayOff[] {
    const table = this.table(year);
    return table.daysOff.filter((d) => table.forced.get(dayNumberOf(d.date)) !== true);
  }

  /** The days of `year` worked although they would be off: make-up Saturdays and the like. */
  compensatoryWorkingDaysOf(year: number): string[] {
    const table = this.table(year);
    return [...table.forced]
      .filter(([day, working]) => working && (isWeekend(day) || table.statutory.has(day)))
      .map(([day]) => formatDayNumber(day))
      .sort();
  }

  private step(start: Date, n: number, direction: 1 | -1): Date {
    assertWholeDays(n);
    const origin = vietnamDayNumber(start);
    const sign = n < 0 ? -direction : direction;
    let day = origin;
    for (let left = Math.abs(n); left > 0;) {
      day += sign;
      if (this.isWorking(day)) left -= 1;
    }
    return new Date(start.getTime() + (day - origin) * DAY_MS);
  }

  private isWorking(day: number): boolean {
    const table = this.table(yearOfDayNumber(day));
    const forced = table.forced.get(day);
    if (forced !== undefined) return forced;
    return !isWeekend(day) && !table.statutory.has(day);
  }

  private table(year: number): YearTable {
    let table = this.years.get(year);
    if (!table) {
      table = this.buildYear(year);
      this.years.set(year, table);
    }
    return table;
  }

  private buildYear(year: number): YearTable {
    const layers = this.layers.filter((layer) => layer.year === year);
    const tet = layers.reduce<readonly string[] | undefined>((last, layer) => layer.tetDaysOff ?? last, undefined);
    const statutoryList = statutoryDaysOff(year, tet);
    const statutory = new Set(statutoryList.map((d) => dayNumberOf(d.date)));
    const forced = new Map<number, boolean>();
    for (const layer of layers) {
      layer.extraDaysOff.forEach((day) => forced.set(dayNumberOf(day), false));
      layer.workingDays.forEach((day) => forced.set(dayNumberOf(day), true));
    }
    const extras = [...forced]
      .filter(([day, working]) => !working && !statutory.has(day))
      .map(([day]) => dayOff(formatDayNumber(day), 'EXTRA'));
    const daysOff = [...statutoryList, ...extras].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    return { daysOff, forced, statutory };
  }
}

function assertWholeDays(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`A number of working days is a whole number, got ${n}.`);
}

/** The official schedules with no admin overrides. */
export const DEFAULT_WORKING_CALENDAR = new WorkingCalendar();
