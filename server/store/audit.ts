import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, Role } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { Nomination } from '../entities/nomination.entity';
import { User } from '../entities/user.entity';

export interface AuditInput {
  /** Unique per logical action, so a retried activity records it once. */
  key: string;
  nominationId: string | null;
  /** `unitId` is null for a national administrator, who acts from no unit of ours. */
  actor: { userId: string; role: Role; unitId: string | null; onBehalfOfUserId?: string | null } | null;
  action: AuditAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  comment?: string | null;
  /** For changes that are not about one nomination (configuration, users). */
  entityType?: string;
  entityId?: string;
}

export async function hasAudit(em: EntityManager, key: string): Promise<boolean> {
  return (await em.count(AuditEvent, { idempotencyKey: key })) > 0;
}

/** Appends an audit event inside the caller's transaction; a key already written is not written again. */
export async function recordAudit(em: EntityManager, input: AuditInput): Promise<void> {
  if (await hasAudit(em, input.key)) return;
  addAudit(em, input);
}

/** Appends an audit event whose key the caller knows to be new (it checked under a lock), with no query. */
export function addAudit(em: EntityManager, input: AuditInput): void {
  em.create(AuditEvent, {
    idempotencyKey: input.key,
    nomination: input.nominationId ? em.getReference(Nomination, input.nominationId) : null,
    actor: input.actor ? em.getReference(User, input.actor.userId) : null,
    actorRole: input.actor?.role ?? null,
    unit: input.actor?.unitId ? em.getReference(AdminUnit, input.actor.unitId) : null,
    action: input.action,
    before: input.before ?? null,
    after: input.after ?? null,
    comment: input.comment ?? null,
    onBehalfOf: input.actor?.onBehalfOfUserId ? em.getReference(User, input.actor.onBehalfOfUserId) : null,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
  });
}
