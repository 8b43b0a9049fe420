import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Role, type AuditAction } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { forbidden, readablePrefixes } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { User } from '../entities/user.entity';
import { findOrRefuse } from '../store/load';
import { paginateBy, type PageRequest } from '../store/pagination';
import { readableNomination } from './nomination.service';

/** Every given field must match; `from` is inclusive, `to` exclusive. */
export interface AuditTrailFilter {
  nominationId?: string | null;
  actorId?: string | null;
  unitId?: string | null;
  from?: Date | null;
  to?: Date | null;
  actions?: AuditAction[] | null;
}

/** Roles that watch a whole subtree's trail; everyone else reads the trail of nominations they can read. */
const TRAIL_READERS = new Set([Role.ADMIN, Role.OBSERVER]);

/** Events in the subtrees: by where the actor acted, or by the nomination's unit. */
function inSubtrees(paths: string[]): FilterQuery<AuditEvent> {
  return {
    $or: paths.flatMap((p) => [
      { unit: { path: { $like: `${p}%` } } },
      { nomination: { unit: { path: { $like: `${p}%` } } } },
    ]),
  };
}

/**
 * The audit trail, newest first. ADMIN and OBSERVER see their subtrees; with a nominationId, anyone who
 * may read that nomination sees its events. There is deliberately no way to change an event.
 */
export async function listAuditEvents(em: EntityManager, viewer: Viewer, filter: AuditTrailFilter, page: PageRequest) {
  const where: FilterQuery<AuditEvent>[] = [];
  if (filter.nominationId) {
    const nomination = await readableNomination(em, viewer, filter.nominationId, 'filter.nominationId');
    where.push({ nomination: nomination.id });
  } else {
    const prefixes = readablePrefixes({ ...viewer, roles: viewer.roles.filter((r) => TRAIL_READERS.has(r.role)) });
    if (!prefixes.length) {
      throw forbidden(
        'Give a nominationId you can read, or hold the ADMIN or OBSERVER role.',
        'Hãy chọn một hồ sơ bạn được xem, hoặc cần vai trò ADMIN hay OBSERVER.',
      );
    }
    where.push(inSubtrees(prefixes));
  }
  if (filter.actorId) {
    const actor = await findOrRefuse(em, User, filter.actorId, 'filter.actorId');
    where.push({ $or: [{ actor: actor.id }, { onBehalfOf: actor.id }] });
  }
  if (filter.unitId) {
    const unit = await findOrRefuse(em, AdminUnit, filter.unitId, 'filter.unitId');
    where.push(inSubtrees([unit.path]));
  }
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw DomainError.of(ErrorCode.INVALID_DATE_RANGE, 'filter.to', {
      en: 'to must be after from.',
      vi: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
    });
  }
  if (filter.from) where.push({ occurredAt: { $gte: filter.from } });
  if (filter.to) where.push({ occurredAt: { $lt: filter.to } });
  if (filter.actions?.length) where.push({ action: { $in: filter.actions } });
  return paginateBy(em, AuditEvent, { $and: where }, page, 'occurredAt');
}
