import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { TaskStatus } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertCanPerform } from '../../domain/nomination-lifecycle';
import type { Viewer } from '../auth/viewer';
import { Nomination } from '../entities/nomination.entity';
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

/** The viewer holds the task already: claiming it again would change nothing. */
export function isOwnClaim(task: ReviewTask, viewer: Viewer): boolean {
  return task.status === TaskStatus.CLAIMED && task.assignee?.id === viewer.user.id;
}

/**
 * A repeated claim is answered with the task and its nomination as they are, sending nothing to
 * the workflow (its history does not grow); the nomination's status must still allow a claim.
 */
export async function claimAsItIs(em: EntityManager, task: ReviewTask) {
  const nomination = await em.findOneOrFail(Nomination, task.nomination.id, { refresh: true, populate: ['unit'] });
  assertCanPerform(nomination.status, 'CLAIM');
  return { nomination, task: await em.findOneOrFail(ReviewTask, task.id, { refresh: true }) };
}

/** Claims through `claim` unless the viewer holds the task already (checked here, or by the workflow's validator). */
export async function claimOnce<T>(
  em: EntityManager,
  viewer: Viewer,
  task: ReviewTask,
  claim: () => Promise<T>,
): Promise<T | Awaited<ReturnType<typeof claimAsItIs>>> {
  if (isOwnClaim(task, viewer)) return claimAsItIs(em, task);
  try {
    return await claim();
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.TASK_ALREADY_CLAIMED) return claimAsItIs(em, task);
    throw error;
  }
}
