import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, type Role } from '../../domain/enums';
import { powersMessages as M, refusal } from '../../domain/messages';
import { vietnamToday } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { RoleAssignment } from '../entities/role-assignment.entity';

/** Who an action claims to be done by, as the API put it on the workflow message. */
export interface ClaimedActor {
  userId: string;
  role: Role;
  unitId: string;
  onBehalfOfUserId?: string | null;
}

/** A unit and role the action may be done from: exactly at `unitId`, or (`over`) anywhere on the way up from it. */
export interface ActingPlace {
  role: Role;
  unitId: string;
  over?: boolean;
}

/**
 * Re-checks in the database, inside the caller's transaction, that the actor holds the role they
 * act in at that unit today (an active user, an assignment in force, the delegation it names), and
 * that this role and unit are one the action allows. The workflow trusts the message's actor; this
 * is what refuses a forged one. Refuses with ACTOR_NOT_AUTHORIZED; returns the unit acted from.
 */
export async function assertActorMay(
  em: EntityManager,
  actor: ClaimedActor,
  places: readonly ActingPlace[],
  { ownOnly = false } = {},
): Promise<AdminUnit> {
  const today = vietnamToday();
  const held = await em.findOne(
    RoleAssignment,
    {
      user: { id: actor.userId, active: true },
      role: actor.role,
      unit: actor.unitId,
      // Acting for someone must be through that person's delegation; without it, any assignment held counts.
      ...(actor.onBehalfOfUserId ? { delegatedBy: actor.onBehalfOfUserId } : {}),
      // A council seat is personal: a delegate neither votes nor counts.
      ...(ownOnly ? { delegatedBy: null } : {}),
      revokedAt: null,
      validFrom: { $lte: today },
      $or: [{ validTo: null }, { validTo: { $gte: today } }],
    },
    { populate: ['unit'] },
  );
  if (!held) throw refusal(M.actorNotAuthorized, { role: actor.role });
  const allowed = await Promise.all(
    places
      .filter((p) => p.role === actor.role)
      .map(async (p) => {
        if (p.unitId === held.unit.id) return true;
        if (!p.over) return false;
        const target = await em.findOne(AdminUnit, p.unitId);
        return !!target && target.path.startsWith(held.unit.path);
      }),
  );
  if (!allowed.some(Boolean)) throw refusal(M.actorNotAuthorized, { role: actor.role });
  return held.unit;
}

/** The places `roles` act from over `unitId`: that unit or any unit above it. */
export function over(roles: readonly Role[], unitId: string): ActingPlace[] {
  return roles.map((role) => ({ role, unitId, over: true }));
}

/** The unit whose officer suspended the nomination (its latest suspension), if any is on record. */
export async function suspendingUnit(em: EntityManager, nominationId: string): Promise<AdminUnit | null> {
  const event = await em.findOne(
    AuditEvent,
    { nomination: nominationId, action: AuditAction.SUSPENDED },
    { orderBy: { occurredAt: 'desc' }, populate: ['unit'] },
  );
  return event?.unit ? (event.unit as AdminUnit) : null;
}

/** Only the level that suspended a nomination, or a level above it, resumes it (RESUME_BELOW_SUSPENDER). */
export async function assertMayResume(em: EntityManager, nominationId: string, actingUnitPath: string): Promise<void> {
  const suspender = await suspendingUnit(em, nominationId);
  if (suspender && !suspender.path.startsWith(actingUnitPath)) {
    throw refusal(M.resumeBelowSuspender, { unitName: suspender.name });
  }
}
