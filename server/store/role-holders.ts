import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../../domain/enums';
import { vietnamToday } from '../auth/viewer';
import { RoleAssignment } from '../entities/role-assignment.entity';

/**
 * Active users holding `role` at exactly `unitId` today. `ownOnly` leaves out delegations: a
 * council seat is personal, so a delegate neither votes nor counts towards the council's size.
 */
export async function holdersOf(
  em: EntityManager,
  unitId: string,
  role: Role,
  { ownOnly = false } = {},
): Promise<string[]> {
  const today = vietnamToday();
  const assignments = await em.find(RoleAssignment, {
    unit: unitId,
    role,
    revokedAt: null,
    validFrom: { $lte: today },
    $or: [{ validTo: null }, { validTo: { $gte: today } }],
    user: { active: true },
    ...(ownOnly ? { delegatedBy: null } : {}),
  });
  return [...new Set(assignments.map((a) => a.user.id))].sort();
}
