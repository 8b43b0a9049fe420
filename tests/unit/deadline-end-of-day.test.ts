import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { calendarClock, compressedClock } from '../../domain/deadline-clock';
import { dateTimeEn, dayVi, deadlineEn, deadlineVi, timeVi } from '../../domain/messages/format';
import { workingDaysDeadline } from '../../domain/working-days';

/** An instant given as Vietnam local time (UTC+7, no daylight saving). */
const vn = (local: string) => new Date(`${local}+07:00`);
/** 24:00 Vietnam time of a day = 00:00 of the next day = 17:00 UTC of that day. */
const endOf = (day: string) => new Date(`${day}T17:00:00.000Z`);
const iso = (date: Date) => date.toISOString();
const clock = calendarClock(new WorkingCalendar());

describe('a deadline of n working days starts the day after and ends at 24:00 Vietnam time of its last working day', () => {
  it.each([
    ['Mon 14/12/2026 08:30 + 1 → end of Tuesday 15/12', '2026-12-14T08:30:00', 1, '2026-12-15'],
    ['Mon 14/12/2026 23:59 + 1 → the same: the time of day does not matter', '2026-12-14T23:59:00', 1, '2026-12-15'],
    ['Mon 14/12/2026 00:01 + 5 → end of Monday 21/12', '2026-12-14T00:01:00', 5, '2026-12-21'],
    ['Fri 11/12/2026 16:00 + 1 → end of Monday 14/12 (the weekend is skipped)', '2026-12-11T16:00:00', 1, '2026-12-14'],
    ['Sat 12/12/2026 + 1 → end of Monday 14/12', '2026-12-12T10:00:00', 1, '2026-12-14'],
    ['Tue 15/12/2026 06:00 (23:00 UTC on the 14th) + 1 → end of Wednesday 16/12', '2026-12-15T06:00:00', 1, '2026-12-16'],
    // Decided Tết breaks.
    ['Fri 13/2/2026 + 1 → end of Monday 23/2, after Tết Bính Ngọ', '2026-02-13T09:00:00', 1, '2026-02-23'],
    ['Thu 19/1/2023 + 1 → end of Friday 27/1, after Tết Quý Mão', '2023-01-19T09:00:00', 1, '2023-01-27'],
    ['Fri 28/1/2022 + 1 → end of Monday 7/2, after Tết Nhâm Dần', '2022-01-28T09:00:00', 1, '2022-02-07'],
    ['Tue 9/2/2021 + 1 → end of Wednesday 17/2, after Tết Tân Sửu', '2021-02-09T09:00:00', 1, '2021-02-17'],
    ['Wed 22/1/2020 + 1 → end of Thursday 30/1, after Tết Canh Tý', '2020-01-22T09:00:00', 1, '2020-01-30'],
    // 2/9: one day before 2021, two since.
    ['Fri 30/8/2019 + 1 → end of Tuesday 3/9 (2/9 alone)', '2019-08-30T09:00:00', 1, '2019-09-03'],
    ['Mon 31/8/2020 + 1 → end of Tuesday 1/9 (no second day in 2020)', '2020-08-31T09:00:00', 1, '2020-09-01'],
    ['Fri 30/8/2024 + 1 → end of Wednesday 4/9 (31/8 – 3/9 off)', '2024-08-30T09:00:00', 1, '2024-09-04'],
    // New Year 2019: Monday 31/12/2018 swapped for Saturday 5/1/2019.
    ['Fri 28/12/2018 + 1 → end of Wednesday 2/1/2019', '2018-12-28T09:00:00', 1, '2019-01-02'],
    ['Wed 31/12/2025 + 1 → end of Monday 5/1/2026', '2025-12-31T16:00:00', 1, '2026-01-05'],
  ])('%s', (_label, start, n, lastDay) => {
    expect(iso(clock.add(vn(start), n))).toBe(iso(endOf(lastDay)));
  });

  it('the deadline is 17:00 UTC of the last working day, which is 00:00 of the next day in Vietnam', () => {
    const due = clock.add(vn('2026-12-14T08:30:00'), 1);
    expect(iso(due)).toBe('2026-12-15T17:00:00.000Z');
    expect(iso(due)).toBe(iso(vn('2026-12-16T00:00:00')));
  });

  it('a deadline counts as the day it ends: extending it by m days ends m working days after its last day', () => {
    const start = vn('2026-12-10T14:00:00'); // Thursday
    const due = clock.add(start, 3); // end of Tuesday 15/12
    expect(iso(due)).toBe(iso(endOf('2026-12-15')));
    expect(iso(clock.add(due, 2))).toBe(iso(endOf('2026-12-17')));
    for (const [a, b] of [[1, 1], [2, 5], [4, 9], [10, 30]]) {
      expect(iso(clock.add(clock.add(start, a), b))).toBe(iso(clock.add(start, a + b)));
    }
  });

  it('0 working days is the start itself; fractions are refused', () => {
    const start = vn('2026-12-14T08:30:00');
    expect(iso(clock.add(start, 0))).toBe(iso(start));
    expect(() => clock.add(start, 1.5)).toThrow(RangeError);
    expect(() => clock.subtract(start, 0.5)).toThrow(RangeError);
  });

  it('domain/working-days gives the same deadline on the default calendar', () => {
    expect(iso(workingDaysDeadline(vn('2026-02-13T09:00:00'), 1))).toBe(iso(endOf('2026-02-23')));
  });
});

