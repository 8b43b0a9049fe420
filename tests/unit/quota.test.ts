import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertQuotaNotNegative, assertWithinQuota } from '../../domain/quota';

function refusal(work: () => void): DomainError | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const SCOPE = 'Thành phố Lào Cai, INDIVIDUAL';

describe('assertWithinQuota', () => {
  it.each([
    [null, 0],
    [null, 1000],
    [{ maxCount: 1, scope: SCOPE }, 0],
    [{ maxCount: 6, scope: SCOPE }, 5],
  ])('limit %j with %i used lets one more through', (limit, used) => {
    expect(refusal(() => assertWithinQuota(limit, used))).toBeNull();
  });

  it.each([
    [1, 1],
    [6, 6],
    [3, 4],
    [0, 0],
  ])('max %i with %i used refuses QUOTA_EXCEEDED naming used/max and the scope in both languages', (maxCount, used) => {
    const error = refusal(() => assertWithinQuota({ maxCount, scope: SCOPE }, used));
    expect(error?.code).toBe(ErrorCode.QUOTA_EXCEEDED);
    expect(error?.error.message).toContain(`${used} of ${maxCount}`);
    expect(error?.error.message).toContain(SCOPE);
    expect(error?.error.messageVi).toContain(`đã sử dụng ${used}/${maxCount}`);
    expect(error?.error.messageVi).toContain(SCOPE);
  });
});

describe('assertQuotaNotNegative', () => {
  it.each([0, 1, 15, 10_000])('accepts %p', (maxCount) => {
    expect(refusal(() => assertQuotaNotNegative(maxCount))).toBeNull();
  });

  it.each([-1, 1.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p with QUOTA_NEGATIVE on maxCount', (maxCount) => {
    const error = refusal(() => assertQuotaNotNegative(maxCount));
    expect(error?.error).toMatchObject({ code: ErrorCode.QUOTA_NEGATIVE, field: 'maxCount' });
    expect(error?.error.message).toContain(String(maxCount));
    expect(error?.error.messageVi).toContain('Chỉ tiêu phải là số nguyên không âm');
  });

  it('names the field the caller gives', () => {
    expect(refusal(() => assertQuotaNotNegative(-1, 'quotas.0.maxCount'))?.error.field).toBe('quotas.0.maxCount');
  });
});
