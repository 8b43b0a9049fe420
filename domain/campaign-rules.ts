import { campaignMessages, refusal, validationMessages } from './messages';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD. */
export function assertDay(value: string, field: string): string {
  const date = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) {
    throw refusal(validationMessages.dayInvalid, { field, value }, field);
  }
  return value;
}

export function assertRange(from: string, to: string, field: string): void {
  if (from > to) {
    throw refusal(validationMessages.dateRangeInvalid, { field, from, to }, field);
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
    const params = {
      opensOn: candidate.opensOn,
      closesOn: candidate.closesOn,
      clash: clash.name,
      clashOpensOn: clash.opensOn,
      clashClosesOn: clash.closesOn,
    };
    throw refusal(campaignMessages.windowOverlap, params, 'submissionOpensOn');
  }
}
