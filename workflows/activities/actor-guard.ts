import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationFailure } from '@temporalio/activity';
import { DomainError } from '../../domain/error-codes';
import { LIFECYCLE, type NominationAction } from '../../domain/nomination-lifecycle';
import { Role } from '../../domain/enums';
import type { ReviewTask } from '../../server/entities/review-task.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import {
  assertActorMay,
  assertMayResume,
  over,
  type ActingPlace,
  type ClaimedActor,
} from '../../server/store/actor-check';

/**
 * Defence in depth: an activity that acts for a person re-checks, in its own transaction, that the
 * person holds the role over the unit now. A refusal is final (non-retryable), typed by its ErrorCode.
 */
async function orRefuse<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw ApplicationFailure.create({
      type: error.code,
      message: error.error.message,
      details: [error.error.messageVi],
      nonRetryable: true,
    });
  }
}

/** A task is acted on by its stage's role at its unit, or by whom it was escalated to. */
export function assertTaskActor(em: EntityManager, task: ReviewTask, actor: ClaimedActor): Promise<unknown> {
  const places: ActingPlace[] = [{ role: task.candidateRole, unitId: task.unit.id }];
  if (task.escalatedToRole && task.escalatedToUnit)
    places.push({ role: task.escalatedToRole, unitId: task.escalatedToUnit.id });
  return orRefuse(() => assertActorMay(em, actor, places));
}

/** A commendation is issued by the decision stage's role, or concluded by a round its actor signed. */
export async function assertCommendActor(em: EntityManager, task: ReviewTask, actor: ClaimedActor): Promise<unknown> {
  const signed = await em.count(RoundEntry, { nomination: task.nomination.id, round: { signedBy: actor.userId } });
  return signed ? undefined : assertTaskActor(em, task, actor);
}

/** An action the lifecycle table gives to roles over the nomination's unit (submit, suspend, resume, extend…). */
export function assertActorFor(
  em: EntityManager,
  action: NominationAction,
  nomination: { id: string; unit: { id: string } },
  actor: ClaimedActor,
): Promise<unknown> {
  const by = LIFECYCLE[action].by;
  const roles: readonly Role[] = Array.isArray(by) ? by : [];
  return orRefuse(async () => {
    const from = await assertActorMay(em, actor, over(roles, nomination.unit.id));
    // Only the suspending level or one above it resumes.
    if (action === 'RESUME') await assertMayResume(em, nomination.id, from.path);
  });
}

/** A ballot is cast by a council member of the round's unit in person (a seat is not delegated). */
export function assertCouncilMember(em: EntityManager, unitId: string, actor: ClaimedActor): Promise<unknown> {
  return orRefuse(() => assertActorMay(em, actor, [{ role: Role.COUNCIL_MEMBER, unitId }], { ownOnly: true }));
}
