/** How messages show days, times and lists to people: Vietnam time, dd/mm/yyyy (DESIGN.md §3). */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day (YYYY-MM-DD) or an instant (ISO text or a Date): both shown as Vietnam time. */
export type DayOrInstant = string | Date;

/** A calendar day (YYYY-MM-DD) or an instant as its day in Vietnam; anything else unchanged. */
function vietnamDay(value: DayOrInstant): { y: string; m: string; d: string; time?: string } | null {
  if (typeof value === 'string' && DAY.test(value)) {
    return { y: value.slice(0, 4), m: value.slice(5, 7), d: value.slice(8, 10) };
  }
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return { y: local.slice(0, 4), m: local.slice(5, 7), d: local.slice(8, 10), time: local.slice(11, 16) };
}

const asText = (value: DayOrInstant) => (typeof value === 'string' ? value : String(value));

/** 01/07/2025 — the Vietnam day (an instant at 06:00 in Vietnam, 23:00 UTC the day before, shows its Vietnam day). */
export function dayVi(value: DayOrInstant): string {
  const p = vietnamDay(value);
  return p ? `${p.d}/${p.m}/${p.y}` : asText(value);
}

/** 1 July 2025 */
export function dayEn(value: DayOrInstant): string {
  const p = vietnamDay(value);
  return p ? `${Number(p.d)} ${MONTHS_EN[Number(p.m) - 1]} ${p.y}` : asText(value);
}

/** 17:00 ngày 01/07/2025 (Vietnam time) */
export function timeVi(value: DayOrInstant): string {
  const p = vietnamDay(value);
  return p?.time ? `${p.time} ngày ${p.d}/${p.m}/${p.y}` : dayVi(value);
}

/** 17:00 on 1 July 2025 (Vietnam time) */
export function timeEn(value: DayOrInstant): string {
  const p = vietnamDay(value);
  return p?.time ? `${p.time} on ${dayEn(value)} (Vietnam time)` : dayEn(value);
}

/** 08:30 on 15/12/2026 (Vietnam time) — English text with the day written dd/mm/yyyy, as notifications show it. */
export function dateTimeEn(value: DayOrInstant): string {
  const p = vietnamDay(value);
  return p?.time ? `${p.time} on ${p.d}/${p.m}/${p.y} (Vietnam time)` : dayVi(value);
}

/** An instant at 00:00 Vietnam time: the end (24:00) of the day before, as a deadline is written. */
function endedDay(value: DayOrInstant): string | null {
  const ms = typeof value === 'string' ? (DAY.test(value) ? NaN : Date.parse(value)) : value.getTime();
  if (Number.isNaN(ms) || (ms + VIETNAM_OFFSET_MS) % DAY_MS !== 0) return null;
  return dayVi(new Date(ms - 1));
}

/**
 * A deadline: "24:00 ngày 15/12/2026" when it ends a Vietnam day (the working-day deadlines,
 * Civil Code art. 148); otherwise its time, "08:30 ngày 15/12/2026" (a compressed test clock).
 */
export function deadlineVi(value: DayOrInstant): string {
  const day = endedDay(value);
  return day ? `24:00 ngày ${day}` : timeVi(value);
}

/** A deadline in English: "15/12/2026 (end of day, Vietnam time)", or "08:30 on 15/12/2026 (Vietnam time)". */
export function deadlineEn(value: DayOrInstant): string {
  const day = endedDay(value);
  return day ? `${day} (end of day, Vietnam time)` : dateTimeEn(value);
}

/** "a, b và c" */
export function listVi(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** "a, b and c" */
export function listEn(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Upper-cases the first letter, for a label that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
