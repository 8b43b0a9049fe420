import { PovertyStatus } from './enums';
import { nomineeMessages, refusal } from './messages';

/** A workplace and position held from a day (and until one), latest last. */
export interface NomineePosition {
  workplace: string;
  position: string;
  from: string | null;
  to: string | null;
}

/** What changes year by year: a collective's members, a household's poverty status. */
export interface NomineeYear {
  year: number;
  memberCount?: number | null;
  femaleMemberCount?: number | null;
  povertyStatus?: PovertyStatus | null;
}

/** A prior award the commune declares; the registry may confirm it or not. */
export interface DeclaredAward {
  awardCode: string;
  year: number | null;
  decisionNumber: string | null;
}

/** Lower case, no diacritics, single spaces: "Nguyễn  Thị Ánh" and "nguyen thi anh" fold alike. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names one typo apart (or equal once folded) may be the same person. */
export function similarNames(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  return editDistanceAtMostOne(x, y);
}

function editDistanceAtMostOne(x: string, y: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (x.length > y.length) i++;
    else if (y.length > x.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (x.length - i) + (y.length - j) <= 1;
}

/** The last word of a folded name: the given name (tên), which a typo elsewhere leaves alone. */
export function givenNameOf(name: string): string {
  return foldName(name).split(' ').pop() ?? '';
}

/** A year's facts replace that year's, other years stay; sorted by year. */
export function withYear(years: readonly NomineeYear[], fact: NomineeYear): NomineeYear[] {
  return [...years.filter((y) => y.year !== fact.year), fact].sort((a, b) => a.year - b.year);
}

/** A new workplace or position opens a line and closes the one before; the same one changes nothing. */
export function withPosition(
  positions: readonly NomineePosition[],
  workplace: string | null,
  position: string | null,
  since: string | null,
): NomineePosition[] {
  if (!workplace && !position) return [...positions];
  const last = positions[positions.length - 1];
  if (last && last.workplace === (workplace ?? '') && last.position === (position ?? '')) return [...positions];
  const closed = last ? [...positions.slice(0, -1), { ...last, to: last.to ?? since }] : [];
  return [...closed, { workplace: workplace ?? '', position: position ?? '', from: since, to: null }];
}

/** A real calendar day written YYYY-MM-DD, not after `today`. */
export function isPastDay(value: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value <= today;
}

/** Declared prior awards, one per award and year, each year from 1945 up to the year of the achievement. */
export function cleanDeclaredAwards(
  input: readonly { awardCode: string; year?: number | null; decisionNumber?: string | null }[] | null | undefined,
  untilYear: number,
): DeclaredAward[] {
  const seen = new Set<string>();
  const out: DeclaredAward[] = [];
  for (const [index, item] of (input ?? []).entries()) {
    const awardCode = item.awardCode.trim();
    const year = item.year ?? null;
    if (year !== null && (!Number.isInteger(year) || year < 1945 || year > untilYear)) {
      throw refusal(nomineeMessages.declaredYearInvalid, { year, until: untilYear }, `declaredAwards.${index}.year`);
    }
    const key = `${awardCode}:${year}`;
    if (!awardCode || seen.has(key)) continue;
    seen.add(key);
    out.push({ awardCode, year, decisionNumber: item.decisionNumber?.trim().slice(0, 50) || null });
  }
  return out;
}
