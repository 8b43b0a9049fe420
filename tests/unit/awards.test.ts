import { assertEligible, assertGrantableAt, canGrantAt, type AwardRule } from '../../domain/awards';
import { AdminLevel, AwardLevel, NomineeKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { LEVEL_LABELS } from '../../domain/messages';
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

describe('canGrantAt / assertGrantableAt: an award is granted only where its level decides', () => {
  it.each([
    ['GIAY_KHEN_CHU_TICH_XA', AdminLevel.COMMUNE, true],
    ['GIAY_KHEN_CHU_TICH_XA', AdminLevel.DISTRICT, false],
    ['GIAY_KHEN_CHU_TICH_HUYEN', AdminLevel.DISTRICT, true],
    ['GIAY_KHEN_CHU_TICH_HUYEN', AdminLevel.PROVINCE, false],
    ['BANG_KHEN_CHU_TICH_TINH', AdminLevel.PROVINCE, true],
    ['BANG_KHEN_CHU_TICH_TINH', AdminLevel.COMMUNE, false],
    // No unit of ours sits at the national level: the Prime Minister's awards end nowhere here.
    ['BANG_KHEN_THU_TUONG', AdminLevel.PROVINCE, false],
    ['CHIEN_SI_THI_DUA_CO_SO', AdminLevel.DISTRICT, true],
    ['CO_THI_DUA_TINH', AdminLevel.PROVINCE, true],
  ])('%s at a pipeline ending at %s: %s', (code, level, grantable) => {
    expect(canGrantAt(CATALOGUE[code], level)).toBe(grantable);
    const error = refusal(() => assertGrantableAt(CATALOGUE[code], level));
    if (grantable) {
      expect(error).toBeNull();
    } else {
      expect(error?.error).toMatchObject({ code: ErrorCode.AWARD_LEVEL_MISMATCH, field: 'awardCode' });
      expect(error?.error.message).toContain(CATALOGUE[code].name);
      expect(error?.error.message).toContain(LEVEL_LABELS[level].en);
      expect(error?.error.messageVi).toContain(`kết thúc ở ${LEVEL_LABELS[level].vi}`);
    }
  });

  it('names the field the caller gives', () => {
    expect(refusal(() => assertGrantableAt(CATALOGUE.GIAY_KHEN_CHU_TICH_XA, AdminLevel.PROVINCE, 'awardCodes'))?.error.field).toBe('awardCodes');
  });

  it('compares levels only, whatever the enum object', () => {
    expect(canGrantAt({ grantingLevel: AwardLevel.NATIONAL }, AdminLevel.PROVINCE)).toBe(false);
  });
});

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
