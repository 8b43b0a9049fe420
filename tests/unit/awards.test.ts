import { assertEligible, type AwardRule } from '../../domain/awards';
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

describe('assertEligible: nominee kinds and prerequisites', () => {
  it.each([
    ['LAO_DONG_TIEN_TIEN', NomineeKind.INDIVIDUAL, [], null, null],
    ['LAO_DONG_TIEN_TIEN', NomineeKind.COLLECTIVE, [], ErrorCode.NOMINEE_KIND_NOT_ALLOWED, 'awardCode'],
    ['LAO_DONG_TIEN_TIEN', NomineeKind.HOUSEHOLD, [], ErrorCode.NOMINEE_KIND_NOT_ALLOWED, 'awardCode'],
    ['TAP_THE_LAO_DONG_XUAT_SAC', NomineeKind.INDIVIDUAL, [], ErrorCode.NOMINEE_KIND_NOT_ALLOWED, 'awardCode'],
    ['CHIEN_SI_THI_DUA_CO_SO', NomineeKind.INDIVIDUAL, [], ErrorCode.AWARD_PREREQUISITE_MISSING, 'priorAwardCodes'],
    ['CHIEN_SI_THI_DUA_CO_SO', NomineeKind.INDIVIDUAL, ['LAO_DONG_TIEN_TIEN'], null, null],
    ['CO_THI_DUA_TINH', NomineeKind.COLLECTIVE, ['GIAY_KHEN_CHU_TICH_HUYEN'], ErrorCode.AWARD_PREREQUISITE_MISSING, 'priorAwardCodes'],
    ['CO_THI_DUA_TINH', NomineeKind.COLLECTIVE, ['TAP_THE_LAO_DONG_XUAT_SAC'], null, null],
    // The kind is checked before the prerequisites.
    ['CO_THI_DUA_TINH', NomineeKind.INDIVIDUAL, [], ErrorCode.NOMINEE_KIND_NOT_ALLOWED, 'awardCode'],
    ['BANG_KHEN_THU_TUONG', NomineeKind.HOUSEHOLD, [], ErrorCode.AWARD_PREREQUISITE_MISSING, 'priorAwardCodes'],
    ['BANG_KHEN_THU_TUONG', NomineeKind.HOUSEHOLD, ['BANG_KHEN_CHU_TICH_TINH'], null, null],
    ['GIAY_KHEN_CHU_TICH_XA', NomineeKind.HOUSEHOLD, [], null, null],
  ] as const)('%s for a %s holding %j → %s', (code, kind, prior, expected, field) => {
    const error = refusal(() => assertEligible(CATALOGUE[code], kind, prior));
    if (!expected) return expect(error).toBeNull();
    expect(error?.error).toMatchObject({ code: expected, field });
    expect(error?.error.messageVi).not.toBe(error?.error.message);
  });

  it('names every missing prerequisite in both languages, by name when the caller knows it', () => {
    const award: AwardRule = { ...CATALOGUE.CO_THI_DUA_TINH, prerequisiteCodes: ['A_CODE', 'B_CODE', 'C_CODE'] };
    const names: Record<string, string> = { A_CODE: 'Giấy khen A', C_CODE: 'Bằng khen C' };
    const error = refusal(() => assertEligible(award, NomineeKind.COLLECTIVE, ['B_CODE'], (code) => names[code]));
    expect(error?.error.message).toContain('"Giấy khen A" and "Bằng khen C"');
    expect(error?.error.messageVi).toContain('phải đạt "Giấy khen A" và "Bằng khen C" trước');
  });
});
