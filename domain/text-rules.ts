import { DomainError, ErrorCode } from './error-codes';
import { refusal, validationMessages as M } from './messages';

/** Length limits for free text, in characters after trimming. */
export const TEXT_LIMITS = {
  name: 300,
  targetGroup: 300,
  description: 5_000,
  nomineeName: 200,
  position: 200,
  workplace: 200,
  householdHead: 200,
  achievements: 10_000,
  comment: 2_000,
  decisionNumber: 50,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

/** Trims `value` and refuses it when empty (if required) or longer than the field's limit. */
export function cleanText(field: TextField, value: string | null | undefined, required = true): string {
  const text = (value ?? '').trim();
  if (!text) {
    if (!required) return '';
    throw refusal(M.textRequired, { field }, field);
  }
  const max = TEXT_LIMITS[field];
  if (text.length > max) {
    throw refusal(M.textTooLong, { field, length: text.length, max }, field);
  }
  return text;
}

/** A reason is mandatory when returning, rejecting or withdrawing. */
export function requireReason(field: string, value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (!text) throw DomainError.of(ErrorCode.REASON_REQUIRED, field);
  return cleanText('comment', text);
}

/** Decision numbers follow the administrative form "123/QĐ-UBND". */
const DECISION_NUMBER = /^\d{1,6}\/QĐ-[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u;

export function cleanDecisionNumber(value: string): string {
  const text = cleanText('decisionNumber', value).normalize('NFC');
  if (!DECISION_NUMBER.test(text)) {
    throw refusal(M.decisionNumberInvalid, { text }, 'decisionNumber');
  }
  return text;
}
