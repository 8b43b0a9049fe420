import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind, Role } from '../../domain/enums';
import type { Nomination } from '../../server/entities/nomination.entity';
import { notify } from '../../server/store/notifications';
import { holdersOf } from '../../server/store/role-holders';

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
export async function nominationFolk(
  em: EntityManager,
  nomination: Nomination,
  submitterRole: Role,
): Promise<string[]> {
  const submitters = await holdersOf(em, nomination.unit.id, submitterRole);
  return [...new Set([nomination.createdBy.id, ...submitters])];
}

/** Notifies each recipient once, inside the caller's transaction (and live, through the notification stream). */
export async function notifyUsers(
  em: EntityManager,
  recipients: readonly string[],
  notice: RoundNotice,
): Promise<void> {
  await notify(em, { ...notice, recipients });
}
