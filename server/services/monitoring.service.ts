import type { EntityManager, FilterQuery, Knex } from '@mikro-orm/postgresql';
import { DEFAULT_WORKING_CALENDAR } from '../../domain/calendar';
import { AuditAction, Role, TaskStatus } from '../../domain/enums';
import { forbidden, readablePrefixes } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { Period } from '../entities/period.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { findOrRefuse } from '../store/load';
import { paginateBy, type PageRequest } from '../store/pagination';

/** Roles that watch the work of a whole subtree. */
const WATCHERS = new Set([Role.ADMIN, Role.OBSERVER]);
const ACTIVE = new Set<string>([TaskStatus.OPEN, TaskStatus.CLAIMED]);

/** What happened to a nomination's deadlines, for Nomination.deadlineHistory. */
export const DEADLINE_ACTIONS = [
  AuditAction.TASK_OPENED,
  AuditAction.REMINDER_SENT,
  AuditAction.TASK_ESCALATED,
  AuditAction.DEADLINE_EXTENDED,
  AuditAction.AUTO_RETURNED,
  AuditAction.AUTO_FORWARDED,
  AuditAction.EXPIRED,
];

/** The review tasks of one unit's whole subtree, for one period's nominations. */
export interface UnitWorkload {
  unit: AdminUnit;
  openTasks: number;
  overdueTasks: number;
  decidedTasks: number;
  escalatedTasks: number;
  medianWorkingDaysToDecision: number | null;
}

export interface UnitWorkloadReport {
  total: UnitWorkload;
  children: UnitWorkload[];
  /** The instant "overdue" was judged at. */
  asOf: Date;
}

function watchedPrefixes(viewer: Viewer): string[] {
  const prefixes = readablePrefixes({ ...viewer, roles: viewer.roles.filter((r) => WATCHERS.has(r.role)) });
  if (!prefixes.length)
    throw forbidden(
      'Monitoring is for the ADMIN and OBSERVER roles.',
      'Chức năng giám sát dành cho vai trò ADMIN và OBSERVER.',
    );
  return prefixes;
}

/** A unit inside the viewer's ADMIN or OBSERVER subtrees, or FORBIDDEN. */
async function watchedUnit(em: EntityManager, viewer: Viewer, unitId: string, field: string): Promise<AdminUnit> {
  const prefixes = watchedPrefixes(viewer);
  const unit = await findOrRefuse(em, AdminUnit, unitId, field);
  if (!prefixes.some((prefix) => unit.path.startsWith(prefix))) {
    throw forbidden('This unit is outside the units you watch.', 'Đơn vị này nằm ngoài phạm vi bạn được giám sát.');
  }
  return unit;
}

/** Open or claimed tasks past their deadline in the viewer's watched subtrees, the oldest deadline first. */
export async function overdueTasks(
  em: EntityManager,
  viewer: Viewer,
  filter: { unitId?: string | null },
  page: PageRequest,
  now = new Date(),
) {
  const prefixes = filter.unitId
    ? [(await watchedUnit(em, viewer, filter.unitId, 'filter.unitId')).path]
    : watchedPrefixes(viewer);
  const where: FilterQuery<ReviewTask> = {
    status: { $in: [...ACTIVE] as TaskStatus[] },
    dueAt: { $lt: now },
    $or: prefixes.map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } })),
  };
  return paginateBy(em, ReviewTask, where, page, 'dueAt', 'asc');
}

/** Instants as epoch milliseconds: the ORM's driver setup hands raw timestamps over as strings. */
interface TaskRow {
  path: string;
  status: string;
  due_ms: number;
  created_ms: number;
  closed_ms: number | null;
  outcome: string | null;
  escalation_level: number;
}

const PERIOD_TASKS = `
select u.path, t.status, t.outcome, t.escalation_level,
  (extract(epoch from t.due_at) * 1000)::float8 as due_ms,
  (extract(epoch from t.created_at) * 1000)::float8 as created_ms,
  (extract(epoch from t.closed_at) * 1000)::float8 as closed_ms
from review_task t
join admin_unit u on u.id = t.unit_id
join nomination n on n.id = t.nomination_id
where u.path like ? and n.period_id = ?`;

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function tally(unit: AdminUnit, tasks: TaskRow[], now: Date): UnitWorkload {
  const open = tasks.filter((t) => ACTIVE.has(t.status));
  const decided = tasks.filter((t) => t.status === TaskStatus.DONE && t.outcome !== null && t.closed_ms !== null);
  return {
    unit,
    openTasks: open.length,
    overdueTasks: open.filter((t) => t.due_ms < now.getTime()).length,
    decidedTasks: decided.length,
    escalatedTasks: tasks.filter((t) => t.escalation_level > 0).length,
    medianWorkingDaysToDecision: median(
      decided.map((t) =>
        DEFAULT_WORKING_CALENDAR.workingDaysBetween(new Date(t.created_ms), new Date(t.closed_ms as number)),
      ),
    ),
  };
}

/** Tasks of a period's nominations in the unit's subtree and in each direct child's; one query, counted here. */
export async function unitWorkload(
  em: EntityManager,
  viewer: Viewer,
  unitId: string,
  periodId: string,
  now = new Date(),
): Promise<UnitWorkloadReport> {
  const unit = await watchedUnit(em, viewer, unitId, 'unitId');
  const period = await findOrRefuse(em, Period, periodId, 'periodId');
  const children = await em.find(AdminUnit, { parent: unit.id }, { orderBy: { code: 'asc', id: 'asc' } });
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const { rows } = await knex.raw<{ rows: TaskRow[] }>(PERIOD_TASKS, [`${unit.path}%`, period.id]);
  return {
    total: tally(unit, rows, now),
    children: children.map((child) =>
      tally(
        child,
        rows.filter((t) => t.path.startsWith(child.path)),
        now,
      ),
    ),
    asOf: now,
  };
}

export function deadlineHistory(em: EntityManager, nominationId: string) {
  return em.find(
    AuditEvent,
    { nomination: nominationId, action: { $in: DEADLINE_ACTIONS } },
    { orderBy: { occurredAt: 'asc', id: 'asc' } },
  );
}
