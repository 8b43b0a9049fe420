import { leapMonthOf, lunarMonthLength, lunarNewYear, lunarToSolar, solarToLunar } from '../../domain/calendar/lunar';

describe('lunarNewYear — Tết Nguyên Đán on the Vietnamese calendar (UTC+7)', () => {
  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    // The new moon is at 23:07 in Hà Nội on 2 February, 00:07 on 3 February in Beijing:
    // Vietnam celebrates on the 2nd, China on the 3rd.
    [2030, '2030-02-02'],
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
  ])('Tết %i is %s', (year, day) => {
    expect(lunarNewYear(year)).toBe(day);
  });

  it.each([
    [1985, '1985-02-20'],
    [2007, '2007-02-18'],
    [2030, '2030-02-03'],
  ])('at UTC+8 (the Chinese calendar) %i falls on %s instead', (year, day) => {
    expect(lunarNewYear(year, 8)).toBe(day);
  });
});

describe("lunarToSolar — the Hùng Kings' Commemoration, 10/3 lunar", () => {
  it.each([
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
    [2028, '2028-04-04'],
    [2029, '2029-04-23'],
    [2030, '2030-04-12'],
  ])('%i: %s', (year, day) => {
    expect(lunarToSolar(10, 3, year)).toBe(day);
  });
});

describe('solarToLunar', () => {
  it.each([
    ['2025-01-28', { day: 29, month: 12, year: 2024, leap: false }, 'giao thừa 2025: the 12th month of Giáp Thìn has 29 days'],
    ['2024-02-09', { day: 30, month: 12, year: 2023, leap: false }, 'giao thừa 2024: a 30-day 12th month'],
    ['2026-02-14', { day: 27, month: 12, year: 2025, leap: false }, 'the first day of the 2026 Tết break'],
    ['2026-02-17', { day: 1, month: 1, year: 2026, leap: false }, 'Tết Bính Ngọ'],
    ['2023-03-22', { day: 1, month: 2, year: 2023, leap: true }, 'the leap 2nd month of 2023'],
    ['2025-07-25', { day: 1, month: 6, year: 2025, leap: true }, 'the leap 6th month of 2025'],
    ['2020-05-23', { day: 1, month: 4, year: 2020, leap: true }, 'the leap 4th month of 2020'],
    ['2024-09-17', { day: 15, month: 8, year: 2024, leap: false }, 'Mid-Autumn 2024'],
    ['2025-10-06', { day: 15, month: 8, year: 2025, leap: false }, 'Mid-Autumn 2025'],
    ['2025-12-31', { day: 12, month: 11, year: 2025, leap: false }, 'late December is still the old lunar year'],
  ])('%s → %j (%s)', (day, lunar) => {
    expect(solarToLunar(day)).toEqual(lunar);
  });

  it('round-trips every day of 2020–2030 through lunarToSolar, one lunar day at a time', () => {
    const wrong: string[] = [];
    let previous = solarToLunar('2019-12-31');
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2031, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const lunar = solarToLunar(day);
      const back = lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap);
      const nextInMonth = lunar.day === previous.day + 1 && lunar.month === previous.month;
      const newMonth = lunar.day === 1 && (previous.day === 29 || previous.day === 30);
      if (back !== day || !(nextInMonth || newMonth)) wrong.push(`${day} → ${JSON.stringify(lunar)} → ${back}`);
      previous = lunar;
    }
    expect(wrong).toEqual([]);
  });
});

describe('leap months and month lengths', () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2024, null],
    [2026, null],
  ])('lunar year %i has leap month %p', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it.each([
    [12, 2023, false, 30],
    [12, 2024, false, 29],
    [6, 2025, true, 29],
  ])('month %i of %i (leap %p) has %i days', (month, year, leap, length) => {
    expect(lunarMonthLength(month, year, leap)).toBe(length);
  });

  it('converts a day of a leap month', () => {
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 6, 2025, false)).toBe('2025-06-25');
  });
});

describe('refusals', () => {
  it.each([
    ['day 30 of a 29-day month', () => lunarToSolar(30, 12, 2024)],
    ['a leap month the year does not have', () => lunarToSolar(1, 3, 2025, true)],
    ['a leap month in a 12-month year', () => lunarToSolar(1, 1, 2026, true)],
    ['month 13', () => lunarToSolar(1, 13, 2025)],
    ['day 0', () => lunarToSolar(0, 1, 2025)],
    ['a year before the covered range', () => lunarNewYear(1800)],
    ['a year after the covered range', () => lunarNewYear(2300)],
    ['a day that does not exist', () => solarToLunar('2025-02-30')],
    ['a day in another format', () => solarToLunar('30/04/2025')],
  ])('%s is a RangeError', (_label, convert) => {
    expect(convert).toThrow(RangeError);
  });
});
