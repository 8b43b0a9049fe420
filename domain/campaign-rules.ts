import { DomainError, ErrorCode } from './error-codes';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD. */
export function assertDay(value: string, field: string): string {
  const date = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, field, {
      en: `${field} must be a day written YYYY-MM-DD, got "${value}".`,
      vi: `${field} phải là ngày dạng YYYY-MM-DD, nhận được "${value}".`,
    });
  }
  return value;
}

export function assertRange(from: string, to: string, field: string): void {
  if (from > to) {
    throw DomainError.of(ErrorCode.INVALID_DATE_RANGE, field, {
      en: `${field}: ${from} is after ${to}.`,
      vi: `${field}: ngày bắt đầu ${from} sau ngày kết thúc ${to}.`,
    });
  }
}

export interface Window {
  name: string;
  opensOn: string;
  closesOn: string;
}

/** Refuses a submission window that overlaps another of the same campaign and kind. */
export function assertNoOverlap(candidate: Window, others: readonly Window[]): void {
  const clash = others.find((o) => candidate.opensOn <= o.closesOn && o.opensOn <= candidate.closesOn);
  if (clash) {
    throw DomainError.of(ErrorCode.PERIOD_WINDOW_OVERLAP, 'submissionOpensOn', {
      en: `The window ${candidate.opensOn}–${candidate.closesOn} overlaps "${clash.name}" (${clash.opensOn}–${clash.closesOn}).`,
      vi: `Thời gian nhận hồ sơ ${candidate.opensOn}–${candidate.closesOn} trùng với đợt "${clash.name}" (${clash.opensOn}–${clash.closesOn}).`,
    });
  }
}
