import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { NotificationKind, Role } from '../../domain/enums';
import { holdersOf } from './role-holders';

/** The PostgreSQL channel that carries `{ id, recipientId }` from whichever process inserts to the API processes. */
export const NOTIFICATION_CHANNEL = 'thidua_notification';

export interface NotifyInput {
  /** Unique per logical event (e.g. `task:<id>:opened`); each recipient's row is keyed `${key}:${userId}`. */
  key: string;
  recipients: readonly string[];
  kind: NotificationKind;
  nominationId?: string | null;
  taskId?: string | null;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
}

// One statement: rows already written by an earlier attempt are skipped, and only new rows are
// announced. pg_notify inside a transaction is delivered at commit, so a rolled-back attempt says nothing.
// createdAt in milliseconds like every JS-written timestamp: page cursors carry milliseconds.
const INSERT_AND_ANNOUNCE = `
with inserted as (
  insert into notification (id, created_at, idempotency_key, recipient_id, kind, nomination_id, task_id, title_vi, title_en, body_vi, body_en)
  select gen_random_uuid(), date_trunc('milliseconds', clock_timestamp()), ? || ':' || r.user_id, r.user_id::uuid, ?::notification_kind, ?::uuid, ?::uuid, ?, ?, ?, ?
  from jsonb_array_elements_text(?::jsonb) as r(user_id)
  on conflict (idempotency_key) do nothing
  returning id, recipient_id
)
select id, pg_notify('${NOTIFICATION_CHANNEL}', json_build_object('id', id, 'recipientId', recipient_id)::text)
from inserted`;

/**
 * Notifies each recipient once, inside the caller's transaction (activities retry: the key makes a
 * retry write nothing), with bound parameters on the transaction's connection. It writes at once,
 * not at flush: flush first a task or nomination created in the same transaction. Answers the ids
 * of the rows this call wrote.
 */
export async function notify(em: EntityManager, input: NotifyInput): Promise<string[]> {
  const recipients = [...new Set(input.recipients)];
  if (!recipients.length) return [];
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const result = await knex.raw<{ rows: { id: string }[] }>(INSERT_AND_ANNOUNCE, [
    input.key,
    input.kind,
    input.nominationId ?? null,
    input.taskId ?? null,
    input.titleVi,
    input.titleEn,
    input.bodyVi,
    input.bodyEn,
    JSON.stringify(recipients),
  ]);
  return result.rows.map((row) => row.id);
}

/** Active users holding `role` at exactly this unit today (holders and their deputies alike). */
export function recipientsFor(em: EntityManager, { unitId, role }: { unitId: string; role: Role }): Promise<string[]> {
  return holdersOf(em, unitId, role);
}
