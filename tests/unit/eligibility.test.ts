import { evaluateEligibility, type EligibilityFacts, type RegistryAward } from '../../domain/eligibility';
import { ELIGIBILITY_RULES, ruleFor } from '../../domain/eligibility-rules';
import { CommendationKind, InitiativeScope, NomineeKind } from '../../domain/enums';
import type { LegalPeriod } from '../../domain/legal-periods';

const { CONG_TRANG, CHUYEN_DE, DOT_XUAT } = CommendationKind;

function award(awardCode: string, year: number, commendationKind = CONG_TRANG, revoked = false): RegistryAward {
  return { id: `${awardCode}-${year}`, awardCode, year, commendationKind, revoked };
}

function facts(year: number, partial: Partial<EligibilityFacts> = {}): EligibilityFacts {
  return { year, registry: [], declared: [], initiatives: [], initiativeDocument: false, ...partial };
}

const initiative = (year: number, scope = InitiativeScope.BASE) => ({ id: `sk-${year}`, scope, year });

type Case = [string, LegalPeriod['code'], string, EligibilityFacts, boolean, boolean];

/** [what, legal period, award, the record, met, verified] */
const CASES: Case[] = [
  // Chiến sĩ thi đua cơ sở: LĐTT the same year and a recognised initiative (Law art. 23), in both laws.
  ['CSTĐ cơ sở, LĐTT last year only', 'LAW_2022_THREE_TIER', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2024, { registry: [award('LAO_DONG_TIEN_TIEN', 2023)], initiatives: [initiative(2024)] }), false, false],
  ['CSTĐ cơ sở, LĐTT this year, no initiative', 'LAW_2022_THREE_TIER', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2024, { registry: [award('LAO_DONG_TIEN_TIEN', 2024)] }), false, false],
  ['CSTĐ cơ sở, LĐTT this year and an initiative', 'LAW_2022_TWO_TIER', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2025, { registry: [award('LAO_DONG_TIEN_TIEN', 2025)], initiatives: [initiative(2025)] }), true, true],
  ['CSTĐ cơ sở under the 2003 law, LĐTT of 2015 for 2023', 'LAW_2003', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2023, { registry: [award('LAO_DONG_TIEN_TIEN', 2015)], initiatives: [initiative(2023)] }), false, false],
  ['CSTĐ cơ sở under the 2003 law, LĐTT 2023', 'LAW_2003', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2023, { registry: [award('LAO_DONG_TIEN_TIEN', 2023)], initiatives: [initiative(2023)] }), true, true],
  ['CSTĐ cơ sở, a revoked LĐTT does not count', 'LAW_2022_TWO_TIER', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2025, { registry: [award('LAO_DONG_TIEN_TIEN', 2025, CONG_TRANG, true)], initiatives: [initiative(2025)] }), false, false],
  ['CSTĐ cơ sở, an initiative of last year does not count', 'LAW_2022_TWO_TIER', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2025, { registry: [award('LAO_DONG_TIEN_TIEN', 2025)], initiatives: [initiative(2024)] }), false, false],
  ['CSTĐ cơ sở, LĐTT declared for the year: met, not verified', 'LAW_2022_TWO_TIER', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2025, { declared: [{ awardCode: 'LAO_DONG_TIEN_TIEN', year: 2025 }], initiatives: [initiative(2025)] }), true, false],
  ['CSTĐ cơ sở, LĐTT declared for 2015: not met', 'LAW_2022_TWO_TIER', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2025, { declared: [{ awardCode: 'LAO_DONG_TIEN_TIEN', year: 2015 }], initiatives: [initiative(2025)] }), false, false],
  ['CSTĐ cơ sở, a recognition document without a recorded initiative: declared', 'LAW_2022_TWO_TIER', 'CHIEN_SI_THI_DUA_CO_SO',
    facts(2025, { registry: [award('LAO_DONG_TIEN_TIEN', 2025)], initiativeDocument: true }), true, false],
  // CSTĐ of the province: 3 consecutive CSTĐ cơ sở (Law art. 22) and a province-wide initiative.
  ['CSTĐ tỉnh, 3 consecutive CSTĐ cơ sở and a province-wide initiative', 'LAW_2022_THREE_TIER', 'CHIEN_SI_THI_DUA_TINH',
    facts(2024, {
      registry: [award('CHIEN_SI_THI_DUA_CO_SO', 2022), award('CHIEN_SI_THI_DUA_CO_SO', 2023), award('CHIEN_SI_THI_DUA_CO_SO', 2024)],
      initiatives: [initiative(2023, InitiativeScope.PROVINCE)],
    }), true, true],
  ['CSTĐ tỉnh, a gap in the chain', 'LAW_2022_THREE_TIER', 'CHIEN_SI_THI_DUA_TINH',
    facts(2024, {
      registry: [award('CHIEN_SI_THI_DUA_CO_SO', 2021), award('CHIEN_SI_THI_DUA_CO_SO', 2023), award('CHIEN_SI_THI_DUA_CO_SO', 2024)],
      initiatives: [initiative(2023, InitiativeScope.PROVINCE)],
    }), false, false],
  ['CSTĐ tỉnh, a base-level initiative is not enough', 'LAW_2003', 'CHIEN_SI_THI_DUA_TINH',
    facts(2023, {
      registry: [award('CHIEN_SI_THI_DUA_CO_SO', 2021), award('CHIEN_SI_THI_DUA_CO_SO', 2022), award('CHIEN_SI_THI_DUA_CO_SO', 2023)],
      initiatives: [initiative(2023)],
    }), false, false],
  ['CSTĐ tỉnh, a thematic CSTĐ cơ sở breaks the công trạng chain', 'LAW_2022_TWO_TIER', 'CHIEN_SI_THI_DUA_TINH',
    facts(2025, {
      registry: [award('CHIEN_SI_THI_DUA_CO_SO', 2023), award('CHIEN_SI_THI_DUA_CO_SO', 2024, CHUYEN_DE), award('CHIEN_SI_THI_DUA_CO_SO', 2025)],
      initiatives: [initiative(2025, InitiativeScope.NATIONAL)],
    }), false, false],
  // Bằng khen of the Prime Minister: a Bằng khen of the province and 5 years after it.
  ['BK Thủ tướng, BK tỉnh 2019 for 2024', 'LAW_2022_THREE_TIER', 'BANG_KHEN_THU_TUONG',
    facts(2024, { registry: [award('BANG_KHEN_CHU_TICH_TINH', 2019)] }), true, true],
  ['BK Thủ tướng, BK tỉnh 2021 for 2024', 'LAW_2022_THREE_TIER', 'BANG_KHEN_THU_TUONG',
    facts(2024, { registry: [award('BANG_KHEN_CHU_TICH_TINH', 2021)] }), false, false],
  ['BK Thủ tướng, a đột xuất BK tỉnh does not count', 'LAW_2003', 'BANG_KHEN_THU_TUONG',
    facts(2023, { registry: [award('BANG_KHEN_CHU_TICH_TINH', 2015, DOT_XUAT)] }), false, false],
  // Cờ thi đua of the province: Tập thể lao động xuất sắc the same year.
  ['Cờ thi đua tỉnh, TTLĐXS the same year', 'LAW_2022_TWO_TIER', 'CO_THI_DUA_TINH',
    facts(2025, { registry: [award('TAP_THE_LAO_DONG_XUAT_SAC', 2025)] }), true, true],
  ['Cờ thi đua tỉnh, TTLĐXS declared without a year', 'LAW_2003', 'CO_THI_DUA_TINH',
    facts(2020, { declared: [{ awardCode: 'TAP_THE_LAO_DONG_XUAT_SAC', year: null }] }), true, false],
];

