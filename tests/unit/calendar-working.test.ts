import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { tetDaysAround } from '../../domain/calendar/holidays';
import type { YearOverride } from '../../domain/calendar/year-override';

/** An instant given as Vietnam local time (UTC+7, no daylight saving). */
const vn = (local: string) => new Date(`${local}+07:00`);
const iso = (date: Date) => date.toISOString();
const calendar = new WorkingCalendar();
const bare = new WorkingCalendar({ overrides: [], officialSchedules: [] });
const withOverrides = (...overrides: YearOverride[]) => new WorkingCalendar({ overrides });

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-24', true, 'the Friday before the Tết break'],
    ['2025-01-27', false, 'Monday in the Tết break'],
    ['2025-02-03', true, 'the Monday after it'],
    ['2025-04-26', true, 'Saturday 26 April 2025, a make-up working day'],
    ['2025-04-30', false, '30 April'],
    ['2025-05-02', false, 'Friday 2 May 2025, swapped'],
    ['2025-09-01', false, 'the day before National Day 2025'],
    ['2026-04-27', false, 'Monday after the Hùng Kings on a Sunday'],
    ['2026-08-22', true, 'Saturday 22 August 2026, a make-up working day'],
    ['2026-08-23', false, 'an ordinary Sunday'],
    ['2025-06-04', true, 'an ordinary Wednesday'],
  ])('%s → %p (%s)', (day, working) => {
    expect(calendar.isWorkingDay(day)).toBe(working);
  });

  it.each([
    ['2025-06-06T16:59:59Z', true, 'Friday 23:59:59 in Vietnam'],
    ['2025-06-06T17:00:00Z', false, 'a UTC Friday that is Saturday 00:00 in Vietnam'],
    ['2025-04-29T17:30:00Z', false, 'a UTC Tuesday that is already 30 April in Vietnam'],
  ])('the instant %s → %p (%s)', (instant, working) => {
    expect(calendar.isWorkingDay(new Date(instant))).toBe(working);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // Tết Ất Tỵ 2025: 25 January – 2 February off.
    ['Thu 23/1/2025 + 1 → the Friday before Tết', '2025-01-23T09:00:00', 1, '2025-01-24T09:00:00'],
    ['Thu 23/1/2025 + 2 → Monday after the break', '2025-01-23T09:00:00', 2, '2025-02-03T09:00:00'],
    ['Thu 23/1/2025 + 10 → Thursday 13 February', '2025-01-23T09:00:00', 10, '2025-02-13T09:00:00'],
    ['a start inside the break counts from the next working day', '2025-01-28T10:00:00', 1, '2025-02-03T10:00:00'],
    // 30/4 – 1/5.
    ['Tue 29/4/2025 + 1 → Mon 5/5 (30/4 – 4/5 off)', '2025-04-29T14:00:00', 1, '2025-05-05T14:00:00'],
    ['Fri 25/4/2025 + 1 → the make-up Saturday 26/4', '2025-04-25T14:00:00', 1, '2025-04-26T14:00:00'],
    ['Thu 24/4/2025 + 3 → Mon 28/4 via Saturday 26/4', '2025-04-24T08:00:00', 3, '2025-04-28T08:00:00'],
    ['Fri 26/4/2024 + 1 → Thu 2/5 (27/4 – 1/5 off)', '2024-04-26T09:00:00', 1, '2024-05-02T09:00:00'],
    ['Fri 26/4/2024 + 3 → the make-up Saturday 4/5', '2024-04-26T09:00:00', 3, '2024-05-04T09:00:00'],
    ['Fri 24/4/2026 + 1 → Tue 28/4 (Hùng Kings made up on Monday)', '2026-04-24T09:00:00', 1, '2026-04-28T09:00:00'],
    ['Wed 29/4/2026 + 1 → Mon 4/5', '2026-04-29T09:00:00', 1, '2026-05-04T09:00:00'],
    // 2/9.
    ['Fri 30/8/2024 + 1 → Wed 4/9 (31/8 – 3/9 off)', '2024-08-30T09:00:00', 1, '2024-09-04T09:00:00'],
    ['Fri 29/8/2025 + 1 → Wed 3/9 (30/8 – 2/9 off)', '2025-08-29T09:00:00', 1, '2025-09-03T09:00:00'],
    ['Fri 21/8/2026 + 1 → the make-up Saturday 22/8', '2026-08-21T09:00:00', 1, '2026-08-22T09:00:00'],
    ['Fri 28/8/2026 + 1 → Thu 3/9 (29/8 – 2/9 off)', '2026-08-28T09:00:00', 1, '2026-09-03T09:00:00'],
    // New Year 2026: 1 – 4 January off, Saturday 10 January worked.
    ['Wed 31/12/2025 + 1 → Mon 5/1/2026, across the year end', '2025-12-31T16:00:00', 1, '2026-01-05T16:00:00'],
    ['Fri 9/1/2026 + 1 → the make-up Saturday 10/1', '2026-01-09T16:00:00', 1, '2026-01-10T16:00:00'],
    ['0 days on a day off → the same instant', '2025-01-25T10:00:00', 0, '2025-01-25T10:00:00'],
  ])('%s', (_label, start, n, due) => {
    expect(iso(calendar.addWorkingDays(vn(start), n))).toBe(iso(vn(due)));
  });

  it('follows the default Tết rule where no schedule is recorded: bare rules put 2025 Tết elsewhere', () => {
    expect(iso(bare.addWorkingDays(vn('2025-01-23T09:00:00'), 2))).toBe(iso(vn('2025-01-27T09:00:00')));
  });

  it('a UTC instant late on Friday is already Saturday in Vietnam, in the Tết break', () => {
    const start = new Date('2025-01-24T17:30:00Z'); // Saturday 25 January 00:30 in Hà Nội
    expect(iso(calendar.addWorkingDays(start, 1))).toBe('2025-02-02T17:30:00.000Z'); // Monday 3 February 00:30
  });

  it('a UTC Friday evening that is Saturday in Vietnam: one working day later is Monday', () => {
    expect(iso(calendar.addWorkingDays(new Date('2025-06-06T18:00:00Z'), 1))).toBe('2025-06-08T18:00:00.000Z');
  });

  it('a negative count counts back', () => {
    expect(iso(calendar.addWorkingDays(vn('2025-02-03T09:00:00'), -1))).toBe(iso(vn('2025-01-24T09:00:00')));
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %p working days', (n) => {
    expect(() => calendar.addWorkingDays(vn('2025-06-02T09:00:00'), n)).toThrow(RangeError);
  });

  it('refuses an invalid Date', () => {
    expect(() => calendar.addWorkingDays(new Date('not a date'), 1)).toThrow(RangeError);
  });
});

