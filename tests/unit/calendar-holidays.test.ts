import { DomainError, ErrorCode } from '../../domain/error-codes';
import { DEFAULT_WORKING_CALENDAR, WorkingCalendar } from '../../domain/calendar/working-calendar';
import {
  defaultTetDaysOff,
  hungKingsDay,
  nationalDayAdjacentDay,
  statutoryDaysOff,
  tetDaysAround,
} from '../../domain/calendar/holidays';
import { OFFICIAL_SCHEDULES } from '../../domain/calendar/official-schedules';
import { yearOverrideErrors } from '../../domain/calendar/year-override';

const range = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
};
const isWeekday = (day: string) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
const BARE = new WorkingCalendar({ overrides: [], officialSchedules: [] });

describe('the days off the Government decided for 2024, 2025 and 2026 (the default calendar)', () => {
  it.each([
    [
      2024,
      [
        '2024-01-01',
        ...range('2024-02-08', '2024-02-14'), // Tết Giáp Thìn, Thursday – Wednesday
        '2024-04-18', // Hùng Kings, Thursday
        '2024-04-29', '2024-04-30', '2024-05-01', // Monday 29/4 swapped for Saturday 4/5
        '2024-09-02', '2024-09-03', // Monday + Tuesday
      ],
      ['2024-05-04'],
    ],
    [
      2025,
      [
        '2025-01-01',
        ...range('2025-01-25', '2025-02-02'), // Tết Ất Tỵ, 9 days
        '2025-04-07', // Hùng Kings, Monday
        '2025-04-30', '2025-05-01', '2025-05-02', // Friday 2/5 swapped for Saturday 26/4
        '2025-09-01', '2025-09-02', // Monday + Tuesday
      ],
      ['2025-04-26'],
    ],
    [
      2026,
      [
        '2026-01-01', '2026-01-02', // Friday 2/1 swapped for Saturday 10/1
        ...range('2026-02-14', '2026-02-22'), // Tết Bính Ngọ, 9 days
        '2026-04-26', '2026-04-27', // Hùng Kings on Sunday, made up on Monday
        '2026-04-30', '2026-05-01',
        '2026-08-31', '2026-09-01', '2026-09-02', // Monday 31/8 swapped for Saturday 22/8
      ],
      ['2026-01-10', '2026-08-22'],
    ],
  ])('%i', (year, daysOff, makeUpDays) => {
    expect(DEFAULT_WORKING_CALENDAR.holidaysOf(year).map((d) => d.date)).toEqual(daysOff);
    expect(DEFAULT_WORKING_CALENDAR.compensatoryWorkingDaysOf(year)).toEqual(makeUpDays);
  });

  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030])(
    '%i: weekdays off minus make-up Saturdays are the 11 statutory days of Article 112',
    (year) => {
      const weekdaysOff = DEFAULT_WORKING_CALENDAR.holidaysOf(year).filter((d) => isWeekday(d.date)).length;
      expect(weekdaysOff - DEFAULT_WORKING_CALENDAR.compensatoryWorkingDaysOf(year).length).toBe(11);
    },
  );

  it.each([
    [2024, 2, 5],
    [2025, 4, 5],
    [2026, 3, 6],
  ])('the %i Tết break is %i days before Tết and %i from it', (year, before, from) => {
    expect(OFFICIAL_SCHEDULES.find((s) => s.year === year)?.tetDaysOff).toEqual(tetDaysAround(year, before, from));
  });

  it('names each day in Vietnamese and English', () => {
    const byDate = new Map(DEFAULT_WORKING_CALENDAR.holidaysOf(2026).map((d) => [d.date, d]));
    expect(byDate.get('2026-02-17')).toMatchObject({ kind: 'TET', nameVi: expect.stringContaining('mùng 1 tháng Giêng') });
    expect(byDate.get('2026-02-16')?.nameVi).toContain('29 tháng Chạp');
    expect(byDate.get('2026-04-26')).toMatchObject({ kind: 'HUNG_KINGS', nameVi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
    expect(byDate.get('2026-04-27')).toMatchObject({
      kind: 'COMPENSATORY',
      nameVi: 'Nghỉ bù cho Giỗ Tổ Hùng Vương (10/3 âm lịch) rơi vào Chủ nhật 26/04/2026',
      nameEn: "Compensatory day off for Hùng Kings' Commemoration (10th day of the 3rd lunar month), which fell on Sunday 26/04/2026",
    });
    expect(byDate.get('2026-09-02')).toMatchObject({ kind: 'NATIONAL_DAY', nameEn: 'National Day (2 September)' });
    expect(byDate.get('2026-08-31')?.kind).toBe('EXTRA');
  });
});

