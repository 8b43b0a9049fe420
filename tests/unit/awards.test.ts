import { assertNomineeKind, type AwardRule } from '../../domain/awards';
import { NomineeKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { AWARD_CATALOGUE } from '../../server/seeds/reference-data';

const CATALOGUE: Record<string, AwardRule> = Object.fromEntries(AWARD_CATALOGUE.map((a) => [a.code, a]));

function refusal(work: () => void): DomainError | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('assertNomineeKind: the award is given to the nominee kind', () => {
  it.each([
    ['LAO_DONG_TIEN_TIEN', NomineeKind.INDIVIDUAL, null],
    ['LAO_DONG_TIEN_TIEN', NomineeKind.COLLECTIVE, ErrorCode.NOMINEE_KIND_NOT_ALLOWED],
    ['LAO_DONG_TIEN_TIEN', NomineeKind.HOUSEHOLD, ErrorCode.NOMINEE_KIND_NOT_ALLOWED],
    ['TAP_THE_LAO_DONG_XUAT_SAC', NomineeKind.INDIVIDUAL, ErrorCode.NOMINEE_KIND_NOT_ALLOWED],
    ['CO_THI_DUA_TINH', NomineeKind.INDIVIDUAL, ErrorCode.NOMINEE_KIND_NOT_ALLOWED],
    ['CO_THI_DUA_TINH', NomineeKind.COLLECTIVE, null],
    ['GIA_DINH_VAN_HOA', NomineeKind.HOUSEHOLD, null],
    ['GIAY_KHEN_CHU_TICH_XA', NomineeKind.HOUSEHOLD, null],
  ] as const)('%s for a %s → %s', (code, kind, expected) => {
    const error = refusal(() => assertNomineeKind(CATALOGUE[code], kind));
    if (!expected) return expect(error).toBeNull();
    expect(error?.error).toMatchObject({ code: expected, field: 'awardCode' });
    expect(error?.error.messageVi).toContain(CATALOGUE[code].name);
    expect(error?.error.messageVi).not.toBe(error?.error.message);
  });
});
