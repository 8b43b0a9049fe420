import type { EntityManager } from '@mikro-orm/postgresql';
import { BaseSalary } from '../entities/base-salary.entity';
import { BonusCoefficient } from '../entities/bonus-coefficient.entity';
import { BUILT_IN_BASE_SALARIES, BUILT_IN_COEFFICIENTS } from './bonus-table';

/**
 * Adds the shipped coefficients and base salaries that are missing. A row that exists is left as it
 * is: a national administrator may have corrected it, and a re-seed must not undo that.
 * Returns the number of rows created.
 */
export async function seedBonusTable(em: EntityManager): Promise<number> {
  const coefficients = await em.find(BonusCoefficient, {});
  const salaries = await em.find(BaseSalary, {});
  const haveCoefficient = new Set(coefficients.map((c) => `${c.legalPeriod}|${c.awardCode}|${c.nomineeKind}`));
  const haveSalary = new Set(salaries.map((s) => s.validFrom));
  let created = 0;
  for (const row of BUILT_IN_COEFFICIENTS) {
    if (haveCoefficient.has(`${row.legalPeriod}|${row.awardCode}|${row.nomineeKind}`)) continue;
    em.create(BonusCoefficient, row);
    created += 1;
  }
  for (const row of BUILT_IN_BASE_SALARIES) {
    if (haveSalary.has(row.validFrom)) continue;
    em.create(BaseSalary, row);
    created += 1;
  }
  return created;
}
