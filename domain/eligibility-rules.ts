import { CommendationKind, InitiativeScope, NomineeKind } from './enums';
import type { LegalPeriod } from './legal-periods';

/** One condition a nominee's record must show, counted in years back from the year of the achievement. */
export type Requirement =
  /** The award in that year (0 = the same year). */
  | { kind: 'AWARD_IN_YEAR'; awardCode: string; yearsBefore: number }
  /** The award in each of `count` consecutive years ending with the year of the achievement. */
  | { kind: 'CONSECUTIVE'; awardCode: string; count: number }
  /** The award `count` times within the last `withinYears` years (titles given every few years). */
  | { kind: 'TIMES_WITHIN'; awardCode: string; count: number; withinYears: number }
  /** The award received at least `years` years before ("a Bằng khen … and 5 years after"). */
  | { kind: 'AWARD_YEARS_BEFORE'; awardCode: string; years: number }
  /** A recognised initiative of at least that scope within the last `withinYears` years. */
  | { kind: 'INITIATIVE'; scope: InitiativeScope; withinYears: number };

/** The conditions of an award in some legal periods: any one of the alternatives, each all of its requirements. */
export interface EligibilityRule {
  awardCode: string;
  legalPeriods: LegalPeriod['code'][];
  /** The kinds the rule applies to; all when absent. */
  nomineeKinds?: NomineeKind[];
  /** The kinds of commendation it applies to; công trạng when absent. */
  commendationKinds?: CommendationKind[];
  anyOf: Requirement[][];
  /** Where the rule comes from, for reviewers. */
  basis: string;
}

const ALL_PERIODS: LegalPeriod['code'][] = ['LAW_2003', 'LAW_2022_THREE_TIER', 'LAW_2022_TWO_TIER'];
const ALL_KINDS = Object.values(CommendationKind);

/**
 * The built-in rules (DOMAIN-RULES "Eligibility examples"). Article numbers: Law 06/2022 art. 23
 * (CSTĐ cơ sở: the LĐTT standard and a recognised initiative) and art. 22 (CSTĐ of the province:
 * 3 consecutive CSTĐ cơ sở and an initiative of province-wide influence) — checked; the 2003 law has
 * the same two articles. Art. 21 (CSTĐ toàn quốc: 2 consecutive CSTĐ of the province and an
 * initiative of national influence) checked on a published summary. Bằng khen of the Prime Minister
 * (Law 06/2022 art. 71, to check) has alternatives; the one the registry can see is a prior Bằng khen
 * of the province and 5 years of good work after it. Cờ thi đua of the province: among collectives
 * with Tập thể lao động xuất sắc that year (art. 25, to check); at the tổng kết of a thematic
 * movement it goes to the leading collective without that title.
 */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    awardCode: 'CHIEN_SI_THI_DUA_CO_SO',
    legalPeriods: ALL_PERIODS,
    anyOf: [
      [
        { kind: 'AWARD_IN_YEAR', awardCode: 'LAO_DONG_TIEN_TIEN', yearsBefore: 0 },
        { kind: 'INITIATIVE', scope: InitiativeScope.BASE, withinYears: 1 },
      ],
    ],
    basis: 'Luật Thi đua, khen thưởng, Điều 23',
  },
  {
    awardCode: 'CHIEN_SI_THI_DUA_TINH',
    legalPeriods: ALL_PERIODS,
    anyOf: [
      [
        { kind: 'CONSECUTIVE', awardCode: 'CHIEN_SI_THI_DUA_CO_SO', count: 3 },
        { kind: 'INITIATIVE', scope: InitiativeScope.PROVINCE, withinYears: 3 },
      ],
    ],
    basis: 'Luật Thi đua, khen thưởng, Điều 22',
  },
  {
    awardCode: 'CHIEN_SI_THI_DUA_TOAN_QUOC',
    legalPeriods: ALL_PERIODS,
    anyOf: [
      [
        { kind: 'TIMES_WITHIN', awardCode: 'CHIEN_SI_THI_DUA_TINH', count: 2, withinYears: 6 },
        { kind: 'INITIATIVE', scope: InitiativeScope.NATIONAL, withinYears: 6 },
      ],
    ],
    basis: 'Luật Thi đua, khen thưởng, Điều 21',
  },
  {
    awardCode: 'BANG_KHEN_THU_TUONG',
    legalPeriods: ALL_PERIODS,
    commendationKinds: ALL_KINDS,
    anyOf: [[{ kind: 'AWARD_YEARS_BEFORE', awardCode: 'BANG_KHEN_CHU_TICH_TINH', years: 5 }]],
    basis: 'Luật Thi đua, khen thưởng, Điều 71 (cần đối chiếu)',
  },
  {
    awardCode: 'CO_THI_DUA_TINH',
    legalPeriods: ALL_PERIODS,
    anyOf: [[{ kind: 'AWARD_IN_YEAR', awardCode: 'TAP_THE_LAO_DONG_XUAT_SAC', yearsBefore: 0 }]],
    basis: 'Luật Thi đua, khen thưởng, Điều 25 (cần đối chiếu)',
  },
];

/** The rule of an award for a nominee kind, kind of commendation and legal period, if it has one. */
export function ruleFor(
  rules: readonly EligibilityRule[],
  awardCode: string,
  legalPeriod: LegalPeriod['code'],
  nomineeKind: NomineeKind,
  commendationKind: CommendationKind,
): EligibilityRule | undefined {
  return rules.find(
    (r) =>
      r.awardCode === awardCode &&
      r.legalPeriods.includes(legalPeriod) &&
      (!r.nomineeKinds || r.nomineeKinds.includes(nomineeKind)) &&
      (r.commendationKinds ?? [CommendationKind.CONG_TRANG]).includes(commendationKind),
  );
}
