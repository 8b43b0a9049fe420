import type { EntityManager } from '@mikro-orm/postgresql';
import { computeBonus } from '../../domain/bonus-rules';
import type { NomineeKind } from '../../domain/enums';
import { legalPeriodOn } from '../../domain/legal-periods';
import { BaseSalary } from '../entities/base-salary.entity';
import { BonusCoefficient } from '../entities/bonus-coefficient.entity';

/** What a decision pays one awardee: the coefficient × the base salary in force on its date, rounded up. */
export interface BonusAmount {
  coefficient: number;
  baseSalary: number;
  amount: number;
  legalPeriod: string;
}

/**
 * The bonus of an award for a nominee kind on a decision date (YYYY-MM-DD), from the table as it
 * stands; null when the award has no coefficient in that period (or no base salary is recorded yet).
 */
export async function bonusFor(
  em: EntityManager,
  args: { awardCode: string; nomineeKind: NomineeKind; decisionDate: string },
): Promise<BonusAmount | null> {
  const legalPeriod = legalPeriodOn(args.decisionDate).code;
  const coefficient = await em.findOne(BonusCoefficient, {
    legalPeriod,
    awardCode: args.awardCode,
    nomineeKind: args.nomineeKind,
  });
  if (!coefficient) return null;
  const salary = await em.findOne(
    BaseSalary,
    { validFrom: { $lte: args.decisionDate } },
    { orderBy: { validFrom: 'desc' } },
  );
  return computeBonus({ coefficients: [coefficient], baseSalaries: salary ? [salary] : [] }, args);
}
