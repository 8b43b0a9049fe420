import type { EntityManager } from '@mikro-orm/postgresql';
import { issuerTitle } from '../../domain/register-numbers';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardRecord } from '../entities/award-record.entity';
import { Movement } from '../entities/movement.entity';
import { Nomination } from '../entities/nomination.entity';
import { Period } from '../entities/period.entity';
import { bonusFor } from './bonus-table';

/**
 * A commended nomination enters the register of awards (sổ theo dõi khen thưởng), once: the award,
 * the year of the achievement (the period's), the decision, who signed it and the bonus it pays.
 */
export async function enterRegistry(
  em: EntityManager,
  nominationId: string,
  decision: { issuerUnitId: string; decisionNumber: string; decisionDate: string; certificateNumber: string | null },
): Promise<AwardRecord> {
  const entered = await em.findOne(AwardRecord, { nomination: nominationId });
  if (entered) return entered;
  const nomination = await em.findOneOrFail(Nomination, nominationId, { populate: ['award'] });
  const issuer = await em.findOneOrFail(AdminUnit, decision.issuerUnitId);
  const period = await em.findOneOrFail(Period, nomination.period.id);
  const movement = await em.findOneOrFail(Movement, nomination.movement.id);
  // The bonus of the decision's day: its legal period's coefficient × the base salary then in force.
  const bonus = await bonusFor(em, {
    awardCode: nomination.award.code,
    nomineeKind: nomination.nomineeKind,
    decisionDate: decision.decisionDate,
  });
  return em.create(AwardRecord, {
    nominee: nomination.nominee,
    award: nomination.award,
    year: period.year,
    commendationKind: nomination.commendationKind,
    decisionNumber: decision.decisionNumber,
    decisionDate: decision.decisionDate,
    issuerUnit: issuer,
    issuerName: issuerTitle(issuer.kind, issuer.name),
    unit: nomination.unit,
    movement,
    movementName: movement.name,
    period,
    nomination,
    certificateNumber: decision.certificateNumber,
    bonusCoefficient: bonus?.coefficient ?? null,
    baseSalary: bonus?.baseSalary ?? null,
    bonusAmount: bonus?.amount ?? null,
  });
}
