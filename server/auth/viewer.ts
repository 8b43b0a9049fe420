import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, Role } from '../../domain/enums';
import { User } from '../entities/user.entity';

/** One role the signed-in user holds, with the unit subtree it covers. */
export interface ViewerRole {
  assignmentId: string;
  role: Role;
  unitId: string;
  unitPath: string;
  unitLevel: AdminLevel;
  /** The holder who delegated this role to the viewer (ký thay), if it is a delegation. */
  delegatedByUserId: string | null;
}

export interface Viewer {
  user: User;
  roles: ViewerRole[];
}

/** Today in Vietnam (YYYY-MM-DD): role validity is by the local calendar day. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * Loads an active user with the roles valid today (delegations lapse by themselves at their end
 * date; revoked ones are gone); inactive or unknown users get no viewer.
 */
export async function loadViewer(em: EntityManager, userId: string, now = new Date()): Promise<Viewer | null> {
  return loadViewerWhere(em, { id: userId }, now);
}

/** The same, for the user a sign-in names: by id (development tokens) or by username (the OIDC claim). */
export async function loadViewerWhere(
  em: EntityManager,
  who: { id: string } | { username: string },
  now = new Date(),
): Promise<Viewer | null> {
  const today = vietnamToday(now);
  // One statement per request: the user, their roles in force and the roles' units, joined.
  const user = await em.findOne(
    User,
    { ...who, active: true },
    {
      populate: ['roleAssignments.unit'],
      populateWhere: {
        roleAssignments: {
          revokedAt: null,
          validFrom: { $lte: today },
          $or: [{ validTo: null }, { validTo: { $gte: today } }],
        },
      },
      strategy: 'joined',
    },
  );
  if (!user) return null;
  const roles = user.roleAssignments.getItems().map((assignment) => ({
    assignmentId: assignment.id,
    role: assignment.role,
    unitId: assignment.unit.id,
    unitPath: assignment.unit.path,
    unitLevel: assignment.unit.level,
    delegatedByUserId: assignment.delegatedBy?.id ?? null,
  }));
  return { user, roles };
}
