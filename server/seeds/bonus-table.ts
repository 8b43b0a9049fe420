import type { BaseSalaryRow, BonusCoefficientRow, LegalPeriodCode } from '../../domain/bonus-rules';
import { NomineeKind } from '../../domain/enums';
import { AWARD_CATALOGUE } from './award-catalogue';

/**
 * The shipped bonus table: coefficients (× mức lương cơ sở) per legal period, award and nominee kind,
 * and the base salaries by date. Seeded once; a national administrator corrects them through the API,
 * and a later seed never overwrites a row that exists. "Checked" figures were read in a published
 * answer of the Ministry of Home Affairs or the press quoting the decree; "to check" ones are kept
 * from memory of the text and must be confirmed against the gazette.
 */

const { INDIVIDUAL, COLLECTIVE, HOUSEHOLD } = NomineeKind;

type ByKind = Partial<Record<NomineeKind, number>>;

interface PeriodFigures {
  /** Emulation titles (danh hiệu thi đua): each nominee kind's coefficient as the decree lists it. */
  titles: Record<string, ByKind>;
  /** Forms (Bằng khen, Giấy khen): an individual's coefficient. */
  forms: Record<string, number>;
  /** A collective's and a household's form coefficient as a multiple of the individual's. */
  collectiveFactor: number;
  householdFactor: number;
  /** Where the decree gives a collective or household figure that is not the multiple. */
  overrides?: Record<string, ByKind>;
}

/**
 * Titles, the same figures in the three decrees: Decree 91/2017 art. 69 (to check the article),
 * Decree 98/2023 art. 54 (to check the article), Decree 152/2025 art. 50 (checked: 4.5, 3.0, 1.0, 0.3;
 * 1.5, 0.8, 12.0, 8.0; thôn, tổ dân phố văn hóa 1.5). TTLĐTT 0.8 under Decree 91 checked (an answer
 * of the central commendation board: 1,112,000 đ on a base of 1,390,000 đ). Gia đình văn hóa 0.1: to check.
 */
const TITLES: Record<string, ByKind> = {
  CHIEN_SI_THI_DUA_TOAN_QUOC: { [INDIVIDUAL]: 4.5 },
  CHIEN_SI_THI_DUA_TINH: { [INDIVIDUAL]: 3.0 },
  CHIEN_SI_THI_DUA_CO_SO: { [INDIVIDUAL]: 1.0 },
  LAO_DONG_TIEN_TIEN: { [INDIVIDUAL]: 0.3 },
  TAP_THE_LAO_DONG_XUAT_SAC: { [COLLECTIVE]: 1.5 },
  TAP_THE_LAO_DONG_TIEN_TIEN: { [COLLECTIVE]: 0.8 },
  CO_THI_DUA_CHINH_PHU: { [COLLECTIVE]: 12.0 },
  CO_THI_DUA_TINH: { [COLLECTIVE]: 8.0 },
  THON_TO_DAN_PHO_VAN_HOA: { [COLLECTIVE]: 1.5 },
  GIA_DINH_VAN_HOA: { [HOUSEHOLD]: 0.1 },
};

