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
}

export interface Viewer {
  user: User;
  roles: ViewerRole[];
}

/** Loads an active user with their roles; inactive or unknown users get no viewer. */
export async function loadViewer(em: EntityManager, userId: string): Promise<Viewer | null> {
  const user = await em.findOne(User, { id: userId, active: true }, { populate: ['roleAssignments.unit'] });
  if (!user) return null;
  const roles = user.roleAssignments.getItems().map((assignment) => ({
    assignmentId: assignment.id,
    role: assignment.role,
    unitId: assignment.unit.id,
    unitPath: assignment.unit.path,
    unitLevel: assignment.unit.level,
  }));
  return { user, roles };
}
