import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertDay, assertRange } from '../../domain/campaign-rules';
import { AuditAction, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { requireReason } from '../../domain/text-rules';
import { forbidden } from '../auth/access';
import { vietnamToday, type Viewer, type ViewerRole } from '../auth/viewer';
import { powersMessages as P, refusal } from '../../domain/messages';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { User } from '../entities/user.entity';
import { findOrRefuse } from '../store/load';
import {
  actorOf,
  adminOver,
  adminRoles,
  auditAccess,
  describeAssignment,
  grantedThrough,
  inForce,
  type Actor,
} from './admin-access';

export interface CreateUserRequest {
  username: string;
  fullName: string;
}
export interface SetUserActiveRequest {
  userId: string;
  active: boolean;
}
/** Days are YYYY-MM-DD: from today (Vietnam) by default, open-ended without `validTo`. */
export interface GrantRoleRequest {
  userId: string;
  role: Role;
  unitId: string;
  validFrom?: string | null;
  validTo?: string | null;
}
export interface RevokeRoleRequest {
  assignmentId: string;
  reason: string;
}
const USERNAME = /^[a-z0-9.]{3,100}$/;
const FULL_NAME_MAX = 200;

export async function createUser(em: EntityManager, viewer: Viewer, input: CreateUserRequest): Promise<User> {
  const admin = adminRoles(viewer)[0];
  const username = input.username.trim();
  if (!USERNAME.test(username)) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'username', {
      en: 'A username has 3 to 100 lowercase letters, digits or dots.',
      vi: 'Tên đăng nhập gồm 3 đến 100 ký tự: chữ thường không dấu, chữ số hoặc dấu chấm.',
    });
  }
  const fullName = input.fullName.trim();
  if (!fullName) throw DomainError.of(ErrorCode.REQUIRED, 'fullName');
  if (fullName.length > FULL_NAME_MAX) throw DomainError.of(ErrorCode.TEXT_TOO_LONG, 'fullName');
  const duplicate = () =>
    DomainError.of(ErrorCode.DUPLICATE, 'username', {
      en: `"${username}" is taken.`,
      vi: `Tên đăng nhập "${username}" đã có người dùng.`,
    });
  if (await em.count(User, { username })) throw duplicate();
  try {
    const user = em.create(User, { username, fullName });
    await auditAccess(
      em,
      actorOf(viewer, admin),
      AuditAction.USER_CHANGED,
      { type: 'User', id: user.id },
      { after: { username, fullName, active: true } },
    );
    await em.flush();
    return user;
  } catch (error) {
    // Two admins creating the same username at once: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw duplicate();
    throw error;
  }
}

/**
 * The ADMIN role to manage `user` with: it must cover every unit where the user holds a role in force
 * (or, with none in force, ever held one); a user with no role yet is any ADMIN's to manage.
 */
async function adminOverUser(em: EntityManager, viewer: Viewer, user: User): Promise<ViewerRole> {
  const admins = adminRoles(viewer);
  if (user.nationalAdmin) throw refusal(P.nationalAdminManaged, {}, 'userId');
  const rows = await em.find(RoleAssignment, { user }, { populate: ['unit'] });
  const live = rows.filter((a) => inForce(a));
  // A user who never held a role belongs to the unit of the ADMIN who created them.
  const paths = rows.length ? (live.length ? live : rows).map((a) => a.unit.path) : await creatorPaths(em, user);
  const cover = (path: string) => admins.find((r) => path.startsWith(r.unitPath));
  if (!paths.every(cover)) {
    throw forbidden(
      'This user holds roles outside the units you administer.',
      'Người dùng có vai trò tại đơn vị ngoài phạm vi bạn quản trị.',
    );
  }
  return paths.length ? cover(paths[0])! : admins[0];
}

async function creatorPaths(em: EntityManager, user: User): Promise<string[]> {
  const created = await em.findOne(
    AuditEvent,
    { entityType: 'User', entityId: user.id, action: AuditAction.USER_CHANGED, unit: { $ne: null } },
    { orderBy: { occurredAt: 'asc' }, populate: ['unit'] },
  );
  return created?.unit ? [created.unit.path] : [];
}

export async function setUserActive(em: EntityManager, viewer: Viewer, input: SetUserActiveRequest): Promise<User> {
  adminRoles(viewer); // a non-ADMIN learns nothing about user ids
  const user = await findOrRefuse(em, User, input.userId, 'userId');
  const admin = await adminOverUser(em, viewer, user);
  assertNotDelegator(admin, user.id, 'userId');
  if (user.id === viewer.user.id && !input.active) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'active', {
      en: 'You cannot deactivate yourself.',
      vi: 'Bạn không thể tự khóa tài khoản của mình.',
    });
  }
  if (user.active === input.active) return user;
  user.active = input.active;
  await auditAccess(
    em,
    actorOf(viewer, admin),
    AuditAction.USER_CHANGED,
    { type: 'User', id: user.id },
    {
      before: { active: !input.active },
      after: { active: input.active },
    },
  );
  await em.flush();
  return user;
}

/** Roles nobody grants themselves: power over others' nominations, votes and roles. */
const NOT_SELF_GRANTED: readonly Role[] = [Role.ADMIN, Role.APPROVER, Role.COUNCIL_MEMBER];

/** An acting ADMIN (ký thay) grants no role; nobody grants themselves ADMIN, APPROVER or COUNCIL_MEMBER. */
function assertMayGrant(viewer: Viewer, admin: ViewerRole, userId: string, role: Role) {
  if (admin.delegatedByUserId) throw refusal(P.deputyCannotGrant, {}, 'unitId');
  if (userId === viewer.user.id && NOT_SELF_GRANTED.includes(role)) throw refusal(P.selfGrant, { role }, 'userId');
}

