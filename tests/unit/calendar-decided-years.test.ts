import { DEFAULT_WORKING_CALENDAR as CALENDAR } from '../../domain/calendar/working-calendar';
import { NATIONAL_DAY_TWO_DAYS_FROM, statutoryDaysOff, tetDaysAround } from '../../domain/calendar/holidays';
import { OFFICIAL_SCHEDULES } from '../../domain/calendar/official-schedules';

const range = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
};
const isWeekday = (day: string) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

describe('the days off decided for 2019 – 2023 (the default calendar)', () => {
  it.each([
    [
      2019,
      [
        '2019-01-01',
        ...range('2019-02-02', '2019-02-10'), // Tết Kỷ Hợi, 28 Chạp – mùng 6
        '2019-04-14', '2019-04-15', // Hùng Kings on Sunday, made up on Monday
        '2019-04-29', '2019-04-30', '2019-05-01', // Monday 29/4 swapped for Saturday 4/5
        '2019-09-02', // one day only (Labour Code 2012)
      ],
      ['2019-01-05', '2019-05-04'], // 5/1 makes up for Monday 31/12/2018
    ],
    [
      2020,
      ['2020-01-01', ...range('2020-01-23', '2020-01-29'), '2020-04-02', '2020-04-30', '2020-05-01', '2020-09-02'],
      [],
    ],
    [
      2021,
      [
        '2021-01-01',
        ...range('2021-02-10', '2021-02-16'), // Tết Tân Sửu, 29 Chạp – mùng 5
        '2021-04-21',
        '2021-04-30', '2021-05-01', '2021-05-03', // 1/5 on Saturday, made up on Monday
        '2021-09-02', '2021-09-03',
      ],
      [],
    ],
    [
      2022,
      [
        '2022-01-01', '2022-01-03',
        ...range('2022-01-29', '2022-02-06'), // Tết Nhâm Dần, 27 Chạp – mùng 6
        '2022-04-10', '2022-04-11',
        '2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03',
        '2022-09-01', '2022-09-02',
      ],
      [],
    ],
    [
      2023,
      [
        '2023-01-01', '2023-01-02',
        ...range('2023-01-20', '2023-01-26'), // Tết Quý Mão, 29 Chạp – mùng 5
        '2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03',
        '2023-09-01', '2023-09-02', '2023-09-04',
      ],
      [],
    ],
  ])('%i', (year, daysOff, makeUpDays) => {
    expect(CALENDAR.holidaysOf(year).map((d) => d.date)).toEqual(daysOff);
    expect(CALENDAR.compensatoryWorkingDaysOf(year)).toEqual(makeUpDays);
  });

  it('New Year 2019: Monday 31 December 2018 is off (swapped)', () => {
    expect(CALENDAR.holidaysOf(2018).find((d) => d.date === '2018-12-31')?.kind).toBe('EXTRA');
  });

  it.each([
    [2019, 3, 6],
    [2020, 2, 5],
    [2021, 2, 5],
    [2022, 3, 6],
    [2023, 2, 5],
  ])('the %i Tết break is %i days before Tết and %i from it', (year, before, from) => {
    expect(OFFICIAL_SCHEDULES.find((s) => s.year === year)?.tetDaysOff).toEqual(tetDaysAround(year, before, from));
  });

  it.each([
    ['2021-02-10', '29 tháng Chạp'],
    ['2022-01-29', '27 tháng Chạp'],
    ['2023-01-20', '29 tháng Chạp'],
    ['2023-01-26', 'mùng 5 tháng Giêng'],
  ])('%s is named %s', (day, lunar) => {
    expect(CALENDAR.holidaysOf(Number(day.slice(0, 4))).find((d) => d.date === day)?.nameVi).toContain(lunar);
  });

  it.each([
    [2020, 10],
    [2021, 11],
    [2022, 11],
    [2023, 11],
  ])('%i: weekdays off minus make-up Saturdays are the %i statutory days of that year', (year, count) => {
    const weekdaysOff = CALENDAR.holidaysOf(year).filter((d) => isWeekday(d.date)).length;
    expect(weekdaysOff - CALENDAR.compensatoryWorkingDaysOf(year).length).toBe(count);
  });
});

describe('2 September: one day before 2021 (Labour Code 2012), with a day next to it since (Labour Code 2019)', () => {
  it('the second day starts in 2021', () => expect(NATIONAL_DAY_TWO_DAYS_FROM).toBe(2021));

  it.each([2015, 2016, 2017, 2018, 2019, 2020])('%i: 10 weekdays off by statute, 2/9 alone', (year) => {
    const days = statutoryDaysOff(year);
    expect(days.filter((d) => d.kind === 'NATIONAL_DAY').map((d) => d.date)).toEqual([`${year}-09-02`]);
    expect(days.filter((d) => isWeekday(d.date))).toHaveLength(10);
  });

  it.each([2021, 2024, 2027])('%i: two National Day days', (year) => {
    expect(statutoryDaysOff(year).filter((d) => d.kind === 'NATIONAL_DAY')).toHaveLength(2);
  });
});

describe('working or not, specific days of 2019 – 2026', () => {
  it.each([
    ['2019-01-05', true, 'Saturday worked for Monday 31/12/2018'],
    ['2019-02-01', true, 'the Friday before the 2019 Tết break'],
    ['2019-02-11', true, 'the Monday after it'],
    ['2019-04-29', false, 'Monday swapped for Saturday 4/5/2019'],
    ['2019-05-04', true, 'the make-up Saturday'],
    ['2019-09-02', false, 'National Day 2019'],
    ['2019-09-03', true, 'no second day in 2019'],
    ['2020-01-23', false, '29 Chạp Kỷ Hợi, in the decided break'],
    ['2020-01-30', true, 'the Thursday after the 2020 break (the default rule would have kept it off)'],
    ['2020-09-01', true, 'no day before 2/9 in 2020'],
    ['2020-09-03', true, 'nor after it'],
    ['2021-02-09', true, 'the Tuesday before the 2021 break'],
    ['2021-02-17', true, 'the Wednesday after it'],
    ['2021-05-03', false, 'made up for 1/5 on a Saturday'],
    ['2021-09-03', false, 'the day after 2/9, 2021'],
    ['2022-01-28', true, 'the Friday before the 2022 break'],
    ['2022-02-04', false, 'Friday mùng 4 Tết Nhâm Dần'],
    ['2022-02-07', true, 'the Monday after it'],
    ['2022-05-03', false, 'made up for 1/5 on a Sunday'],
    ['2022-09-01', false, 'the day before 2/9, 2022'],
    ['2023-01-19', true, 'the Thursday before the 2023 break'],
    ['2023-01-27', true, 'the Friday after it'],
    ['2023-05-03', false, 'made up for 30/4 on a Sunday'],
    ['2023-05-04', true, 'the Thursday after'],
    ['2023-09-04', false, 'made up for 2/9 on a Saturday'],
    ['2024-02-15', true, 'the Thursday after Tết Giáp Thìn'],
    ['2025-01-24', true, 'the Friday before Tết Ất Tỵ'],
    ['2026-02-23', true, 'the Monday after Tết Bính Ngọ'],
    ['2026-08-31', false, 'Monday swapped for Saturday 22/8/2026'],
  ])('%s → %p (%s)', (day, working) => {
    expect(CALENDAR.isWorkingDay(day)).toBe(working);
  });
});
