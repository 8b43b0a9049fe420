import { solarToLunar } from './lunar';

/** Why a day is off. COMPENSATORY is "nghỉ bù"; EXTRA is a day off added by a decision or an admin. */
export type HolidayKind =
  'NEW_YEAR' | 'TET' | 'HUNG_KINGS' | 'REUNIFICATION_DAY' | 'LABOUR_DAY' | 'NATIONAL_DAY' | 'COMPENSATORY' | 'EXTRA';

/** One day off, named the way a portal shows it. */
export interface DayOff {
  date: string;
  kind: HolidayKind;
  nameVi: string;
  nameEn: string;
}

/** Names as in Article 112(1) of the Labour Code 2019. */
export const HOLIDAY_NAMES: Record<HolidayKind, { vi: string; en: string }> = {
  NEW_YEAR: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  TET: { vi: 'Tết Âm lịch (Tết Nguyên đán)', en: 'Lunar New Year (Tết)' },
  HUNG_KINGS: {
    vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    en: "Hùng Kings' Commemoration (10th day of the 3rd lunar month)",
  },
  REUNIFICATION_DAY: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  LABOUR_DAY: { vi: 'Ngày Quốc tế lao động (1/5)', en: 'International Labour Day (1 May)' },
  NATIONAL_DAY: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
  COMPENSATORY: { vi: 'Nghỉ bù', en: 'Compensatory day off' },
  EXTRA: {
    vi: 'Ngày nghỉ bổ sung (hoán đổi ngày làm việc hoặc theo quyết định)',
    en: 'Additional day off (swapped working day or by decision)',
  },
};

export function dayOff(date: string, kind: HolidayKind): DayOff {
  const { vi, en } = HOLIDAY_NAMES[kind];
  return { date, kind, nameVi: vi, nameEn: en };
}

const ORDINAL_EN = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** A Tết day named with its lunar date, e.g. "Tết Âm lịch (Tết Nguyên đán) – 30 tháng Chạp". */
export function tetDayOff(date: string): DayOff {
  const lunar = solarToLunar(date);
  const monthVi = lunar.month === 1 ? 'tháng Giêng' : lunar.month === 12 ? 'tháng Chạp' : `tháng ${lunar.month}`;
  const dayVi = lunar.day <= 10 ? `mùng ${lunar.day}` : `${lunar.day}`;
  const base = HOLIDAY_NAMES.TET;
  return {
    date,
    kind: 'TET',
    nameVi: `${base.vi} – ${dayVi} ${monthVi}${lunar.leap ? ' nhuận' : ''}`,
    nameEn: `${base.en} – ${ORDINAL_EN(lunar.day)} day of the ${ORDINAL_EN(lunar.month)}${lunar.leap ? ' leap' : ''} lunar month`,
  };
}

/** A day written the Vietnamese way, dd/mm/yyyy. */
export function vietnameseDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * Named after the holiday it makes up for, e.g. "Nghỉ bù cho Quốc khánh (2/9) rơi vào thứ Bảy
 * 02/09/2023". Only weekend holidays are made up, so the weekday is Saturday or Sunday.
 */
export function compensatoryDayOff(date: string, forHoliday: DayOff): DayOff {
  const { vi, en } = forHoliday.kind === 'TET' ? HOLIDAY_NAMES.TET : { vi: forHoliday.nameVi, en: forHoliday.nameEn };
  const sunday = new Date(`${forHoliday.date}T00:00:00Z`).getUTCDay() === 0;
  return {
    date,
    kind: 'COMPENSATORY',
    nameVi: `${HOLIDAY_NAMES.COMPENSATORY.vi} cho ${vi} rơi vào ${sunday ? 'Chủ nhật' : 'thứ Bảy'} ${vietnameseDate(forHoliday.date)}`,
    nameEn: `${HOLIDAY_NAMES.COMPENSATORY.en} for ${en}, which fell on ${sunday ? 'Sunday' : 'Saturday'} ${vietnameseDate(forHoliday.date)}`,
  };
}
