import type { EntityManager } from '@mikro-orm/postgresql';
import { assertDay, assertRange } from '../../domain/campaign-rules';
import { AuditAction } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { powersMessages as P, refusal } from '../../domain/messages';
import { requireReason } from '../../domain/text-rules';
import { forbidden } from '../auth/access';
import { vietnamToday, type Viewer } from '../auth/viewer';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { User } from '../entities/user.entity';
import { actorOf, adminOver, auditAccess, describeAssignment, inForce, type Actor } from './admin-access';
import { findOrRefuse } from '../store/load';
import { revokeAssignment } from './user-admin.service';

/** Ký thay covers an absence (leave, sick leave, a mission), not a standing transfer of power. */
export const MAX_DELEGATION_DAYS = 180;
const DAY_MS = 24 * 3600 * 1000;

export interface DelegateRoleRequest {
  /** The holder's own assignment. */
  assignmentId: string;
  deputyUserId: string;
  validFrom: string;
  validTo: string;
  reason: string;
}

export interface RevokeDelegationRequest {
  /** The deputy's delegated assignment. */
  assignmentId: string;
  reason: string;
}

function badRange(field: string, en: string, vi: string): DomainError {
  return DomainError.of(ErrorCode.INVALID_DATE_RANGE, field, { en, vi });
}

/** Days the delegation runs: from today (Vietnam) or later, within the holder's own assignment, at most 180 days. */
export function delegationRange(input: { validFrom: string; validTo: string }, source: RoleAssignment, today: string) {
  const validFrom = assertDay(input.validFrom, 'validFrom');
  const validTo = assertDay(input.validTo, 'validTo');
  if (validFrom < today)
    throw badRange('validFrom', 'A delegation cannot start in the past.', 'Ủy quyền không thể bắt đầu từ ngày đã qua.');
  assertRange(validFrom, validTo, 'validTo');
  const days = (Date.parse(validTo) - Date.parse(validFrom)) / DAY_MS + 1;
  if (days > MAX_DELEGATION_DAYS) {
    throw badRange(
      'validTo',
      `A delegation lasts at most ${MAX_DELEGATION_DAYS} days.`,
      `Ủy quyền kéo dài tối đa ${MAX_DELEGATION_DAYS} ngày.`,
    );
  }
  if (validFrom < source.validFrom || (source.validTo && validTo > source.validTo)) {
    throw badRange(
      'validTo',
      'A delegation cannot outlast the role it lends.',
      'Thời hạn ủy quyền không thể vượt thời hạn của vai trò được ủy quyền.',
    );
  }
  return { validFrom, validTo };
}

/**
 * The holder of a current, non-delegated assignment lends it to a deputy for a date range: the deputy
 * gets the same role in the same unit with delegatedBy = holder, so their actions record both people.
 */
export function delegateRole(em: EntityManager, viewer: Viewer, input: DelegateRoleRequest): Promise<RoleAssignment> {
  return em.transactional((tx) => delegateLocked(tx, viewer, input));
}

