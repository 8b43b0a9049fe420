/**
 * The statutory days off of a year under the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14):
 * - Article 112(1): 1 January; Tết, 5 days; 30 April; 1 May; 2 September and one day before or
 *   after it (the second day since 2021); the Hùng Kings' Commemoration, 10/3 lunar — 11 days.
 * - Article 112(3): the Prime Minister fixes the actual Tết and 2 September days each year
 *   (see official-schedules.ts for the decided years; a year override replaces the rule below).
 * - Article 111(3): a holiday that falls on the weekly rest day is made up by a day off on the
 *   next working day. The weekly rest days here are Saturday and Sunday, as in the civil service
 *   (Decision 188/1999/QĐ-TTg), which is who reviews nominations.
 * The rules are applied to every year, except that before 2021 (Labour Code 2012, art. 115) 2 September
 * had one day only — 10 days off a year instead of 11.
 */
import { dayNumberOf, formatDayNumber, isWeekend, weekdayOf } from './civil-day';
import { DayOff, compensatoryDayOff, dayOff, tetDayOff } from './holiday-names';
import { lunarNewYear, lunarToSolar } from './lunar';

/**
 * The Tết break as consecutive days: `daysBefore` days before the 1st of the 1st lunar month and
 * `daysFrom` days from it, e.g. tetDaysAround(2026, 3, 6) is Saturday 14 – Sunday 22 February 2026.
 */
export function tetDaysAround(year: number, daysBefore: number, daysFrom: number): string[] {
  const tet = dayNumberOf(lunarNewYear(year));
  const days: string[] = [];
  for (let n = tet - daysBefore; n < tet + daysFrom; n += 1) days.push(formatDayNumber(n));
  return days;
}

/**
 * The default Tết rule, for a year no decision is recorded for: the 5 statutory days are the last
 * day of the old lunar year (giao thừa) and days 1–4 of the new one — the split the Government
 * chose for 2026 and most often proposes — and each of them that falls on a Saturday or Sunday is
 * made up on the next working day after it (Article 111(3)), so 5 weekdays are always off.
 */
export function defaultTetDaysOff(year: number): string[] {
  return tetDaysAround(year, 1, 4);
}

/**
 * The day next to 2 September, when no decision says otherwise: the one that joins the holiday to
 * a weekend — Monday → Tuesday 3rd, Thursday → Friday 3rd, Tuesday/Friday/Saturday → the 1st,
 * Sunday → Monday 3rd — and the day before in mid-week (Wednesday → Tuesday 1st). This matches the
 * decisions for 2021 (Thu → 3rd), 2022 (Fri → 1st), 2023 (Sat → 1st), 2024 (Mon → 3rd),
 * 2025 (Tue → 1st) and 2026 (Wed → 1st).
 */
export function nationalDayAdjacentDay(year: number): string {
  const weekday = weekdayOf(dayNumberOf(`${year}-09-02`));
  return [0, 1, 4].includes(weekday) ? `${year}-09-03` : `${year}-09-01`;
}

/** The first year 2 September has a second day off (Labour Code 2019, in force 1 January 2021). */
export const NATIONAL_DAY_TWO_DAYS_FROM = 2021;

export function hungKingsDay(year: number): string {
  return lunarToSolar(10, 3, year);
}

function fixedHolidays(year: number): DayOff[] {
  return [
    dayOff(`${year}-01-01`, 'NEW_YEAR'),
    dayOff(hungKingsDay(year), 'HUNG_KINGS'),
    dayOff(`${year}-04-30`, 'REUNIFICATION_DAY'),
    dayOff(`${year}-05-01`, 'LABOUR_DAY'),
    dayOff(`${year}-09-02`, 'NATIONAL_DAY'),
    // Labour Code 2012 art. 115: 2 September alone; Labour Code 2019 art. 112 (from 2021): and a day next to it.
    ...(year >= NATIONAL_DAY_TWO_DAYS_FROM ? [dayOff(nationalDayAdjacentDay(year), 'NATIONAL_DAY')] : []),
  ];
}

const byDate = (a: DayOff, b: DayOff) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The statutory days off of `year`, sorted, each with its compensatory day when it falls on a
 * weekend. `tetDaysOff`, when given, is the decided Tết break taken as it is (weekend days
 * included, no compensation added: the decision already balanced it); otherwise the default rule.
 * Should two holidays share a date (the Hùng Kings' day can fall on 30 April), it is one day off.
 */
export function statutoryDaysOff(year: number, tetDaysOff?: readonly string[]): DayOff[] {
  const tet = (tetDaysOff ?? defaultTetDaysOff(year)).map(tetDayOff);
  const holidays = [...fixedHolidays(year), ...tet]
    .sort(byDate)
    .filter((holiday, i, all) => i === 0 || all[i - 1].date !== holiday.date);
  const taken = new Set(holidays.map((h) => dayNumberOf(h.date)));
  const compensated = tetDaysOff ? holidays.filter((h) => h.kind !== 'TET') : holidays;
  const compensations: DayOff[] = [];
  for (const holiday of compensated) {
    const day = dayNumberOf(holiday.date);
    if (!isWeekend(day)) continue;
    let next = day + 1;
    while (isWeekend(next) || taken.has(next)) next += 1;
    taken.add(next);
    compensations.push(compensatoryDayOff(formatDayNumber(next), holiday));
  }
  return [...holidays, ...compensations].sort(byDate);
}
