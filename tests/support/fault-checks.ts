import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import type { Pool } from 'pg';
import { nominationWorkflowId, pipelineStateQuery } from '../../workflows/nomination-pipeline.messages';

/**
 * What must hold after any fault, read from the database past the API: every nomination is in one
 * state that its tasks, its audit trail and its workflow agree on, and nothing happened twice.
 */

export interface NominationRow {
  id: string;
  status: string;
  round: number;
  stageKey: string | null;
  openTaskIds: string[];
  tasks: number;
  doneTasks: number;
  opened: number;
  submitted: number;
  decided: number;
  created: number;
}

const DECISIONS = ['APPROVED', 'RETURNED', 'REJECTED', 'AUTO_RETURNED', 'AUTO_FORWARDED', 'COMMENDED', 'NOT_AWARDED'];

export async function nominationRows(pool: Pool, ids: string[]): Promise<Map<string, NominationRow>> {
  const { rows } = await pool.query(
    `select n.id, n.status, n.round, n.current_stage_key as "stageKey",
       coalesce((select array_agg(t.id::text) from review_task t where t.nomination_id = n.id and t.status in ('OPEN', 'CLAIMED')), '{}') as "openTaskIds",
       (select count(*)::int from review_task t where t.nomination_id = n.id) as tasks,
       (select count(*)::int from review_task t where t.nomination_id = n.id and t.status = 'DONE') as "doneTasks",
       (select count(*)::int from audit_event a where a.nomination_id = n.id and a.action = 'TASK_OPENED') as opened,
       (select count(*)::int from audit_event a where a.nomination_id = n.id and a.action = 'SUBMITTED') as submitted,
       (select count(*)::int from audit_event a where a.nomination_id = n.id and a.action = 'CREATED') as created,
       (select count(*)::int from audit_event a where a.nomination_id = n.id and a.action::text = any($2::text[])) as decided
     from nomination n where n.id = any($1::uuid[])`,
    [ids, DECISIONS],
  );
  return new Map(rows.map((r: NominationRow) => [r.id, r]));
}

/** Rows that exist twice where the model allows one: tasks, audit events, notifications. */
export async function duplicates(pool: Pool): Promise<string[]> {
  const found: string[] = [];
  const probes: [string, string][] = [
    ['task (nomination, stage, round)', 'select 1 from review_task group by nomination_id, stage_key, round having count(*) > 1'],
    ['audit event key', 'select 1 from audit_event group by idempotency_key having count(*) > 1'],
    ['notification key', 'select 1 from notification group by idempotency_key having count(*) > 1'],
    [
      'TASK_OPENED per task',
      `select 1 from audit_event where action = 'TASK_OPENED' group by nomination_id, after->>'stageKey', after->>'round' having count(*) > 1`,
    ],
    [
      'reminder per task and offset',
      `select 1 from audit_event where action = 'REMINDER_SENT' group by after->>'taskId', after->>'offset' having count(*) > 1`,
    ],
    [
      'reminder notification per task, offset and recipient',
      `select 1 from notification where kind = 'REMINDER' group by task_id, recipient_id, title_en having count(*) > 1`,
    ],
    ['escalation per task and level', `select 1 from audit_event where action = 'TASK_ESCALATED' group by after->>'taskId', after->>'level' having count(*) > 1`],
  ];
  for (const [what, sql] of probes) {
    const { rowCount } = await pool.query(sql);
    if (rowCount) found.push(`${rowCount} duplicate ${what}`);
  }
  return found;
}

