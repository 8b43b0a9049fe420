import {
  baseSalaryOn,
  bonusAmount,
  coefficientFor,
  computeBonus,
  isCalendarDay,
  isValidCoefficient,
  type BonusTable,
} from '../../domain/bonus-rules';
import { NomineeKind } from '../../domain/enums';
import { BUILT_IN_BASE_SALARIES, BUILT_IN_COEFFICIENTS } from '../../server/seeds/bonus-table';

const { INDIVIDUAL, COLLECTIVE, HOUSEHOLD } = NomineeKind;
const SHIPPED: BonusTable = { coefficients: BUILT_IN_COEFFICIENTS, baseSalaries: BUILT_IN_BASE_SALARIES };

describe('the amount: coefficient × base salary, rounded up to the ten thousand đồng', () => {
  it.each([
    // LĐTT on 2,340,000 đ: 702,000 đ before rounding.
    [0.3, 2_340_000, 710_000],
    // A household's Giấy khen of the commune chair after 1/7/2025 (1.5 × 0.3): 1,053,000 đ.
    [0.45, 2_340_000, 1_060_000],
    // TTLĐTT on 1,390,000 đ: 1,112,000 đ (the commendation board's own worked example rounds to 1,120,000).
    [0.8, 1_390_000, 1_120_000],
    // Already a multiple of ten thousand: unchanged.
    [0.15, 1_800_000, 270_000],
    [1.5, 1_800_000, 2_700_000],
    [12, 2_340_000, 28_080_000],
    [0, 2_340_000, 0],
  ])('%d × %d đ = %d đ', (coefficient, base, amount) => {
    expect(bonusAmount(coefficient, base)).toBe(amount);
  });
});

describe('the base salary in force on a day', () => {
  const rows = [
    { validFrom: '2023-07-01', amount: 1_800_000 },
    { validFrom: '2024-07-01', amount: 2_340_000 },
    { validFrom: '2019-07-01', amount: 1_490_000 },
  ];
  it.each([
    ['2024-06-30', 1_800_000],
    ['2024-07-01', 2_340_000],
    ['2025-06-30', 2_340_000],
    ['2025-07-01', 2_340_000],
    ['2023-06-30', 1_490_000],
    ['2019-06-30', null],
  ])('on %s: %p', (day, amount) => {
    expect(baseSalaryOn(rows, day)?.amount ?? null).toBe(amount);
  });
});

