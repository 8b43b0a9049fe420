import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationKind, Role } from '../../domain/enums';
import type { Nomination } from '../../server/entities/nomination.entity';
import type { ReviewTask } from '../../server/entities/review-task.entity';
import { notify, recipientsFor } from '../../server/store/notifications';

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
  const people = task.assignee
    ? [task.assignee.id]
    : await recipientsFor(em, { unitId: task.unit.id, role: task.candidateRole });
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

const OUTCOME_TEXT = {
  RETURNED: {
    vi: 'Hồ sơ bị trả lại để bổ sung',
    en: 'Nomination returned for revision',
    kind: NotificationKind.RETURNED,
  },
  REJECTED: { vi: 'Hồ sơ không được chấp thuận', en: 'Nomination rejected', kind: NotificationKind.DECISION },
  COMMENDED: { vi: 'Hồ sơ đã được khen thưởng', en: 'Nomination commended', kind: NotificationKind.DECISION },
  NOT_AWARDED: { vi: 'Hồ sơ không được khen thưởng', en: 'Nomination not awarded', kind: NotificationKind.DECISION },
} as const;

/** Tells the nominating commune's officers what became of their nomination. */
export async function noticeOutcome(
  em: EntityManager,
  nomination: Nomination,
  outcome: keyof typeof OUTCOME_TEXT,
  detail: string | null,
): Promise<void> {
  const text = OUTCOME_TEXT[outcome];
  await notify(em, {
    key: `nomination:${nomination.id}:${outcome}:${nomination.round}`,
    recipients: await recipientsFor(em, { unitId: nomination.unit.id, role: Role.SUBMITTER }),
    kind: text.kind,
    nominationId: nomination.id,
    titleVi: `${text.vi}: ${nomination.nomineeName}`,
    titleEn: `${text.en}: ${nomination.nomineeName}`,
    bodyVi: detail ?? text.vi,
    bodyEn: detail ?? text.en,
  });
}
