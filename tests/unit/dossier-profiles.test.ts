import {
  BUILT_IN_PROFILES,
  LEVEL_SLOTS,
  mostSpecific,
  requirementFor,
  specificity,
  type DossierProfileRule,
  type DossierSubject,
} from '../../domain/dossier-profiles';
import { assertDossierComplete } from '../../domain/dossier-rules';
import { CommendationKind as C, DocumentSlot as S, NomineeKind as K } from '../../domain/enums';
import { DomainError } from '../../domain/error-codes';

const subject = (awardCode: string, nomineeKind = K.INDIVIDUAL, commendationKind = C.CONG_TRANG): DossierSubject => ({
  awardCode,
  nomineeKind,
  commendationKind,
});

const profile = (over: Partial<DossierProfileRule>): DossierProfileRule => ({
  awardCode: null,
  nomineeKind: null,
  commendationKind: null,
  requiredSlots: null,
  levelDocumentsRequired: false,
  ...over,
});

const FULL = [S.SUBMISSION_LETTER, S.ACHIEVEMENT_REPORT, S.REVIEW_MINUTES];

describe('the built-in profile by award, nominee kind and kind of commendation', () => {
  it.each([
    ['Giấy khen of the commune chair, an individual', subject('GIAY_KHEN_CHU_TICH_XA'), FULL],
    ['Bằng khen of the province chair, a collective', subject('BANG_KHEN_CHU_TICH_TINH', K.COLLECTIVE), FULL],
    ['Lao động tiên tiến: submission and minutes only', subject('LAO_DONG_TIEN_TIEN'), [S.SUBMISSION_LETTER, S.REVIEW_MINUTES]],
    ['Chiến sĩ thi đua cơ sở: plus the initiative recognised', subject('CHIEN_SI_THI_DUA_CO_SO'), [...FULL, S.INITIATIVE_RECOGNITION]],
    ['a household for a Giấy khen: its own report form', subject('GIAY_KHEN_CHU_TICH_XA', K.HOUSEHOLD), [S.SUBMISSION_LETTER, S.HOUSEHOLD_REPORT, S.REVIEW_MINUTES]],
    ['a household for Gia đình văn hóa', subject('GIA_DINH_VAN_HOA', K.HOUSEHOLD), [S.SUBMISSION_LETTER, S.HOUSEHOLD_REPORT, S.REVIEW_MINUTES]],
    ['a thematic Bằng khen takes the usual three', subject('BANG_KHEN_CHU_TICH_TINH', K.INDIVIDUAL, C.CHUYEN_DE), FULL],
    ['a đột xuất Bằng khen: submission and a short summary, no minutes', subject('BANG_KHEN_CHU_TICH_TINH', K.INDIVIDUAL, C.DOT_XUAT), [S.SUBMISSION_LETTER, S.ACHIEVEMENT_SUMMARY]],
    ['a đột xuất deed of a household is simplified too', subject('GIAY_KHEN_CHU_TICH_XA', K.HOUSEHOLD, C.DOT_XUAT), [S.SUBMISSION_LETTER, S.ACHIEVEMENT_SUMMARY]],
  ])('%s', (_, nomination, slots) => {
    expect(requirementFor(nomination)).toEqual({ slots, levelDocumentsRequired: false });
  });

  it('no built-in profile asks the levels for their own documents, so existing pipelines forward as before', () => {
    expect(BUILT_IN_PROFILES.every((p) => !p.levelDocumentsRequired)).toBe(true);
  });

  it('every built-in profile starts with the submission letter, and no two set the same criteria', () => {
    expect(BUILT_IN_PROFILES.every((p) => p.requiredSlots?.[0] === S.SUBMISSION_LETTER)).toBe(true);
    const keys = BUILT_IN_PROFILES.map((p) => `${p.awardCode}|${p.nomineeKind}|${p.commendationKind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a level adds its submission letter and minutes', () => {
    expect(LEVEL_SLOTS).toEqual([S.SUBMISSION_LETTER, S.REVIEW_MINUTES]);
  });
});

describe("a province's profiles override the built-in ones, the most specific first", () => {
  const province = [
    profile({ levelDocumentsRequired: true }),
    profile({ awardCode: 'BANG_KHEN_CHU_TICH_TINH', requiredSlots: [...FULL, S.EVIDENCE], levelDocumentsRequired: true }),
    profile({ awardCode: 'BANG_KHEN_CHU_TICH_TINH', nomineeKind: K.COLLECTIVE, requiredSlots: [S.SUBMISSION_LETTER, S.ACHIEVEMENT_REPORT] }),
    profile({ commendationKind: C.DOT_XUAT, requiredSlots: [S.SUBMISSION_LETTER] }),
  ];

  it.each([
    ['a province-wide profile without slots keeps the built-in slots of LĐTT and adds the levels', subject('LAO_DONG_TIEN_TIEN'), [S.SUBMISSION_LETTER, S.REVIEW_MINUTES], true],
    ['… and of CSTĐ cơ sở', subject('CHIEN_SI_THI_DUA_CO_SO'), [...FULL, S.INITIATIVE_RECOGNITION], true],
    ['an award profile beats the province-wide one', subject('BANG_KHEN_CHU_TICH_TINH'), [...FULL, S.EVIDENCE], true],
    ['award and nominee kind beat the award alone', subject('BANG_KHEN_CHU_TICH_TINH', K.COLLECTIVE), [S.SUBMISSION_LETTER, S.ACHIEVEMENT_REPORT], false],
    ['the award beats the kind of commendation', subject('BANG_KHEN_CHU_TICH_TINH', K.INDIVIDUAL, C.DOT_XUAT), [...FULL, S.EVIDENCE], true],
    ['the kind of commendation beats the province-wide profile', subject('GIAY_KHEN_CHU_TICH_XA', K.INDIVIDUAL, C.DOT_XUAT), [S.SUBMISSION_LETTER], false],
    ['a household under the province-wide profile keeps its report form', subject('GIAY_KHEN_CHU_TICH_XA', K.HOUSEHOLD), [S.SUBMISSION_LETTER, S.HOUSEHOLD_REPORT, S.REVIEW_MINUTES], true],
  ])('%s', (_, nomination, slots, levelDocumentsRequired) => {
    expect(requirementFor(nomination, province)).toEqual({ slots, levelDocumentsRequired });
  });

  it('a profile of another award or kind does not apply: the built-in one does', () => {
    const other = [profile({ awardCode: 'CHIEN_SI_THI_DUA_CO_SO', requiredSlots: [S.SUBMISSION_LETTER] })];
    expect(requirementFor(subject('LAO_DONG_TIEN_TIEN'), other)).toEqual({ slots: [S.SUBMISSION_LETTER, S.REVIEW_MINUTES], levelDocumentsRequired: false });
  });

  it('the award counts more than the kind of commendation, which counts more than the nominee kind', () => {
    expect(specificity({ awardCode: 'X', nomineeKind: null, commendationKind: null })).toBeGreaterThan(
      specificity({ awardCode: null, nomineeKind: K.HOUSEHOLD, commendationKind: C.DOT_XUAT }),
    );
    expect(specificity({ awardCode: null, nomineeKind: null, commendationKind: C.DOT_XUAT })).toBeGreaterThan(
      specificity({ awardCode: null, nomineeKind: K.HOUSEHOLD, commendationKind: null }),
    );
    expect(mostSpecific(province, subject('NONE', K.HOUSEHOLD))).toBe(province[0]);
  });
});

describe('the submission check follows the profile', () => {
  const refusalOf = (filled: S[], required: S[]) => {
    try {
      assertDossierComplete(filled, required);
      return null;
    } catch (error) {
      return error as DomainError;
    }
  };

  it('LĐTT submits without an achievement report', () => {
    expect(refusalOf([S.SUBMISSION_LETTER, S.REVIEW_MINUTES], requirementFor(subject('LAO_DONG_TIEN_TIEN')).slots)).toBeNull();
  });

  it('CSTĐ cơ sở is refused without the recognition of its initiative, named in both languages', () => {
    const error = refusalOf(FULL, requirementFor(subject('CHIEN_SI_THI_DUA_CO_SO')).slots);
    expect(error?.code).toBe('DOSSIER_INCOMPLETE');
    expect(error?.error.messageVi).toBe('Hồ sơ còn thiếu giấy chứng nhận hoặc quyết định công nhận sáng kiến.');
    expect(error?.error.message).toContain("recognition of the nominee's initiative");
  });
});