describe('the shipped table, by legal period of the decision date', () => {
  it.each([
    // Before and after the base salary rise of 1/7/2024 (three tiers, Decree 98/2023).
    ['LAO_DONG_TIEN_TIEN', INDIVIDUAL, '2024-06-30', 'LAW_2022_THREE_TIER', 0.3, 1_800_000, 540_000],
    ['LAO_DONG_TIEN_TIEN', INDIVIDUAL, '2024-07-01', 'LAW_2022_THREE_TIER', 0.3, 2_340_000, 710_000],
    // The commune chair's Giấy khen doubles on 1/7/2025 (Decree 98 art. 58 → Decree 152 art. 54).
    ['GIAY_KHEN_CHU_TICH_XA', INDIVIDUAL, '2025-06-30', 'LAW_2022_THREE_TIER', 0.15, 2_340_000, 360_000],
    ['GIAY_KHEN_CHU_TICH_XA', INDIVIDUAL, '2025-07-01', 'LAW_2022_TWO_TIER', 0.3, 2_340_000, 710_000],
    // Collectives: twice point e's figure under Decree 98, twice the individual's under Decree 152.
    ['GIAY_KHEN_CHU_TICH_XA', COLLECTIVE, '2025-06-30', 'LAW_2022_THREE_TIER', 0.6, 2_340_000, 1_410_000],
    ['GIAY_KHEN_CHU_TICH_XA', COLLECTIVE, '2025-07-01', 'LAW_2022_TWO_TIER', 0.6, 2_340_000, 1_410_000],
    // Households: as an individual until 30/6/2025, 1.5 times from 1/7/2025.
    ['GIAY_KHEN_CHU_TICH_XA', HOUSEHOLD, '2025-06-30', 'LAW_2022_THREE_TIER', 0.15, 2_340_000, 360_000],
    ['GIAY_KHEN_CHU_TICH_XA', HOUSEHOLD, '2025-07-01', 'LAW_2022_TWO_TIER', 0.45, 2_340_000, 1_060_000],
    // Bằng khen of the province chair: a collective gets twice an individual's.
    ['BANG_KHEN_CHU_TICH_TINH', INDIVIDUAL, '2025-08-01', 'LAW_2022_TWO_TIER', 1.5, 2_340_000, 3_510_000],
    ['BANG_KHEN_CHU_TICH_TINH', COLLECTIVE, '2025-08-01', 'LAW_2022_TWO_TIER', 3.0, 2_340_000, 7_020_000],
    ['BANG_KHEN_CHU_TICH_TINH', INDIVIDUAL, '2024-03-01', 'LAW_2022_THREE_TIER', 1.5, 1_800_000, 2_700_000],
    // Decree 91/2017 (until 31/12/2023), on the base salaries of 2019 and 2023.
    ['BANG_KHEN_CHU_TICH_TINH', INDIVIDUAL, '2022-12-20', 'LAW_2003', 1.0, 1_490_000, 1_490_000],
    ['TAP_THE_LAO_DONG_TIEN_TIEN', COLLECTIVE, '2018-12-20', 'LAW_2003', 0.8, 1_390_000, 1_120_000],
    ['CHIEN_SI_THI_DUA_CO_SO', INDIVIDUAL, '2023-12-31', 'LAW_2003', 1.0, 1_800_000, 1_800_000],
    ['CO_THI_DUA_TINH', COLLECTIVE, '2024-01-01', 'LAW_2022_THREE_TIER', 8.0, 1_800_000, 14_400_000],
  ])('%s for a %s decided on %s (%s): %d × %d = %d', (awardCode, nomineeKind, decisionDate, period, coefficient, base, amount) => {
    expect(computeBonus(SHIPPED, { awardCode, nomineeKind, decisionDate })).toEqual({
      coefficient,
      baseSalary: base,
      amount,
      legalPeriod: period,
    });
  });

  it.each([
    // No district chair after the reform: his Giấy khen pays nothing from 1/7/2025.
    ['GIAY_KHEN_CHU_TICH_HUYEN', INDIVIDUAL, '2025-07-01'],
    // A title is for one nominee kind only.
    ['LAO_DONG_TIEN_TIEN', COLLECTIVE, '2025-08-01'],
    ['TAP_THE_LAO_DONG_XUAT_SAC', INDIVIDUAL, '2024-03-01'],
    // Before the first base salary recorded.
    ['LAO_DONG_TIEN_TIEN', INDIVIDUAL, '2012-12-31'],
    ['NO_SUCH_AWARD', INDIVIDUAL, '2025-08-01'],
  ])('%s for a %s on %s: no bonus', (awardCode, nomineeKind, decisionDate) => {
    expect(computeBonus(SHIPPED, { awardCode, nomineeKind, decisionDate })).toBeNull();
  });

  it('has one row per legal period, award and nominee kind', () => {
    const keys = BUILT_IN_COEFFICIENTS.map((r) => `${r.legalPeriod}|${r.awardCode}|${r.nomineeKind}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of BUILT_IN_COEFFICIENTS) expect(isValidCoefficient(row.coefficient)).toBe(true);
  });

  it('an edited row wins over the shipped one', () => {
    const edited = BUILT_IN_COEFFICIENTS.map((r) =>
      r.legalPeriod === 'LAW_2022_TWO_TIER' && r.awardCode === 'LAO_DONG_TIEN_TIEN' ? { ...r, coefficient: 0.5 } : r,
    );
    expect(coefficientFor(edited, 'LAW_2022_TWO_TIER', 'LAO_DONG_TIEN_TIEN', INDIVIDUAL)).toBe(0.5);
    expect(coefficientFor(edited, 'LAW_2022_THREE_TIER', 'LAO_DONG_TIEN_TIEN', INDIVIDUAL)).toBe(0.3);
  });
});

describe('what an administrator may enter', () => {
  it.each([
    [0, true],
    [0.15, true],
    [12, true],
    [100, true],
    [99.99, true],
    [1.234, false],
    [-0.1, false],
    [100.01, false],
    [Number.NaN, false],
  ])('coefficient %p: %p', (value, ok) => {
    expect(isValidCoefficient(value)).toBe(ok);
  });

  it.each([
    ['2025-07-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['1/7/2025', false],
    ['', false],
  ])('day %p: %p', (value, ok) => {
    expect(isCalendarDay(value)).toBe(ok);
  });
});
