/**
 * The astronomy behind the Vietnamese lunar calendar, after Hồ Ngọc Đức's well-known algorithm
 * ("Âm lịch Việt Nam", based on Jean Meeus, Astronomical Algorithms): new moons and the sun's
 * longitude, evaluated at the meridian of a time zone. Vietnam uses UTC+7 (since 1968); China
 * uses UTC+8, which is why Tết differs in some years (e.g. 1985, 2007).
 * Days here are Julian day numbers (JDN); 1970-01-01 is JDN 2440588.
 */
export const VIETNAM_TIME_ZONE_HOURS = 7;
export const JDN_OF_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
/** The new moon of 1900-01-01 — the reference of the lunation count `k`. */
const NEW_MOON_1900 = 2415021.076998695;
const RAD = Math.PI / 180;

/** The instant (Julian date, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * RAD * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * mpr);
  c1 -= 0.0004 * Math.sin(RAD * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(RAD * 2 * f) - 0.0051 * Math.sin(RAD * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(RAD * (m - mpr)) + 0.0004 * Math.sin(RAD * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(RAD * (2 * f - m)) - 0.0006 * Math.sin(RAD * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(RAD * (2 * f - mpr)) + 0.0005 * Math.sin(RAD * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

/** The sun's apparent longitude in radians, 0 ≤ L < 2π, at Julian date `jd`. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(RAD * 2 * m) + 0.00029 * Math.sin(RAD * 3 * m);
  const l = (l0 + dl) * RAD;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** The JDN of the local day holding the k-th new moon. */
export function newMoonDay(k: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}

/** Which of the 12 solar terms (30° sectors, 0 = from the spring equinox) local midnight of `jdn` is in. */
export function sunSector(jdn: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number {
  return Math.floor((sunLongitude(jdn - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** The lunation index of the new moon on or just before `jdn` (rounded, or floored). */
export function lunationIndex(jdn: number, round: boolean): number {
  const months = (jdn - NEW_MOON_1900) / SYNODIC_MONTH;
  return Math.floor(round ? months + 0.5 : months);
}

/**
 * The JDN of the first day of the 11th lunar month — the month holding the winter solstice — that
 * begins on or before 31 December of `year`.
 */
export function lunarMonth11(year: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number {
  const key = `${year}@${timeZone}`;
  let start = month11Cache.get(key);
  if (start === undefined) {
    start = computeLunarMonth11(year, timeZone);
    month11Cache.set(key, start);
  }
  return start;
}

/** Memos of pure functions: every conversion needs month 11 (and the leap month) of a year or two. */
const month11Cache = new Map<string, number>();

function computeLunarMonth11(year: number, timeZone: number): number {
  const dec31 = Math.floor(Date.UTC(year, 11, 31) / 86_400_000) + JDN_OF_EPOCH;
  const k = Math.floor((dec31 - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k, timeZone);
  // A month starting with the sun already at 270° or more began after the winter solstice:
  // month 11 is the one before it.
  return sunSector(start, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : start;
}

/**
 * In a 13-month lunar year starting at month 11 `a11`, the offset (from month 11) of the leap month:
 * the first month that contains no major solar term.
 */
export function leapMonthOffset(a11: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number {
  const key = `${a11}@${timeZone}`;
  let offset = leapOffsetCache.get(key);
  if (offset === undefined) {
    offset = computeLeapMonthOffset(a11, timeZone);
    leapOffsetCache.set(key, offset);
  }
  return offset;
}

const leapOffsetCache = new Map<string, number>();

function computeLeapMonthOffset(a11: number, timeZone: number): number {
  const k = lunationIndex(a11, true);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}