describe('reminders: "n working days before" a deadline is 00:00 Vietnam time at the start of the n-th last working day', () => {
  it.each([
    ['1 day before a Monday deadline: Monday 00:00, the morning of the last day', '2026-12-14', 1, '2026-12-14T00:00:00'],
    ['2 days before a Monday deadline: Friday 00:00', '2026-12-14', 2, '2026-12-11T00:00:00'],
    ['1 day before a Wednesday deadline: Wednesday 00:00', '2026-12-16', 1, '2026-12-16T00:00:00'],
    ['3 days before Monday 23/2/2026: Thursday 12/2, before Tết', '2026-02-23', 3, '2026-02-12T00:00:00'],
  ])('%s', (_label, lastDay, n, reminder) => {
    expect(iso(clock.subtract(endOf(lastDay), n))).toBe(iso(vn(reminder)));
  });

  it('at the reminder, exactly n working days are left', () => {
    for (const lastDay of ['2026-12-14', '2026-02-23', '2025-05-05', '2021-09-06', '2019-01-02']) {
      for (let n = 1; n <= 10; n += 1) {
        expect(clock.between(clock.subtract(endOf(lastDay), n), endOf(lastDay))).toBe(n);
      }
    }
  });
});

describe('between: the working days after from\'s day up to and including to\'s day', () => {
  it('a task returned on Tuesday with its deadline at the end of Thursday keeps 2 working days', () => {
    expect(clock.between(vn('2026-12-15T10:00:00'), endOf('2026-12-17'))).toBe(2);
  });

  it.each(['2026-12-11T16:00:00', '2026-02-12T09:00:00', '2025-04-24T08:00:00', '2020-01-20T07:00:00'])(
    'from %s, between undoes add for 0–40 working days, and reverses with the sign',
    (start) => {
      for (let n = 0; n <= 40; n += 1) {
        const due = clock.add(vn(start), n);
        expect([n, clock.between(vn(start), due)]).toEqual([n, n]);
        expect(clock.between(due, vn(start))).toBe(-n || 0);
      }
    },
  );
});

describe('the compressed clock of tests and demos keeps its exact arithmetic', () => {
  const fast = compressedClock(700);
  const start = new Date('2026-12-14T01:30:00.123Z');
  it('adds, subtracts and counts whole milliseconds', () => {
    expect(fast.add(start, 3).getTime()).toBe(start.getTime() + 2100);
    expect(fast.subtract(start, 2).getTime()).toBe(start.getTime() - 1400);
    expect(fast.between(start, new Date(start.getTime() + 2099))).toBe(2);
  });
});

describe('dates and times shown to people: Vietnam time, dd/mm/yyyy', () => {
  it.each([
    ['2026-12-15T17:00:00.000Z', '24:00 ngày 15/12/2026', '15/12/2026 (end of day, Vietnam time)'],
    ['2026-12-15T01:30:00.000Z', '08:30 ngày 15/12/2026', '08:30 on 15/12/2026 (Vietnam time)'],
    ['2026-12-14T23:00:00.000Z', '06:00 ngày 15/12/2026', '06:00 on 15/12/2026 (Vietnam time)'],
  ])('the deadline %s reads "%s" / "%s"', (instant, vi, en) => {
    expect(deadlineVi(instant)).toBe(vi);
    expect(deadlineVi(new Date(instant))).toBe(vi);
    expect(deadlineEn(new Date(instant))).toBe(en);
  });

  it('an instant at 06:00 in Vietnam (23:00 UTC the day before) shows the Vietnam day', () => {
    const opened = new Date('2026-12-14T23:00:00Z');
    expect(dayVi(opened)).toBe('15/12/2026');
    expect(timeVi(opened)).toBe('06:00 ngày 15/12/2026');
    expect(dateTimeEn(opened)).toBe('06:00 on 15/12/2026 (Vietnam time)');
    expect(deadlineVi(clock.add(opened, 1))).toBe('24:00 ngày 16/12/2026');
  });

  it('a calendar day (YYYY-MM-DD, e.g. a decision date) is written dd/mm/yyyy as it is', () => {
    expect(dayVi('2026-12-15')).toBe('15/12/2026');
    expect(deadlineVi('2026-12-15')).toBe('15/12/2026');
    expect(dayVi('')).toBe('');
  });
});
