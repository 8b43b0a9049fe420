import { awardMessages, refusal, validationMessages, type QuotaScope } from './messages';

/** The number of awards (or forwarded nominations) a scope may not exceed. */
export interface QuotaLimit {
  maxCount: number;
  /** What the quota covers, named in the refusal; a string is shown as given. */
  scope: QuotaScope;
}

/** Refuses one more when `used` already reached the limit; no limit means no quota is set. */
export function assertWithinQuota(limit: QuotaLimit | null, used: number): void {
  if (!limit || used < limit.maxCount) return;
  throw refusal(awardMessages.quotaExceeded, { scope: limit.scope, used, max: limit.maxCount });
}

export function assertQuotaNotNegative(maxCount: number, field = 'maxCount'): void {
  if (!Number.isInteger(maxCount) || maxCount < 0) {
    throw refusal(validationMessages.quotaNegative, { value: maxCount }, field);
  }
}

/** What a quota bounds: a deciding unit's awards, or what a unit forwards upward. */
export enum QuotaScopeKind {
  DECISION = 'DECISION',
  FORWARDING = 'FORWARDING',
}
