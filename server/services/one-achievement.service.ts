import type { EntityManager } from '@mikro-orm/postgresql';
import { AwardKind, NominationStatus } from '../../domain/enums';
import { AwardType } from '../entities/award-type.entity';
import { refusal, registryMessages as M } from '../../domain/messages';
import { AwardRecord } from '../entities/award-record.entity';
import { Nomination } from '../entities/nomination.entity';
import { Period } from '../entities/period.entity';

/** Nominations still on their way to an award; a commended one is in the registry instead. */
const LIVE: NominationStatus[] = [
  NominationStatus.DRAFT,
  NominationStatus.IN_REVIEW,
  NominationStatus.RETURNED,
  NominationStatus.APPROVED,
  NominationStatus.SUSPENDED,
  NominationStatus.PIPELINE_FAILED,
];

/**
 * One achievement, one award (Decree 98/2023 art. 4): several forms of commendation are not given
 * for one achievement. So the nominee is in no other live nomination of the period and movement for
 * a form (or for the same award), and the registry holds no standing award for that achievement: a
 * form of the same period and movement, or the same award for the same year. Titles (danh hiệu) are
 * standards met year by year and stack: Lao động tiên tiến and Chiến sĩ thi đua cơ sở the same year.
 * Callers hold the nominee's row lock.
 */
export async function assertOneAwardPerAchievement(em: EntityManager, nomination: Nomination): Promise<void> {
  const award = await em.findOneOrFail(AwardType, nomination.award.id);
  const sameAchievement = award.kind === AwardKind.FORM ? { award: { kind: AwardKind.FORM } } : { award };
  const other = await em.findOne(
    Nomination,
    {
      nominee: nomination.nominee.id,
      period: nomination.period.id,
      movement: nomination.movement.id,
      status: { $in: LIVE },
      id: { $ne: nomination.id },
      $or: [sameAchievement, { award }],
    },
    { populate: ['award', 'unit'] },
  );
  if (other) {
    const params = {
      name: nomination.nomineeName,
      award: other.award.name,
      status: other.status,
      unitName: other.unit.name,
      nominationId: other.id,
    };
    throw refusal(M.alreadyProposed, params, 'nomineeId');
  }
  const period = await em.findOneOrFail(Period, nomination.period.id);
  const received = await em.findOne(
    AwardRecord,
    {
      nominee: nomination.nominee.id,
      revokedAt: null,
      $or: [
        { period: nomination.period.id, movement: nomination.movement.id, ...sameAchievement },
        { award, year: period.year },
      ],
    },
    { populate: ['award'] },
  );
  if (received) {
    const params = {
      name: nomination.nomineeName,
      award: received.award.name,
      year: received.year,
      number: received.decisionNumber,
      date: received.decisionDate,
    };
    throw refusal(M.alreadyReceived, params, 'nomineeId');
  }
}