describe('subtractWorkingDays — reminders before a deadline', () => {
  it.each([
    ['3 before Mon 3/2/2025 → Wed 22/1, before Tết', '2025-02-03T09:00:00', 3, '2025-01-22T09:00:00'],
    ['1 before Mon 5/5/2025 → Tue 29/4', '2025-05-05T17:00:00', 1, '2025-04-29T17:00:00'],
    ['1 before Mon 24/8/2026 → the make-up Saturday 22/8', '2026-08-24T09:00:00', 1, '2026-08-22T09:00:00'],
    ['1 before a deadline inside the Tết break → the last day before it', '2025-02-01T09:00:00', 1, '2025-01-24T09:00:00'],
    ['0 → the same instant', '2025-02-01T09:00:00', 0, '2025-02-01T09:00:00'],
  ])('%s', (_label, deadline, n, reminder) => {
    expect(iso(calendar.subtractWorkingDays(vn(deadline), n))).toBe(iso(vn(reminder)));
  });
});

describe('workingDaysBetween — working days after `from` up to and including `to`', () => {
  it.each([
    ['the same instant', '2025-06-02T09:00:00', '2025-06-02T09:00:00', 0],
    ['later on the same day', '2025-06-02T09:00:00', '2025-06-02T17:00:00', 0],
    ['Monday → Tuesday', '2025-06-02T09:00:00', '2025-06-03T08:00:00', 1],
    ['Friday → Monday', '2025-06-06T17:00:00', '2025-06-09T08:00:00', 1],
    ['across Tết 2025: Thu 23/1 → Mon 3/2', '2025-01-23T09:00:00', '2025-02-03T09:00:00', 2],
    ['Thu 23/1 → Thu 13/2/2025', '2025-01-23T09:00:00', '2025-02-13T09:00:00', 10],
    ['across 30/4 2025: 25, Saturday 26, 28, 29 April and 5 May', '2025-04-24T09:00:00', '2025-05-05T09:00:00', 5],
    ['across 2/9 2026: Saturday 22/8, 24–28/8 and 3/9', '2026-08-21T09:00:00', '2026-09-03T09:00:00', 7],
    ['the working days of 2024', '2023-12-31T12:00:00', '2024-12-31T12:00:00', 251],
    ['the working days of 2025', '2024-12-31T12:00:00', '2025-12-31T12:00:00', 250],
    ['the working days of 2026', '2025-12-31T12:00:00', '2026-12-31T12:00:00', 250],
  ])('%s: %s → %s is %i, and the reverse its negative', (_label, from, to, count) => {
    expect(calendar.workingDaysBetween(vn(from), vn(to))).toBe(count);
    expect(calendar.workingDaysBetween(vn(to), vn(from))).toBe(-count || 0);
  });

  it('counts by Vietnamese days: 23:00 Friday UTC+7 to 00:30 Monday after Tết is one working day', () => {
    expect(calendar.workingDaysBetween(new Date('2025-01-24T16:00:00Z'), new Date('2025-02-02T17:30:00Z'))).toBe(1);
  });

  it.each([
    ['2024-04-24T09:00:00'],
    ['2025-01-20T15:00:00'],
    ['2025-01-26T10:00:00'],
    ['2026-08-20T08:00:00'],
    ['2026-12-28T08:00:00'],
  ])('from %s, workingDaysBetween undoes addWorkingDays and subtractWorkingDays for 0–40 days', (start) => {
    const mismatches: number[] = [];
    for (let n = 0; n <= 40; n += 1) {
      const due = calendar.addWorkingDays(vn(start), n);
      const before = calendar.subtractWorkingDays(due, n);
      if (calendar.workingDaysBetween(vn(start), due) !== n || calendar.workingDaysBetween(before, due) !== n) mismatches.push(n);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('admin overrides', () => {
  it('an extra day off pushes a deadline by a day', () => {
    const start = vn('2025-06-02T09:00:00'); // Monday
    expect(iso(calendar.addWorkingDays(start, 3))).toBe(iso(vn('2025-06-05T09:00:00')));
    const local = withOverrides({ year: 2025, extraDaysOff: ['2025-06-04'], workingDays: [] });
    expect(iso(local.addWorkingDays(start, 3))).toBe(iso(vn('2025-06-06T09:00:00')));
    expect(local.holidaysOf(2025).find((d) => d.date === '2025-06-04')?.kind).toBe('EXTRA');
  });

  it('a compensatory working Saturday counts', () => {
    const local = withOverrides({ year: 2025, extraDaysOff: [], workingDays: ['2025-06-07'] });
    expect(iso(local.addWorkingDays(vn('2025-06-06T09:00:00'), 1))).toBe(iso(vn('2025-06-07T09:00:00')));
    expect(local.compensatoryWorkingDaysOf(2025)).toEqual(['2025-04-26', '2025-06-07']);
  });

  it('moves the day next to 2 September: 2027 with 1 September instead of the 3rd', () => {
    const start = vn('2027-08-31T09:00:00'); // Tuesday
    expect(iso(calendar.addWorkingDays(start, 1))).toBe(iso(vn('2027-09-01T09:00:00')));
    const moved = withOverrides({ year: 2027, extraDaysOff: ['2027-09-01'], workingDays: ['2027-09-03'] });
    expect(iso(moved.addWorkingDays(start, 1))).toBe(iso(vn('2027-09-03T09:00:00')));
    expect(moved.holidaysOf(2027).map((d) => d.date).filter((d) => d.startsWith('2027-09'))).toEqual(['2027-09-01', '2027-09-02']);
  });

  it("records a year's decided Tết break (tetDaysOff replaces the default rule)", () => {
    const start = vn('2027-02-03T09:00:00'); // Wednesday
    expect(iso(calendar.addWorkingDays(start, 1))).toBe(iso(vn('2027-02-04T09:00:00')));
    const decided = withOverrides({ year: 2027, extraDaysOff: [], workingDays: [], tetDaysOff: tetDaysAround(2027, 2, 7) });
    expect(iso(decided.addWorkingDays(start, 1))).toBe(iso(vn('2027-02-15T09:00:00')));
  });

  it('wins over the official schedule: a make-up Saturday cancelled, a swapped day worked', () => {
    const local = withOverrides({ year: 2025, extraDaysOff: ['2025-04-26'], workingDays: ['2025-05-02'] });
    expect(local.isWorkingDay('2025-04-26')).toBe(false);
    expect(local.isWorkingDay('2025-05-02')).toBe(true);
    expect(local.compensatoryWorkingDaysOf(2025)).toEqual([]);
    expect(local.holidaysOf(2025).map((d) => d.date)).not.toContain('2025-05-02');
  });

  it('a later override of the same year wins a date', () => {
    const local = withOverrides(
      { year: 2025, extraDaysOff: ['2025-06-04'], workingDays: [] },
      { year: 2025, extraDaysOff: [], workingDays: ['2025-06-04'] },
    );
    expect(local.isWorkingDay('2025-06-04')).toBe(true);
  });

  it('is not changed by the caller editing its override arrays afterwards', () => {
    const extraDaysOff = ['2025-06-04'];
    const local = withOverrides({ year: 2025, extraDaysOff, workingDays: [] });
    extraDaysOff.push('2025-06-05');
    expect(local.isWorkingDay('2025-06-05')).toBe(true);
  });
});
