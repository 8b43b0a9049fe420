import type { NomineeKind } from './enums';
import { LEGAL_PERIODS, legalPeriodOn, type LegalPeriod } from './legal-periods';

/**
 * Tiền thưởng: an award pays its coefficient × the base salary (mức lương cơ sở) in force on the
 * decision date, rounded up to the ten thousand đồng (Decree 91/2017 art. 68 cl. 2; Decree 98/2023
 * art. 53 cl. 1–2; carried into Decree 152/2025, to check the article). The figures are data
 * (server/seeds/bonus-table.ts) that a national administrator can correct.
 */

export type LegalPeriodCode = LegalPeriod['code'];

export interface BonusCoefficientRow {
  legalPeriod: string;
  awardCode: string;
  nomineeKind: NomineeKind;
  coefficient: number;
}

export interface BaseSalaryRow {
  /** First day (YYYY-MM-DD) the amount is in force; it stays until the next row's day. */
  validFrom: string;
  /** Đồng per month. */
  amount: number;
}

export interface BonusTable {
  coefficients: readonly BonusCoefficientRow[];
  baseSalaries: readonly BaseSalaryRow[];
}

export interface BonusQuestion {
  awardCode: string;
  nomineeKind: NomineeKind;
  /** The decision's date (YYYY-MM-DD). */
  decisionDate: string;
}

export interface BonusResult {
  coefficient: number;
  baseSalary: number;
  amount: number;
  legalPeriod: LegalPeriodCode;
}

export const ROUNDING_STEP = 10_000;
export const COEFFICIENT_MAX = 100;

export function isLegalPeriodCode(value: string): value is LegalPeriodCode {
  return LEGAL_PERIODS.some((p) => p.code === value);
}

/** The coefficient of an award for a nominee kind in a legal period; null where the period gives none. */
export function coefficientFor(
  rows: readonly BonusCoefficientRow[],
  legalPeriod: string,
  awardCode: string,
  nomineeKind: NomineeKind,
): number | null {
  const row = rows.find(
    (r) => r.legalPeriod === legalPeriod && r.awardCode === awardCode && r.nomineeKind === nomineeKind,
  );
  return row ? row.coefficient : null;
}

/** The base salary in force on a day: the row with the latest start on or before it, or null before the first. */
export function baseSalaryOn(rows: readonly BaseSalaryRow[], day: string): BaseSalaryRow | null {
  let found: BaseSalaryRow | null = null;
  for (const row of rows) if (row.validFrom <= day && (!found || row.validFrom > found.validFrom)) found = row;
  return found;
}

/**
 * Coefficient × base salary, rounded up to the ten thousand đồng. Counted in hundredths of the
 * coefficient so that 0.3 × 2,340,000 is 702,000 exactly before rounding (710,000), with no float error.
 */
export function bonusAmount(coefficient: number, baseSalary: number): number {
  const hundredths = Math.round(coefficient * 100);
  const step = 100 * ROUNDING_STEP;
  return Math.ceil((hundredths * baseSalary) / step) * ROUNDING_STEP;
}

/** What a decision of that date pays the nominee for the award, or null (no coefficient, or no base salary yet). */
export function computeBonus(table: BonusTable, question: BonusQuestion): BonusResult | null {
  const legalPeriod = legalPeriodOn(question.decisionDate).code;
  const coefficient = coefficientFor(table.coefficients, legalPeriod, question.awardCode, question.nomineeKind);
  const salary = baseSalaryOn(table.baseSalaries, question.decisionDate);
  if (coefficient === null || !salary) return null;
  return { coefficient, baseSalary: salary.amount, amount: bonusAmount(coefficient, salary.amount), legalPeriod };
}

/** A coefficient an administrator may set: 0 to 100 with at most two decimals (numeric(6,2)). */
export function isValidCoefficient(value: number): boolean {
  if (!Number.isFinite(value) || value < 0 || value > COEFFICIENT_MAX) return false;
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}