export const BONUS_FIGURES: Record<LegalPeriodCode, PeriodFigures> = {
  /**
   * Decree 91/2017 art. 75 area (to check the article and the Bằng khen figures). Rounding: art. 68
   * cl. 2 (checked). Giấy khen of an agency head 0.3, a collective twice it (checked: 834,000 đ on
   * 1,390,000 đ). Households as individuals: to check.
   */
  LAW_2003: {
    titles: TITLES,
    forms: {
      BANG_KHEN_THU_TUONG: 1.0,
      BANG_KHEN_CHU_TICH_TINH: 1.0,
      GIAY_KHEN_THU_TRUONG: 0.3,
      GIAY_KHEN_CHU_TICH_HUYEN: 0.3,
      GIAY_KHEN_CHU_TICH_XA: 0.15,
    },
    collectiveFactor: 2,
    householdFactor: 1,
  },
  /**
   * Decree 98/2023 art. 58. Checked: the commune chair's Giấy khen 0.15 (cl. 1 point g), and a
   * collective's Giấy khen of any level twice point e's 0.3 (cl. 2 point c, so 0.6 for the commune
   * chair's too). To check: Bằng khen of the Prime Minister 3.0 and of the province 1.5 (the same as
   * Decree 152), the other Giấy khen 0.3 (point e), households as individuals.
   */
  LAW_2022_THREE_TIER: {
    titles: TITLES,
    forms: {
      BANG_KHEN_THU_TUONG: 3.0,
      BANG_KHEN_CHU_TICH_TINH: 1.5,
      GIAY_KHEN_THU_TRUONG: 0.3,
      GIAY_KHEN_CHU_TICH_HUYEN: 0.3,
      GIAY_KHEN_CHU_TICH_XA: 0.15,
    },
    collectiveFactor: 2,
    householdFactor: 1,
    overrides: { GIAY_KHEN_CHU_TICH_XA: { [COLLECTIVE]: 0.6 } },
  },
  /**
   * Decree 152/2025 art. 54 cl. 1 (checked): Bằng khen of the Prime Minister 3.0, of a province 1.5,
   * every Giấy khen of Law art. 75 cl. 1 (the commune chair's included) 0.3. No district chair from
   * 1/7/2025. Households 1.5 × an individual's (checked: 1,053,000 đ for the commune chair's Giấy khen;
   * to check the article); collectives twice (cl. 2, to check).
   */
  LAW_2022_TWO_TIER: {
    titles: TITLES,
    forms: {
      BANG_KHEN_THU_TUONG: 3.0,
      BANG_KHEN_CHU_TICH_TINH: 1.5,
      GIAY_KHEN_THU_TRUONG: 0.3,
      GIAY_KHEN_CHU_TICH_XA: 0.3,
    },
    collectiveFactor: 2,
    householdFactor: 1.5,
  },
};

function formCoefficient(figures: PeriodFigures, code: string, kind: NomineeKind): number | undefined {
  const override = figures.overrides?.[code]?.[kind];
  if (override !== undefined) return override;
  const individual = figures.forms[code];
  if (individual === undefined) return undefined;
  const factors = { [INDIVIDUAL]: 1, [COLLECTIVE]: figures.collectiveFactor, [HOUSEHOLD]: figures.householdFactor };
  return Math.round(individual * factors[kind] * 100) / 100;
}

/** One row per legal period, award of the catalogue and nominee kind the award is for, where a figure exists. */
export const BUILT_IN_COEFFICIENTS: readonly BonusCoefficientRow[] = Object.entries(BONUS_FIGURES).flatMap(
  ([legalPeriod, figures]) =>
    AWARD_CATALOGUE.flatMap((award) =>
      award.nomineeKinds.flatMap((nomineeKind) => {
        const coefficient =
          figures.titles[award.code]?.[nomineeKind] ?? formCoefficient(figures, award.code, nomineeKind);
        return coefficient === undefined ? [] : [{ legalPeriod, awardCode: award.code, nomineeKind, coefficient }];
      }),
    ),
);

/**
 * Mức lương cơ sở by the decree that set it. Checked: 1,390,000 đ from 1/7/2018 (the commendation
 * board's answer), 1,800,000 đ from 1/7/2023 (Decree 24/2023), 2,340,000 đ from 1/7/2024 (Decree
 * 73/2024). To check: the earlier ones, and 2,530,000 đ from 1/7/2026 (seen only in third-party
 * sources; confirm the decree and the figure).
 */
export const BUILT_IN_BASE_SALARIES: readonly (BaseSalaryRow & { legalBasis: string })[] = [
  { validFrom: '2013-07-01', amount: 1_150_000, legalBasis: 'Nghị định số 66/2013/NĐ-CP' },
  { validFrom: '2016-05-01', amount: 1_210_000, legalBasis: 'Nghị định số 47/2016/NĐ-CP' },
  { validFrom: '2017-07-01', amount: 1_300_000, legalBasis: 'Nghị định số 47/2017/NĐ-CP' },
  { validFrom: '2018-07-01', amount: 1_390_000, legalBasis: 'Nghị định số 72/2018/NĐ-CP' },
  { validFrom: '2019-07-01', amount: 1_490_000, legalBasis: 'Nghị định số 38/2019/NĐ-CP' },
  { validFrom: '2023-07-01', amount: 1_800_000, legalBasis: 'Nghị định số 24/2023/NĐ-CP' },
  { validFrom: '2024-07-01', amount: 2_340_000, legalBasis: 'Nghị định số 73/2024/NĐ-CP' },
  {
    validFrom: '2026-07-01',
    amount: 2_530_000,
    legalBasis: 'Mức lương cơ sở từ ngày 01/7/2026 (cần đối chiếu số nghị định)',
  },
];
