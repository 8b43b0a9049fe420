import { dayNumberOf, formatDayNumber } from './civil-day';
import type { YearOverride } from './year-override';

/** `count` consecutive days from `first`, e.g. a 7-day Tết break. */
function days(first: string, count: number): string[] {
  const start = dayNumberOf(first);
  return Array.from({ length: count }, (_, i) => formatDayNumber(start + i));
}

/**
 * The holiday schedules the Government actually decided for the civil service, on top of the
 * statutory rules of holidays.ts (which already give 1/1, Hùng Kings, 30/4, 1/5, 2/9, the day next
 * to 2/9 and the compensatory day for a holiday on a weekend). Only what a rule cannot derive is
 * listed: the Tết break, swapped days (extraDaysOff) and their make-up Saturdays (workingDays).
 * Admin overrides are applied after these and win where they disagree.
 * Not encoded: 24 November, "Ngày Văn hóa Việt Nam", which Politburo Resolution 80-NQ/TW (January
 * 2026) wants as a paid holiday; until Article 112 is amended it is an extra day off to add by
 * override in the years it applies.
 */
export const OFFICIAL_SCHEDULES: readonly YearOverride[] = [
  // Years before 2021 ran under the Labour Code 2012 (art. 115): 2 September was one day only.
  {
    // New Year 2019 (Tue): Monday 31 December 2018 swapped for Saturday 5 January 2019, 29/12/2018 –
    // 1/1/2019 off (PM's approval announced by MoLISA, late 2018; document number to check).
    year: 2018,
    extraDaysOff: ['2018-12-31'],
    workingDays: [],
  },
  {
    // Tết Kỷ Hợi: Saturday 2 – Sunday 10 February (28 Chạp – mùng 6), 9 days: the 5 Tết days are
    // Monday 4 – Friday 8 February, no make-up day. Saturday 5 January worked for 31/12/2018.
    // 30/4 (Tue) – 1/5 (Wed): Monday 29 April swapped for Saturday 4 May, 27/4 – 1/5 off.
    // 2/9 is a Monday, one day only (Labour Code 2012). (Announced by MoLISA on the PM's approval,
    // December 2018 and April 2019; document numbers to check.)
    year: 2019,
    tetDaysOff: days('2019-02-02', 9),
    extraDaysOff: ['2019-04-29'],
    workingDays: ['2019-01-05', '2019-05-04'],
  },
  {
    // Tết Canh Tý: Thursday 23 – Wednesday 29 January (29 Chạp – mùng 5), 7 days with the weekend,
    // no make-up day (MoLISA's notice on the PM's approval, late 2019; document number to check).
    // 1/1 (Wed), Hùng Kings 2 April (Thu), 30/4 (Thu), 1/5 (Fri), 2/9 (Wed, one day): no swap.
    year: 2020,
    tetDaysOff: days('2020-01-23', 7),
    extraDaysOff: [],
    workingDays: [],
  },
  {
    // Tết Tân Sửu: Wednesday 10 – Tuesday 16 February (29 Chạp – mùng 5), 7 days with the weekend,
    // no make-up day (MoLISA's notice on the PM's approval, late 2020; document number to check).
    // 2/9 (Thu) with Friday 3 September, 2/9 – 5/9 off — the default rule. 1/5 falls on a Saturday:
    // made up on Monday 3 May by the statutory rule. 1/1 (Fri), Hùng Kings 21 April (Wed): statutory.
    year: 2021,
    tetDaysOff: days('2021-02-10', 7),
    extraDaysOff: [],
    workingDays: [],
  },
  {
    // Tết Nhâm Dần: Saturday 29 January – Sunday 6 February (27 Chạp – mùng 6), 9 days: the 5 Tết
    // days are Monday 31 January – Friday 4 February, no make-up day (Government Office letter
    // 245/VPCP-KGVX of 11 January 2022).
    // 2/9 (Fri) with Thursday 1 September, 1/9 – 4/9 off — the default rule (document to check).
    // 1/1 (Sat), Hùng Kings 10 April (Sun), 30/4 (Sat) and 1/5 (Sun) are made up on Monday 3 January,
    // Monday 11 April and Monday 2 – Tuesday 3 May by the statutory rule.
    year: 2022,
    tetDaysOff: days('2022-01-29', 9),
    extraDaysOff: [],
    workingDays: [],
  },
  {
    // Tết Quý Mão: Friday 20 – Thursday 26 January (29 Chạp – mùng 5), 7 days with the weekend, no
    // make-up day; 2/9 (Sat) with Friday 1 September, 1/9 – 4/9 off (Government Office letter
    // 8056/VPCP-KGVX of 1 December 2022) — 4/9 is the statutory make-up for 2/9 on a Saturday.
    // 1/1 (Sun) made up on Monday 2 January; Hùng Kings 29 April (Sat), 30/4 (Sun), 1/5 (Mon):
    // 29/4 – 3/5 off, made up on Tuesday 2 and Wednesday 3 May by the statutory rule, no swap.
    year: 2023,
    tetDaysOff: days('2023-01-20', 7),
    extraDaysOff: [],
    workingDays: [],
  },
  {
    // Tết Giáp Thìn: Thursday 8 – Wednesday 14 February (29 Chạp – mùng 5), 5 Tết days plus the
    // weekend, no make-up day (MoLISA's notice after the PM's approval, late 2023).
    // 30/4 (Tue) – 1/5 (Wed): Monday 29 April swapped for Saturday 4 May, 27/4 – 1/5 off
    // (Government Office letter 2450/VPCP-KGVX of 12 April 2024).
    // 2/9 is a Monday; the adjacent day was Tuesday 3 September (31/8 – 3/9 off) — the default rule.
    // Hùng Kings 18 April (Thu) and 1 January (Mon): statutory, no change.
    year: 2024,
    tetDaysOff: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14'],
    extraDaysOff: ['2024-04-29'],
    workingDays: ['2024-05-04'],
  },
  {
    // Tết Ất Tỵ: Saturday 25 January – Sunday 2 February (26 Chạp – mùng 5), 9 days: the 5 Tết
    // days are Monday 27 – Friday 31 January, no make-up day (Government Office letter
    // 8726/VPCP-KGVX of 26 November 2024).
    // 30/4 (Wed) – 1/5 (Thu): Friday 2 May swapped for Saturday 26 April, 30/4 – 4/5 off (same letter).
    // 2/9 is a Tuesday; the adjacent day was Monday 1 September (30/8 – 2/9 off) — the default rule.
    // Hùng Kings 7 April (Mon) and 1 January (Wed): statutory, no change.
    year: 2025,
    tetDaysOff: [
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ],
    extraDaysOff: ['2025-05-02'],
    workingDays: ['2025-04-26'],
  },
  {
    // 1 January (Thu): Friday 2 January swapped for Saturday 10 January, 1/1 – 4/1 off (approved
    // by the Deputy PM on 25 December 2025 on the Ministry of Home Affairs' proposal).
    // Tết Bính Ngọ: Saturday 14 – Sunday 22 February (27 Chạp – mùng 6), 9 days: the 5 Tết days are
    // Monday 16 – Friday 20 February, one before Tết and four after (Ministry of Home Affairs plan
    // approved by the PM, announced October 2025).
    // 2/9 (Wed) with the day before, Tuesday 1 September; Monday 31 August swapped for Saturday
    // 22 August, 29/8 – 2/9 off (same plan).
    // Hùng Kings falls on Sunday 26 April: made up on Monday 27 April by the statutory rule.
    // 30/4 (Thu) – 1/5 (Fri): no swap recorded as of February 2026 — an assumption; if one is
    // decided, an admin override adds it.
    year: 2026,
    tetDaysOff: [
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ],
    extraDaysOff: ['2026-01-02', '2026-08-31'],
    workingDays: ['2026-01-10', '2026-08-22'],
  },
];