describe('the statutory rules, for years with no decision', () => {
  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])("Hùng Kings' day %i is %s", (year, day) => {
    expect(hungKingsDay(year)).toBe(day);
  });

  it.each([
    [2021, 'Thursday', '2021-09-03'],
    [2022, 'Friday', '2022-09-01'],
    [2023, 'Saturday', '2023-09-01'],
    [2024, 'Monday', '2024-09-03'],
    [2025, 'Tuesday', '2025-09-01'],
    [2026, 'Wednesday', '2026-09-01'],
    [2029, 'Sunday', '2029-09-03'],
  ])('2 September %i is a %s: the adjacent day off is %s', (year, _weekday, day) => {
    expect(nationalDayAdjacentDay(year)).toBe(day);
  });

  it.each([
    [2026, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']],
    [2027, ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']],
  ])('default Tết %i: giao thừa and days 1–4 of the new year', (year, days) => {
    expect(defaultTetDaysOff(year)).toEqual(days);
  });

  it.each([
    // 1 January on Saturday → Monday 3rd.
    [2022, '2022-01-01', '2022-01-03'],
    // Hùng Kings on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday → Tuesday 2/5 and Wednesday 3/5.
    [2023, '2023-04-29', '2023-05-02'],
    [2023, '2023-04-30', '2023-05-03'],
    // 2/9 on Saturday (with Friday 1/9) → Monday 4/9.
    [2023, '2023-09-02', '2023-09-04'],
    // Tết 2027 is a Saturday: mùng 1 and 2 are made up on Wednesday 10 and Thursday 11 February.
    [2027, '2027-02-06', '2027-02-10'],
    [2027, '2027-02-07', '2027-02-11'],
    // 1 May 2027 is a Saturday → Monday 3 May.
    [2027, '2027-05-01', '2027-05-03'],
    // 2 September 2029 is a Sunday, Monday 3rd is the adjacent day → Tuesday 4th.
    [2029, '2029-09-02', '2029-09-04'],
  ])('%i: the holiday on the weekend day %s is made up on %s', (year, holiday, madeUp) => {
    const compensation = statutoryDaysOff(year).find((d) => d.kind === 'COMPENSATORY' && d.date === madeUp);
    const shown = `${holiday.slice(8, 10)}/${holiday.slice(5, 7)}/${holiday.slice(0, 4)}`;
    expect(compensation?.nameEn).toContain(shown);
    expect(compensation?.nameVi).toContain(shown);
  });

  it.each([2021, 2022, 2023, 2027, 2028, 2029, 2030])('%i: exactly 11 weekdays off', (year) => {
    expect(statutoryDaysOff(year).filter((d) => isWeekday(d.date))).toHaveLength(11);
  });

  it('a decided Tết break is taken as it is, without compensatory days of its own', () => {
    const days = statutoryDaysOff(2025, tetDaysAround(2025, 4, 5));
    expect(days.filter((d) => d.kind === 'COMPENSATORY')).toEqual([]);
    expect(days.filter((d) => d.kind === 'TET')).toHaveLength(9);
  });

  it('without the official schedules, 2025 falls back to the default Tết rule', () => {
    expect(BARE.holidaysOf(2025).filter((d) => d.kind === 'TET' || d.kind === 'COMPENSATORY').map((d) => d.date)).toEqual([
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-03',
    ]);
  });
});

describe('year overrides are checked', () => {
  it.each([
    [{ year: 2025, extraDaysOff: ['2025-02-30'], workingDays: [] }, 'override.extraDaysOff[0]'],
    [{ year: 2025, extraDaysOff: [], workingDays: ['2026-01-03'] }, 'override.workingDays[0]'],
    [{ year: 2025, extraDaysOff: ['2025-06-02'], workingDays: ['2025-06-02'] }, 'override.workingDays'],
    [{ year: 2025, extraDaysOff: [], workingDays: [], tetDaysOff: [] }, 'override.tetDaysOff'],
    [{ year: 1800, extraDaysOff: [], workingDays: [] }, 'override.year'],
  ])('%j is refused at %s', (override, field) => {
    expect(yearOverrideErrors(override).map((e) => [e.code, e.field])).toEqual([[ErrorCode.INVALID_VALUE, field]]);
  });

  it('the calendar refuses bad overrides with every problem in one DomainError', () => {
    let error: unknown;
    try {
      new WorkingCalendar({ overrides: [{ year: 2025, extraDaysOff: ['2025-13-01', '2024-12-31'], workingDays: [] }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    const refusal = error as DomainError;
    expect([refusal.error, ...refusal.others].map((e) => e.field)).toEqual([
      'overrides[0].extraDaysOff[0]',
      'overrides[0].extraDaysOff[1]',
    ]);
  });
});