describe('eligibility against the registry, by year and kind (both legal periods)', () => {
  it.each(CASES)('%s (%s)', (_what, period, code, record, met, verified) => {
    const kind = code === 'CO_THI_DUA_TINH' ? NomineeKind.COLLECTIVE : NomineeKind.INDIVIDUAL;
    const rule = ruleFor(ELIGIBILITY_RULES, code, period, kind, CONG_TRANG);
    expect(rule).toBeDefined();
    const outcome = evaluateEligibility(rule!.anyOf, record);
    expect({ met: outcome.met, verified: outcome.verified }).toEqual({ met, verified });
  });

  it('a draft is checked on prior awards only: the initiative may follow', () => {
    const rule = ruleFor(ELIGIBILITY_RULES, 'CHIEN_SI_THI_DUA_CO_SO', 'LAW_2022_TWO_TIER', NomineeKind.INDIVIDUAL, CONG_TRANG)!;
    const record = facts(2025, { registry: [award('LAO_DONG_TIEN_TIEN', 2025)] });
    expect(evaluateEligibility(rule.anyOf, record, { evidence: false }).met).toBe(true);
    expect(evaluateEligibility(rule.anyOf, record).met).toBe(false);
  });

  it('names which requirement is met and by which registry line', () => {
    const rule = ruleFor(ELIGIBILITY_RULES, 'CHIEN_SI_THI_DUA_CO_SO', 'LAW_2003', NomineeKind.INDIVIDUAL, CONG_TRANG)!;
    const outcome = evaluateEligibility(rule.anyOf, facts(2023, { registry: [award('LAO_DONG_TIEN_TIEN', 2023)] }));
    expect(outcome.alternatives[0].map((r) => [r.requirement.kind, r.status, r.evidence])).toEqual([
      ['AWARD_IN_YEAR', 'MET', ['LAO_DONG_TIEN_TIEN-2023']],
      ['INITIATIVE', 'NOT_MET', []],
    ]);
  });

  it('thematic and đột xuất nominations of a title take no công trạng rule; the Prime Minister’s Bằng khen applies to all kinds', () => {
    expect(ruleFor(ELIGIBILITY_RULES, 'CO_THI_DUA_TINH', 'LAW_2022_TWO_TIER', NomineeKind.COLLECTIVE, CHUYEN_DE)).toBeUndefined();
    expect(ruleFor(ELIGIBILITY_RULES, 'CHIEN_SI_THI_DUA_CO_SO', 'LAW_2003', NomineeKind.INDIVIDUAL, DOT_XUAT)).toBeUndefined();
    expect(ruleFor(ELIGIBILITY_RULES, 'BANG_KHEN_THU_TUONG', 'LAW_2003', NomineeKind.HOUSEHOLD, CHUYEN_DE)).toBeDefined();
    expect(ruleFor(ELIGIBILITY_RULES, 'GIAY_KHEN_CHU_TICH_XA', 'LAW_2022_TWO_TIER', NomineeKind.HOUSEHOLD, CONG_TRANG)).toBeUndefined();
  });
});
