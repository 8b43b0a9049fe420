import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind, Role } from '../../domain/enums';
import type { ReviewTask } from '../../server/entities/review-task.entity';
import { notify, recipientsFor } from '../../server/services/notification.service';

export interface Notice {
  kind: NotificationKind;
  /** Distinguishes this notice from others about the same task (e.g. "reminder:3"). */
  key: string;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
}

/**
 * Who hears about a task: its assignee once claimed, otherwise everyone holding the candidate role
 * at its unit; plus, when given, the holders of another role somewhere (an escalation target).
 */
export async function noticeAboutTask(
  em: EntityManager,
  task: ReviewTask,
  notice: Notice,
  also?: { unitId: string; role: Role },
): Promise<void> {
  const people = task.assignee ? [task.assignee.id] : await recipientsFor(em, { unitId: task.unit.id, role: task.candidateRole });
  const extra = also ? await recipientsFor(em, also) : [];
  await notify(em, {
    key: `task:${task.id}:${notice.key}`,
    recipients: [...new Set([...people, ...extra])],
    kind: notice.kind,
    nominationId: task.nomination.id,
    taskId: task.id,
    titleVi: notice.titleVi,
    titleEn: notice.titleEn,
    bodyVi: notice.bodyVi,
    bodyEn: notice.bodyEn,
  });
}