/** Each way a nomination's rows can disagree with one another; empty when it is whole. */
export function partsMissing(row: NominationRow | undefined): string[] {
  if (!row) return ['the nomination is gone'];
  const problems: string[] = [];
  if (row.created !== 1) problems.push(`${row.created} CREATED events`);
  const open = row.openTaskIds.length;
  if (row.status === 'DRAFT') {
    if (row.tasks || row.submitted) problems.push(`a draft with ${row.tasks} tasks and ${row.submitted} SUBMITTED events`);
    return problems;
  }
  if (row.submitted !== 1) problems.push(`${row.submitted} SUBMITTED events`);
  if (row.opened !== row.tasks) problems.push(`${row.tasks} tasks but ${row.opened} TASK_OPENED events`);
  if (row.decided !== row.doneTasks) problems.push(`${row.doneTasks} decided tasks but ${row.decided} decision events`);
  const waitsOnTask = row.status === 'IN_REVIEW' || row.status === 'APPROVED';
  if (waitsOnTask && open !== 1) problems.push(`${row.status} with ${open} open tasks`);
  if (!waitsOnTask && open !== 0) problems.push(`${row.status} with ${open} open tasks`);
  return problems;
}

/** The Temporal side: each submitted nomination's workflow reports the status and open task the database has. */
export async function workflowDisagreements(address: string, rows: NominationRow[]): Promise<string[]> {
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection });
    const found: string[] = [];
    for (const row of rows.filter((r) => r.status !== 'DRAFT')) {
      const state = await client.workflow
        .getHandle(nominationWorkflowId(row.id))
        .query(pipelineStateQuery)
        .catch((error: Error) => ({ status: `no workflow (${error.name})`, openTask: null }));
      const taskId = state.openTask?.taskId ?? null;
      if (state.status !== row.status || taskId !== (row.openTaskIds[0] ?? null)) {
        found.push(`${row.id}: workflow ${state.status}/${taskId}, database ${row.status}/${row.openTaskIds[0] ?? null}`);
      }
    }
    return found;
  } finally {
    await connection.close();
  }
}

export interface TimerCounts {
  taskId: string;
  openedAt: Date;
  closedAt: Date | null;
  reminders: Record<string, number>;
  reminderNotices: number;
  escalations: number[];
}

/** For each task of these nominations: the reminders (by offset) and escalation levels recorded. */
export async function timerCounts(pool: Pool, ids: string[]): Promise<TimerCounts[]> {
  const { rows } = await pool.query(
    `select t.id as "taskId", t.created_at as "openedAt", t.closed_at as "closedAt",
       coalesce((select jsonb_object_agg(o.offset_, o.n) from (select a.after->>'offset' as offset_, count(*)::int as n from audit_event a
          where a.action = 'REMINDER_SENT' and a.after->>'taskId' = t.id::text group by 1) o), '{}') as reminders,
       (select count(*)::int from notification n where n.task_id = t.id and n.kind = 'REMINDER') as "reminderNotices",
       coalesce((select array_agg((a.after->>'level')::int order by (a.after->>'level')::int) from audit_event a
          where a.action = 'TASK_ESCALATED' and a.after->>'taskId' = t.id::text), '{}') as escalations
     from review_task t where t.nomination_id = any($1::uuid[])`,
    [ids],
  );
  return rows;
}

/** How many times each workflow scheduled its `remind` activity, by offset, as its Temporal history says. */
export async function remindersInHistory(address: string, ids: string[]): Promise<Map<string, Record<string, number>>> {
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection });
    const counts = new Map<string, Record<string, number>>();
    for (const id of ids) {
      const history = await client.workflow.getHandle(nominationWorkflowId(id)).fetchHistory();
      const byOffset: Record<string, number> = {};
      for (const event of history.events ?? []) {
        const scheduled = event.activityTaskScheduledEventAttributes;
        if (scheduled?.activityType?.name !== 'remind') continue;
        const [args] = (scheduled.input?.payloads ?? []).map((p) => defaultPayloadConverter.fromPayload<{ taskId: string; offset: number }>(p));
        const key = `${args.taskId}:${args.offset}`;
        byOffset[key] = (byOffset[key] ?? 0) + 1;
      }
      counts.set(id, byOffset);
    }
    return counts;
  } finally {
    await connection.close();
  }
}
