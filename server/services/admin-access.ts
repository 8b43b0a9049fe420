import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { forbidden } from '../auth/access';
import { vietnamToday, type Viewer, type ViewerRole } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { recordAudit, type AuditInput } from '../store/audit';

/** Who may administer users and roles where, and how those changes go on the audit trail. */

export type Actor = NonNullable<AuditInput['actor']>;

/** The viewer's ADMIN roles, those held in their own name before delegated ones. */
export function adminRoles(viewer: Viewer): ViewerRole[] {
  const admins = viewer.roles.filter((r) => r.role === Role.ADMIN);
  if (!admins.length)
    throw forbidden(
      'Only an ADMIN manages users and roles.',
      'Chỉ quản trị viên (ADMIN) mới quản lý người dùng và vai trò.',
    );
  return admins.sort((a, b) => Number(!!a.delegatedByUserId) - Number(!!b.delegatedByUserId));
}

/**
 * The viewer's ADMIN role over `unitPath`. An ADMIN of another subtree gets ROLE_ABOVE_OWN as payload
 * data, so the portal can show why; someone with no ADMIN role at all is FORBIDDEN.
 */
export function adminOver(viewer: Viewer, unitPath: string, field: string): ViewerRole {
  const admins = adminRoles(viewer);
  const held = admins.find((r) => unitPath.startsWith(r.unitPath));
  if (held) return held;
  const above = admins.some((r) => r.unitPath.startsWith(unitPath));
  throw DomainError.of(
    ErrorCode.ROLE_ABOVE_OWN,
    field,
    above
      ? { en: 'This unit is above the unit you administer.', vi: 'Đơn vị này ở cấp trên đơn vị bạn quản trị.' }
      : { en: 'This unit is outside the units you administer.', vi: 'Đơn vị này nằm ngoài phạm vi bạn quản trị.' },
  );
}

export function actorOf(viewer: Viewer, role: ViewerRole): Actor {
  return { userId: viewer.user.id, role: role.role, unitId: role.unitId, onBehalfOfUserId: role.delegatedByUserId };
}

/** Not revoked and not ended (future ones count: they are granted power). */
export function inForce(assignment: RoleAssignment, today = vietnamToday()): boolean {
  return !assignment.revokedAt && (!assignment.validTo || assignment.validTo >= today);
}

export async function auditAccess(
  em: EntityManager,
  actor: Actor,
  action: AuditAction,
  entity: { type: 'User' | 'RoleAssignment'; id: string },
  change: { before?: Record<string, unknown>; after: Record<string, unknown>; comment?: string },
): Promise<void> {
  await recordAudit(em, {
    key: `${entity.type}:${entity.id}:${action}:${randomUUID()}`,
    nominationId: null,
    actor,
    action,
    ...change,
    entityType: entity.type,
    entityId: entity.id,
  });
}

export function describeAssignment(a: RoleAssignment) {
  return { userId: a.user.id, role: a.role, unitId: a.unit.id, validFrom: a.validFrom, validTo: a.validTo ?? null };
}

/**
 * What a deputy granted through a delegation, ended with it: roles granted while acting as ADMIN
 * within its unit (refused since, but older rows may hold them) and onward delegations of the lent
 * role; not what the deputy granted through an ADMIN role of their own over that unit.
 */
export async function grantedThrough(em: EntityManager, delegation: RoleAssignment): Promise<RoleAssignment[]> {
  const deputy = delegation.user.id;
  const unit = await em.findOneOrFail(AdminUnit, delegation.unit.id);
  const rows = await em.find(
    RoleAssignment,
    {
      grantedBy: deputy,
      id: { $ne: delegation.id },
      revokedAt: null,
      createdAt: { $gte: delegation.createdAt },
      unit: { path: { $like: `${unit.path}%` } },
    },
    { populate: ['unit'] },
  );
  const own = await em.find(
    RoleAssignment,
    { user: deputy, role: Role.ADMIN, delegatedBy: null },
    { populate: ['unit'] },
  );
  const ownPaths = own.filter((a) => inForce(a)).map((a) => a.unit.path);
  return rows.filter((row) => {
    if (!inForce(row)) return false;
    const onward = row.delegatedBy?.id === deputy && row.role === delegation.role && row.unit.id === unit.id;
    const asAdmin = delegation.role === Role.ADMIN && !ownPaths.some((path) => row.unit.path.startsWith(path));
    return onward || asAdmin;
  });
}
