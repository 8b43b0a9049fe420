import { DomainError, ErrorCode } from './error-codes';

/** The number of awards (or forwarded nominations) a scope may not exceed. */
export interface QuotaLimit {
  maxCount: number;
  /** Human description of the scope, e.g. "Thành phố Lào Cai, movement 2, COLLECTIVE". */
  scope: string;
}

/** Refuses one more when `used` already reached the limit; no limit means no quota is set. */
export function assertWithinQuota(limit: QuotaLimit | null, used: number): void {
  if (!limit || used < limit.maxCount) return;
  throw DomainError.of(ErrorCode.QUOTA_EXCEEDED, undefined, {
    en: `Quota exceeded for ${limit.scope}: ${used} of ${limit.maxCount} already used.`,
    vi: `Vượt chỉ tiêu (${limit.scope}): đã sử dụng ${used}/${limit.maxCount}.`,
  });
}

export function assertQuotaNotNegative(maxCount: number, field = 'maxCount'): void {
  if (!Number.isInteger(maxCount) || maxCount < 0) {
    throw DomainError.of(ErrorCode.QUOTA_NEGATIVE, field, {
      en: `A quota is a whole number of 0 or more, got ${maxCount}.`,
      vi: `Chỉ tiêu phải là số nguyên không âm, nhận được ${maxCount}.`,
    });
  }
}
