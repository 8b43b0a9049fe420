import type { EntityManager } from '@mikro-orm/postgresql';
import { asFinalRefusal } from './final-refusal';
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

/** A task is acted on by its stage's role at its unit, or by whom it was escalated to. */
export function assertTaskActor(em: EntityManager, task: ReviewTask, actor: ClaimedActor): Promise<unknown> {
  const places: ActingPlace[] = [{ role: task.candidateRole, unitId: task.unit.id }];
  if (task.escalatedToRole && task.escalatedToUnit)
    places.push({ role: task.escalatedToRole, unitId: task.escalatedToUnit.id });
  return asFinalRefusal(() => assertActorMay(em, actor, places));
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
  return asFinalRefusal(async () => {
    const from = await assertActorMay(em, actor, over(roles, nomination.unit.id));
    // Only the suspending level or one above it resumes.
    if (action === 'RESUME') await assertMayResume(em, nomination.id, from.path);
  });
}

/** A ballot is cast by a council member of the round's unit in person (a seat is not delegated). */
export function assertCouncilMember(em: EntityManager, unitId: string, actor: ClaimedActor): Promise<unknown> {
  return asFinalRefusal(() => assertActorMay(em, actor, [{ role: Role.COUNCIL_MEMBER, unitId }], { ownOnly: true }));
}