/** A deputy acting through a delegated ADMIN leaves the delegator's account and roles alone. */
function assertNotDelegator(admin: ViewerRole, userId: string, field: string) {
  if (admin.delegatedByUserId === userId) throw refusal(P.deputyCannotManageDelegator, {}, field);
}

export function grantRole(em: EntityManager, viewer: Viewer, input: GrantRoleRequest): Promise<RoleAssignment> {
  return em.transactional((tx) => grantLocked(tx, viewer, input));
}

async function grantLocked(em: EntityManager, viewer: Viewer, input: GrantRoleRequest) {
  adminRoles(viewer);
  // Locking the user serialises concurrent grants to them, so the duplicate check holds.
  const user = await findOrRefuse(em, User, input.userId, 'userId', [], true);
  const unit = await findOrRefuse(em, AdminUnit, input.unitId, 'unitId');
  const admin = adminOver(viewer, unit.path, 'unitId');
  assertMayGrant(viewer, admin, user.id, input.role);
  const today = vietnamToday();
  const validFrom = input.validFrom ? assertDay(input.validFrom, 'validFrom') : today;
  const validTo = input.validTo ? assertDay(input.validTo, 'validTo') : null;
  if (validFrom < today) {
    throw DomainError.of(ErrorCode.INVALID_DATE_RANGE, 'validFrom', {
      en: 'A role cannot start in the past.',
      vi: 'Vai trò không thể bắt đầu từ ngày đã qua.',
    });
  }
  if (validTo) assertRange(validFrom, validTo, 'validTo');
  if (!user.active)
    throw DomainError.of(ErrorCode.INVALID_STATE, 'userId', {
      en: 'The user is deactivated.',
      vi: 'Tài khoản đang bị khóa.',
    });
  const overlapping = await em.count(RoleAssignment, {
    $and: [
      { user, role: input.role, unit, delegatedBy: null, revokedAt: null },
      { $or: [{ validTo: null }, { validTo: { $gte: validFrom } }] },
      validTo ? { validFrom: { $lte: validTo } } : {},
    ],
  });
  if (overlapping) {
    throw DomainError.of(ErrorCode.DUPLICATE, 'role', {
      en: `${user.username} already holds ${input.role} in ${unit.name} for these dates.`,
      vi: `${user.username} đã có vai trò ${input.role} tại ${unit.name} trong thời gian này.`,
    });
  }
  const assignment = em.create(RoleAssignment, {
    user,
    role: input.role,
    unit,
    validFrom,
    validTo,
    grantedBy: viewer.user.id,
  });
  await auditAccess(
    em,
    actorOf(viewer, admin),
    AuditAction.ROLE_GRANTED,
    { type: 'RoleAssignment', id: assignment.id },
    {
      after: describeAssignment(assignment),
    },
  );
  await em.flush();
  return assignment;
}

export function revokeRole(em: EntityManager, viewer: Viewer, input: RevokeRoleRequest): Promise<RoleAssignment> {
  return em.transactional(async (tx) => {
    adminRoles(viewer);
    const assignment = await findOrRefuse(tx, RoleAssignment, input.assignmentId, 'assignmentId', ['unit'], true);
    const admin = adminOver(viewer, assignment.unit.path, 'assignmentId');
    assertNotDelegator(admin, assignment.user.id, 'assignmentId');
    const reason = requireReason('reason', input.reason);
    if (assignment.user.id === viewer.user.id && assignment.role === Role.ADMIN) {
      throw DomainError.of(ErrorCode.INVALID_VALUE, 'assignmentId', {
        en: 'You cannot revoke your own ADMIN role; ask an ADMIN above you.',
        vi: 'Bạn không thể tự thu hồi vai trò ADMIN của mình; hãy đề nghị quản trị viên cấp trên.',
      });
    }
    await revokeAssignment(tx, assignment, actorOf(viewer, admin), reason);
    await tx.flush();
    return assignment;
  });
}

/**
 * Sets revokedAt (the row stays for the record) and audits it. Revoking a holder's last assignment
 * of a role in a unit also ends the delegations they made of it: a deputy acts for a holder.
 */
export async function revokeAssignment(em: EntityManager, assignment: RoleAssignment, actor: Actor, reason: string) {
  if (!inForce(assignment)) {
    throw DomainError.of(ErrorCode.INVALID_STATE, 'assignmentId', {
      en: 'The role is already revoked or ended.',
      vi: 'Vai trò đã bị thu hồi hoặc đã hết hạn.',
    });
  }
  assignment.revokedAt = new Date();
  await auditAccess(
    em,
    actor,
    AuditAction.ROLE_REVOKED,
    { type: 'RoleAssignment', id: assignment.id },
    {
      before: { revokedAt: null },
      after: { ...describeAssignment(assignment), revokedAt: assignment.revokedAt.toISOString() },
      comment: reason,
    },
  );
  if (assignment.delegatedBy) {
    for (const granted of await grantedThrough(em, assignment)) await revokeAssignment(em, granted, actor, reason);
    return;
  }
  const same = { role: assignment.role, unit: assignment.unit };
  const others = await em.find(RoleAssignment, {
    ...same,
    user: assignment.user,
    delegatedBy: null,
    id: { $ne: assignment.id },
  });
  if (others.some((a) => inForce(a))) return;
  const delegations = await em.find(RoleAssignment, { ...same, delegatedBy: assignment.user, revokedAt: null });
  for (const delegation of delegations.filter((d) => inForce(d))) await revokeAssignment(em, delegation, actor, reason);
}
