import * as enums from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';

/** Abbreviations Vietnamese officers write in capitals; nothing else in capitals may appear in Vietnamese text. */
export const VI_ABBREVIATIONS = new Set(['UBND', 'HĐND', 'TĐKT', 'QĐ', 'NĐ', 'CP', 'MTTQ', 'CSV', 'PDF', 'JPEG', 'PNG', 'MB']);

/** English words that are not also Vietnamese words written without diacritics (so not "to", "in", "an", "do"). */
const ENGLISH_WORDS = new Set(
  ('the is are was were be been of and or must not with from for this that these has have had you your cannot ' +
    'already only should will would please got field stage role status level user task round nomination campaign ' +
    'period quota award unit required invalid error stale workflow policy submit review approve reject approved ' +
    'rejected returned pending open closed draft null undefined true false nan object')
    .split(' '),
);

/** Every string value of every enum of domain/enums.ts, and every error code. */
export const ENUM_VALUES: ReadonlySet<string> = new Set([
  ...Object.values(enums as Record<string, unknown>)
    .filter((v): v is Record<string, string> => isStringEnum(v))
    .flatMap((e) => Object.values(e)),
  ...Object.values(ErrorCode),
]);

function isStringEnum(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((x) => typeof x === 'string');
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** The English identifiers and words found in a Vietnamese text, each with why it was caught. */
export function englishIn(text: string): string[] {
  const found: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    if (ENUM_VALUES.has(word)) found.push(`enum value ${word}`);
    else if (word.includes('_')) found.push(`snake/SCREAMING_CASE ${word}`);
    else if (/^\p{Ll}+\p{Lu}/u.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)) found.push(`camelCase ${word}`);
    else if (/^\p{Lu}{2,}\p{N}*$/u.test(word) && !VI_ABBREVIATIONS.has(word)) found.push(`capitals ${word}`);
    else if (ENGLISH_WORDS.has(word.toLowerCase())) found.push(`English word ${word}`);
  }
  return found;
}
