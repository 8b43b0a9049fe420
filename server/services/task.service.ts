import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { TaskStatus } from '../../domain/enums';
import type { Viewer } from '../auth/viewer';
import { ReviewTask } from '../entities/review-task.entity';
import { paginate, type PageRequest, type PageOptions } from '../store/pagination';

const ACTIVE = [TaskStatus.OPEN, TaskStatus.CLAIMED];

/**
 * The viewer's inbox: tasks whose candidate role they hold at the task's unit (unclaimed, or claimed
 * by them), tasks escalated to a role they hold, and — when asking for closed ones — those they decided.
 */
export function myTasks(
  em: EntityManager,
  viewer: Viewer,
  statuses: TaskStatus[] | null | undefined,
  page: PageRequest,
  options: PageOptions = {},
) {
  const wanted = statuses?.length ? statuses : ACTIVE;
  const me = viewer.user.id;
  const reachable: FilterQuery<ReviewTask>[] = viewer.roles.flatMap((r) => [
    { candidateRole: r.role, unit: r.unitId, $or: [{ assignee: null }, { assignee: me }] },
    { escalatedToRole: r.role, escalatedToUnit: r.unitId },
  ]);
  reachable.push({ decidedBy: me });
  const where: FilterQuery<ReviewTask> = { $and: [{ status: { $in: wanted } }, { $or: reachable }] };
  return paginate(em, ReviewTask, where, page, options);
}
