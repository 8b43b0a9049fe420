/** How messages show days, times and lists to people: Vietnam time, dd/mm/yyyy (DESIGN.md §3). */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
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

/** A calendar day (YYYY-MM-DD) or an instant as its day in Vietnam; anything else unchanged. */
function vietnamDay(value: string): { y: string; m: string; d: string; time?: string } | null {
  if (DAY.test(value)) return { y: value.slice(0, 4), m: value.slice(5, 7), d: value.slice(8, 10) };
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return { y: local.slice(0, 4), m: local.slice(5, 7), d: local.slice(8, 10), time: local.slice(11, 16) };
}

/** 01/07/2025 */
export function dayVi(value: string): string {
  const p = vietnamDay(value);
  return p ? `${p.d}/${p.m}/${p.y}` : value;
}

/** 1 July 2025 */
export function dayEn(value: string): string {
  const p = vietnamDay(value);
  return p ? `${Number(p.d)} ${MONTHS_EN[Number(p.m) - 1]} ${p.y}` : value;
}

/** 17:00 ngày 01/07/2025 (Vietnam time) */
export function timeVi(value: string): string {
  const p = vietnamDay(value);
  return p?.time ? `${p.time} ngày ${p.d}/${p.m}/${p.y}` : dayVi(value);
}

/** 17:00 on 1 July 2025 (Vietnam time) */
export function timeEn(value: string): string {
  const p = vietnamDay(value);
  return p?.time ? `${p.time} on ${dayEn(value)} (Vietnam time)` : dayEn(value);
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
