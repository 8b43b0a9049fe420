import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { COEFFICIENT_MAX, isCalendarDay, isLegalPeriodCode, isValidCoefficient } from '../../domain/bonus-rules';
import { AuditAction, Role, type NomineeKind } from '../../domain/enums';
import { bonusMessages as M, refusal } from '../../domain/messages';
import type { Viewer } from '../auth/viewer';
import { AwardType } from '../entities/award-type.entity';
import { BaseSalary } from '../entities/base-salary.entity';
import { BonusCoefficient } from '../entities/bonus-coefficient.entity';
import { recordAudit } from '../store/audit';
import { bonusFor, type BonusAmount } from '../store/bonus-table';

export { bonusFor, type BonusAmount };

const LEGAL_BASIS_MAX = 500;
/** GraphQL Int's ceiling: the column is an integer. */
const AMOUNT_MAX = 2_147_483_647;

/** What a portal shows before a decision is signed; the date is checked first. */
export async function previewBonus(
  em: EntityManager,
  args: { awardCode: string; nomineeKind: NomineeKind; decisionDate: string },
): Promise<BonusAmount | null> {
  if (!isCalendarDay(args.decisionDate)) throw refusal(M.dayInvalid, { value: args.decisionDate }, 'decisionDate');
  return bonusFor(em, args);
}

/** The table: every coefficient (of one legal period when given) and every base salary, oldest first. */
export async function bonusTable(em: EntityManager, legalPeriod?: string | null) {
  if (legalPeriod && !isLegalPeriodCode(legalPeriod))
    throw refusal(M.legalPeriodInvalid, { value: legalPeriod }, 'legalPeriod');
  const coefficients = await em.find(BonusCoefficient, legalPeriod ? { legalPeriod } : {}, {
    orderBy: { legalPeriod: 'asc', awardCode: 'asc', nomineeKind: 'asc' },
  });
  const baseSalaries = await em.find(BaseSalary, {}, { orderBy: { validFrom: 'asc' } });
  return { coefficients, baseSalaries };
}

/** The figures are the nation's: a province's administrator cannot change what every province pays. */
function requireNationalAdmin(viewer: Viewer): void {
  if (!viewer.user.nationalAdmin) throw refusal(M.nationalAdminRequired);
}

async function audit(
  em: EntityManager,
  viewer: Viewer,
  entity: { type: 'BonusCoefficient' | 'BaseSalary'; id: string },
  change: { before: Record<string, unknown> | null; after: Record<string, unknown> },
): Promise<void> {
  await recordAudit(em, {
    key: `${entity.type}:${entity.id}:${randomUUID()}`,
    nominationId: null,
    actor: { userId: viewer.user.id, role: Role.ADMIN, unitId: null },
    action: AuditAction.CAMPAIGN_CHANGED,
    ...change,
    entityType: entity.type,
    entityId: entity.id,
  });
}

/** A national administrator sets (or adds) the coefficient of an award for a nominee kind in a legal period. */
export async function setBonusCoefficient(
  em: EntityManager,
  viewer: Viewer,
  input: { legalPeriod: string; awardCode: string; nomineeKind: NomineeKind; coefficient: number },
) {
  requireNationalAdmin(viewer);
  if (!isLegalPeriodCode(input.legalPeriod))
    throw refusal(M.legalPeriodInvalid, { value: input.legalPeriod }, 'legalPeriod');
  const award = await em.findOne(AwardType, { code: input.awardCode });
  if (!award) throw refusal(M.awardUnknown, { code: input.awardCode }, 'awardCode');
  if (!award.nomineeKinds.includes(input.nomineeKind))
    throw refusal(M.nomineeKindNotForAward, { awardName: award.name, kind: input.nomineeKind }, 'nomineeKind');
  if (!isValidCoefficient(input.coefficient))
    throw refusal(M.coefficientInvalid, { value: input.coefficient, max: COEFFICIENT_MAX }, 'coefficient');
  const key = { legalPeriod: input.legalPeriod, awardCode: award.code, nomineeKind: input.nomineeKind };
  const existing = await em.findOne(BonusCoefficient, key);
  const before = existing ? { ...key, coefficient: existing.coefficient } : null;
  const coefficient = Math.round(input.coefficient * 100) / 100;
  const row = existing ?? em.create(BonusCoefficient, { ...key, coefficient });
  row.coefficient = coefficient;
  await audit(em, viewer, { type: 'BonusCoefficient', id: row.id }, { before, after: { ...key, coefficient } });
  await em.flush();
  return { coefficient: row };
}

/** A national administrator records the base salary from a day (a new decree), or corrects one. */
export async function setBaseSalary(
  em: EntityManager,
  viewer: Viewer,
  input: { validFrom: string; amount: number; legalBasis: string },
) {
  requireNationalAdmin(viewer);
  if (!isCalendarDay(input.validFrom)) throw refusal(M.dayInvalid, { value: input.validFrom }, 'validFrom');
  if (!Number.isInteger(input.amount) || input.amount <= 0 || input.amount > AMOUNT_MAX)
    throw refusal(M.amountInvalid, { value: input.amount }, 'amount');
  const legalBasis = input.legalBasis.trim();
  if (!legalBasis || legalBasis.length > LEGAL_BASIS_MAX)
    throw refusal(M.legalBasisInvalid, { max: LEGAL_BASIS_MAX }, 'legalBasis');
  const existing = await em.findOne(BaseSalary, { validFrom: input.validFrom });
  const before = existing
    ? { validFrom: existing.validFrom, amount: existing.amount, legalBasis: existing.legalBasis }
    : null;
  const after = { validFrom: input.validFrom, amount: input.amount, legalBasis };
  const row = existing ?? em.create(BaseSalary, after);
  Object.assign(row, { amount: input.amount, legalBasis });
  await audit(em, viewer, { type: 'BaseSalary', id: row.id }, { before, after });
  await em.flush();
  return { baseSalary: row };
}
