import { PovertyTargetStatus } from '../../domain/poverty-enums';
import { HA_NOI_COMMUNE_TARGETS, TINH_BIEN_TARGET, XUAN_TANG_TARGET } from '../../domain/poverty-plans';
import {
  isCommuneCommitteeGroup,
  povertyCountIssues,
  povertyRate,
  progressAgainst,
  sumFigures,
  targetAppliesTo,
  type PovertyFigures,
} from '../../domain/poverty-rules';

const { MET, NOT_MET, NOT_YET_DUE, NO_DATA } = PovertyTargetStatus;
const figures = (households: number, poorHouseholds: number): PovertyFigures => ({
  households,
  poorHouseholds,
  nearPoorHouseholds: 0,
  ethnicMinorityPoorHouseholds: 0,
});
const byYear = (counts: Record<number, PovertyFigures>) => (year: number) => counts[year] ?? null;
const [WARD, COMMUNE_2023, COMMUNE_2025] = HA_NOI_COMMUNE_TARGETS;

describe('Hà Nội 251/KH-UBND, commune level', () => {
  it('applies the ward target to wards and the reductions to communes and towns', () => {
    expect(targetAppliesTo(WARD, 'Phường')).toBe(true);
    expect(targetAppliesTo(WARD, 'Xã')).toBe(false);
    expect(targetAppliesTo(COMMUNE_2023, 'Thị trấn')).toBe(true);
    expect(targetAppliesTo(COMMUNE_2025, 'Phường')).toBe(false);
  });

  it.each([
    [2023, 0, MET],
    [2023, 1, NOT_MET],
    [2024, 0, MET],
    [2022, 3, NOT_YET_DUE],
  ])('a ward in %i with %i poor households: %s', (year, poor, status) => {
    const progress = progressAgainst(WARD, year, byYear({ [year]: figures(4000, poor) }));
    expect(progress).toMatchObject({ status, required: 0, measure: 'RATE_PERCENT' });
  });

  it.each([
    // Early 2022 (the end-2021 review): 120 poor households. "Giảm trên 50%": fewer than 60 by end-2023.
    [COMMUNE_2023, 2023, 59, MET, 60],
    [COMMUNE_2023, 2023, 60, NOT_MET, 60],
    [COMMUNE_2023, 2023, 75, NOT_MET, 60],
    [COMMUNE_2023, 2022, 90, NOT_YET_DUE, 60],
    // "Giảm trên 70%": fewer than 36 by end-2025.
    [COMMUNE_2025, 2025, 35, MET, 36],
    [COMMUNE_2025, 2025, 40, NOT_MET, 36],
    [COMMUNE_2025, 2023, 59, NOT_YET_DUE, 36],
  ])('a rural commune (%#) in %i with %i poor households against 120: %s', (rule, year, poor, status, required) => {
    const progress = progressAgainst(rule, year, byYear({ 2021: figures(2500, 120), [year]: figures(2500, poor) }));
    expect(progress).toMatchObject({ status, base: 120, current: poor, comparedYear: 2021, measure: 'POOR_HOUSEHOLDS' });
    expect(progress.required).toBeCloseTo(required);
  });

  it('says which count is missing rather than guess', () => {
    expect(progressAgainst(COMMUNE_2023, 2023, byYear({ 2023: figures(2500, 10) })).status).toBe(NO_DATA);
    expect(progressAgainst(WARD, 2024, byYear({})).status).toBe(NO_DATA);
  });
});

describe('Tịnh Biên 2016–2020: −2 points a year, −5 where the rate is above 20 %', () => {
  it.each([
    // rate 10 % → 8 % meets −2 points; 8,5 % does not.
    [figures(1000, 100), figures(1000, 80), MET, 8],
    [figures(1000, 100), figures(1000, 85), NOT_MET, 8],
    // rate 25 % (above 20 %) → needs 20 %: 22 % does not meet, 20 % does.
    [figures(1000, 250), figures(1000, 220), NOT_MET, 20],
    [figures(1000, 250), figures(1000, 200), MET, 20],
    // exactly 20 % is not "trên 20%": −2 points suffice.
    [figures(1000, 200), figures(1000, 180), MET, 18],
    // a rate of 1 % cannot fall by 2 points: 0 is required.
    [figures(1000, 10), figures(1000, 0), MET, 0],
  ])('%o → %o: %s (required %d %%)', (before, after, status, required) => {
    const progress = progressAgainst(TINH_BIEN_TARGET, 2018, byYear({ 2017: before, 2018: after }));
    expect(progress.status).toBe(status);
    expect(progress.required).toBeCloseTo(required);
    expect(progress.comparedYear).toBe(2017);
  });

  it('is not due in the base year', () => {
    expect(progressAgainst(TINH_BIEN_TARGET, 2015, byYear({ 2015: figures(10, 1) })).status).toBe(NOT_YET_DUE);
  });
});

describe('Xuân Tăng: "cơ bản không còn hộ nghèo" by 2025', () => {
  it.each([
    [3000, 1, MET],
    [3000, 2, NOT_MET],
  ])('%i households with %i poor', (households, poor, status) => {
    expect(progressAgainst(XUAN_TANG_TARGET, 2025, byYear({ 2025: figures(households, poor) })).status).toBe(status);
  });
});

describe('counts', () => {
  it('computes the rate and sums predecessors', () => {
    expect(povertyRate(figures(200, 5))).toBe(2.5);
    expect(povertyRate(figures(0, 0))).toBeNull();
    expect(sumFigures([figures(100, 10), figures(50, 5)])).toEqual(figures(150, 15));
    expect(sumFigures([])).toBeNull();
  });

  it.each([
    [{ ...figures(10, -1) }, [{ field: 'poorHouseholds', kind: 'NEGATIVE' }]],
    [{ ...figures(10, 6), nearPoorHouseholds: 5 }, [{ field: 'poorHouseholds', kind: 'POOR_AND_NEAR_POOR_ABOVE_HOUSEHOLDS' }]],
    [{ ...figures(10, 2), ethnicMinorityPoorHouseholds: 3 }, [{ field: 'ethnicMinorityPoorHouseholds', kind: 'ETHNIC_MINORITY_ABOVE_POOR' }]],
    [{ ...figures(10.5, 2) }, [{ field: 'households', kind: 'NOT_INTEGER' }]],
    [{ ...figures(10, 5), nearPoorHouseholds: 5 }, []],
  ])('%o → %o', (f, issues) => {
    expect(povertyCountIssues(f)).toEqual(issues);
  });
});

describe("the sub-movement for commune People's Committees", () => {
  it.each([
    ['UBND cấp xã', true],
    ['UBND cấp huyện, cấp xã', true],
    ['Ủy ban nhân dân cấp xã', true],
    ['cộng đồng, đoàn thể cơ sở, ấp, tổ nhân dân tự quản', false],
    ['Các hộ gia đình', false],
  ])('%s → %s', (group, expected) => {
    expect(isCommuneCommitteeGroup(group)).toBe(expected);
  });
});
