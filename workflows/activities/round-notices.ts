import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind, Role } from '../../domain/enums';
import { Nomination } from '../../server/entities/nomination.entity';
import { Notification } from '../../server/entities/notification.entity';
import { User } from '../../server/entities/user.entity';
import { holdersOf } from '../../server/services/role-holders';

export { holdersOf };

export interface RoundNotice {
  /** Unique per logical notice; each recipient gets `<key>:<userId>`, so a retry notifies once. */
  key: string;
  kind: NotificationKind;
  nominationId?: string | null;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
}

/** The officials of a nomination's commune who should hear of its outcome: its author and the unit's submitters. */
export async function nominationFolk(em: EntityManager, nomination: Nomination, submitterRole: Role): Promise<string[]> {
  const submitters = await holdersOf(em, nomination.unit.id, submitterRole);
  return [...new Set([nomination.createdBy.id, ...submitters])];
}

/** Writes one notification per recipient inside the caller's transaction. */
export async function notifyUsers(em: EntityManager, recipients: readonly string[], notice: RoundNotice): Promise<void> {
  const keys = recipients.map((id) => `${notice.key}:${id}`);
  const existing = new Set((await em.find(Notification, { idempotencyKey: { $in: keys } })).map((n) => n.idempotencyKey));
  for (const userId of recipients) {
    const idempotencyKey = `${notice.key}:${userId}`;
    if (existing.has(idempotencyKey)) continue;
    em.create(Notification, {
      idempotencyKey,
      recipient: em.getReference(User, userId),
      kind: notice.kind,
      nomination: notice.nominationId ? em.getReference(Nomination, notice.nominationId) : null,
      titleVi: notice.titleVi,
      titleEn: notice.titleEn,
      bodyVi: notice.bodyVi,
      bodyEn: notice.bodyEn,
    });
  }
}