async function delegateLocked(em: EntityManager, viewer: Viewer, input: DelegateRoleRequest) {
  // The source row lock serialises delegations of one assignment, so the overlap check holds.
  const source = await findOrRefuse(em, RoleAssignment, input.assignmentId, 'assignmentId', ['unit'], true);
  if (source.user.id !== viewer.user.id) {
    throw forbidden('Only the holder of a role may delegate it.', 'Chỉ người giữ vai trò mới được ủy quyền ký thay.');
  }
  if (source.delegatedBy) throw refusal(P.delegationChained, {}, 'assignmentId');
  const held = viewer.roles.find((r) => r.assignmentId === source.id);
  if (!held) {
    throw DomainError.of(ErrorCode.INVALID_STATE, 'assignmentId', {
      en: 'This role is not in force today (revoked, ended or not yet started).',
      vi: 'Vai trò này không có hiệu lực hôm nay (đã thu hồi, hết hạn hoặc chưa bắt đầu).',
    });
  }
  const reason = requireReason('reason', input.reason);
  const { validFrom, validTo } = delegationRange(input, source, vietnamToday());
  const deputy = await findOrRefuse(em, User, input.deputyUserId, 'deputyUserId');
  if (deputy.id === viewer.user.id) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'deputyUserId', {
      en: 'You cannot delegate to yourself.',
      vi: 'Không thể ủy quyền cho chính mình.',
    });
  }
  if (!deputy.active)
    throw DomainError.of(ErrorCode.INVALID_STATE, 'deputyUserId', {
      en: 'The deputy is deactivated.',
      vi: 'Tài khoản người được ủy quyền đang bị khóa.',
    });
  await assertDeputyInUnit(em, deputy, source);
  const overlapping = await em.count(RoleAssignment, {
    delegatedBy: viewer.user.id,
    role: source.role,
    unit: source.unit,
    revokedAt: null,
    validFrom: { $lte: validTo },
    validTo: { $gte: validFrom },
  });
  if (overlapping) {
    throw DomainError.of(ErrorCode.DUPLICATE, 'validFrom', {
      en: 'This role is already delegated for some of these days.',
      vi: 'Vai trò này đã được ủy quyền trong một phần thời gian này.',
    });
  }
  const delegation = em.create(RoleAssignment, {
    user: deputy,
    role: source.role,
    unit: source.unit,
    validFrom,
    validTo,
    delegatedBy: viewer.user.id,
    grantedBy: viewer.user.id,
  });
  await auditAccess(
    em,
    actorOf(viewer, held),
    AuditAction.ROLE_DELEGATED,
    { type: 'RoleAssignment', id: delegation.id },
    {
      after: { ...describeAssignment(delegation), delegatedBy: viewer.user.id, sourceAssignmentId: source.id },
      comment: reason,
    },
  );
  await em.flush();
  return delegation;
}

/** Ký thay stays within the unit: the deputy already holds a role of their own in that unit or below it. */
async function assertDeputyInUnit(em: EntityManager, deputy: User, source: RoleAssignment) {
  const today = vietnamToday();
  const held = await em.count(RoleAssignment, {
    user: deputy,
    delegatedBy: null,
    revokedAt: null,
    validFrom: { $lte: today },
    $or: [{ validTo: null }, { validTo: { $gte: today } }],
    unit: { path: { $like: `${source.unit.path}%` } },
  });
  if (!held) throw refusal(P.deputyOutsideUnit, { unitName: source.unit.name }, 'deputyUserId');
}

/** Ends a delegation early: by its holder, or by an ADMIN over its unit. */
export function revokeDelegation(
  em: EntityManager,
  viewer: Viewer,
  input: RevokeDelegationRequest,
): Promise<RoleAssignment> {
  return em.transactional(async (tx) => {
    const delegation = await findOrRefuse(tx, RoleAssignment, input.assignmentId, 'assignmentId', ['unit'], true);
    if (!delegation.delegatedBy) {
      throw DomainError.of(ErrorCode.INVALID_VALUE, 'assignmentId', {
        en: 'This is not a delegation; use revokeRole.',
        vi: 'Đây không phải ủy quyền; hãy dùng thu hồi vai trò.',
      });
    }
    const byHolder = delegation.delegatedBy.id === viewer.user.id;
    const actor: Actor = byHolder
      ? { userId: viewer.user.id, role: delegation.role, unitId: delegation.unit.id }
      : actorOf(viewer, adminOver(viewer, delegation.unit.path, 'assignmentId'));
    const reason = requireReason('reason', input.reason);
    if (!inForce(delegation)) {
      throw DomainError.of(ErrorCode.INVALID_STATE, 'assignmentId', {
        en: 'The delegation is already revoked or ended.',
        vi: 'Ủy quyền đã bị thu hồi hoặc đã hết hạn.',
      });
    }
    await revokeAssignment(tx, delegation, actor, reason);
    await tx.flush();
    return delegation;
  });
}
