import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { TaskStatus } from '../../domain/enums';
import type { Viewer } from '../auth/viewer';
import { ReviewTask } from '../entities/review-task.entity';
import type { PageArgs } from '../graphql/pagination';
import { paginate } from '../graphql/pagination';

const ACTIVE = [TaskStatus.OPEN, TaskStatus.CLAIMED];

/**
 * The viewer's inbox: tasks whose candidate role they hold at the task's unit, unclaimed or claimed
 * by them (closed ones when asked by status, limited to those they decided or were assigned).
 */
export function myTasks(em: EntityManager, viewer: Viewer, statuses: TaskStatus[] | null | undefined, page: PageArgs) {
  const wanted = statuses?.length ? statuses : ACTIVE;
  const reachable = viewer.roles.map((r) => ({ candidateRole: r.role, unit: r.unitId }));
  const mine = { $or: [{ assignee: null }, { assignee: viewer.user.id }, { decidedBy: viewer.user.id }] };
  const where: FilterQuery<ReviewTask> = {
    $and: [{ status: { $in: wanted } }, { $or: reachable.length ? reachable : [{ id: null }] }, mine],
  };
  return paginate(em, ReviewTask, where, page);
}
