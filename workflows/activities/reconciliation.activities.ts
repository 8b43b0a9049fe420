import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { FINAL_STATUSES, NominationStatus, TaskStatus } from '../../domain/enums';
import { driftOf, type WorkflowSide } from '../../domain/pipeline-drift';
import type { Orm } from '../../server/db/open-database';
import { produceMissingRoundDocuments } from '../../server/documents/missing-round-documents';
import { Nomination } from '../../server/entities/nomination.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import type { DocumentStorage } from '../../server/storage/document-storage';
import { nominationWorkflowId, pipelineStateQuery } from '../nomination-pipeline.messages';

const BATCH = 100;
const LANES = 8;
const QUERY_WAIT_MS = 5_000;
const NOT_OPEN = [NominationStatus.DRAFT, ...FINAL_STATUSES];

const UPSERT = `
insert into pipeline_drift (id, created_at, nomination_id, kind, detail, database_status, workflow_execution, workflow_status, checked_at)
values (gen_random_uuid(), ?, ?, ?::drift_kind, ?, ?::nomination_status, ?, ?, ?)
on conflict (nomination_id) do update set kind = excluded.kind, detail = excluded.detail,
  database_status = excluded.database_status, workflow_execution = excluded.workflow_execution,
  workflow_status = excluded.workflow_status, checked_at = excluded.checked_at`;

/** Temporal's side of one nomination: its execution status and, while it runs, its own state. */
async function workflowSide(temporal: Client, nominationId: string): Promise<WorkflowSide> {
  const handle = temporal.workflow.getHandle(nominationWorkflowId(nominationId));
  let execution: string;
  try {
    execution = (await handle.describe()).status.name;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return { execution: null };
    throw error;
  }
  if (execution !== 'RUNNING') return { execution };
  try {
    const state = await temporal.withAbortSignal(AbortSignal.timeout(QUERY_WAIT_MS), () =>
      handle.query(pipelineStateQuery),
    );
    const { status, stageKey, busy } = state;
    return { execution, state: { status, stageKey, busy, openTaskId: state.openTask?.taskId ?? null } };
  } catch (error) {
    return { execution, state: null, queryError: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The periodic reconciliation (a Temporal schedule runs it, see workflows/worker/reconciliation-schedule.ts):
 * every open nomination is compared with its pipeline workflow, and what disagrees is kept in
 * pipeline_drift for the administrators' `pipelineDrift` query. It also makes the documents a signed
 * round lacks (a worker crashed while rendering them). It changes nothing else.
 */
export function createReconciliationActivities({
  orm,
  temporal,
  storage,
}: {
  orm: Orm;
  temporal: () => Client;
  storage: DocumentStorage;
}) {
  async function check(nomination: Nomination, openTaskIds: string[], runAt: Date): Promise<boolean> {
    const side = await workflowSide(temporal(), nomination.id);
    const connection = orm.em.getConnection();
    // Changed while we looked: the next run judges it.
    const [now] = await connection.execute<{ version: number }[]>(`select version from nomination where id = ?`, [
      nomination.id,
    ]);
    if (!now || now.version !== nomination.version) return false;
    const db = { status: nomination.status, stageKey: nomination.currentStageKey ?? null, openTaskIds };
    const drift = driftOf(db, side);
    if (!drift) {
      await connection.execute(`delete from pipeline_drift where nomination_id = ?`, [nomination.id]);
      return false;
    }
    await connection.execute(UPSERT, [
      new Date(),
      nomination.id,
      drift.kind,
      drift.detail.slice(0, 1000),
      nomination.status,
      side.execution,
      side.state?.status ?? null,
      runAt,
    ]);
    return true;
  }

  return {
    async reconcilePipelines(): Promise<{ checked: number; drifting: number }> {
      const runAt = new Date();
      let after = '00000000-0000-0000-0000-000000000000';
      let checked = 0;
      let drifting = 0;
      for (;;) {
        const em = orm.em.fork();
        const batch = await em.find(
          Nomination,
          { status: { $nin: NOT_OPEN }, id: { $gt: after } },
          { orderBy: { id: 'asc' }, limit: BATCH },
        );
        if (!batch.length) break;
        after = batch[batch.length - 1].id;
        const tasks = await em.find(
          ReviewTask,
          { nomination: { $in: batch.map((n) => n.id) }, status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] } },
          { fields: ['id', 'nomination'] },
        );
        const queue = [...batch];
        const lane = async () => {
          for (let n = queue.shift(); n; n = queue.shift()) {
            const open = tasks.filter((t) => t.nomination.id === n!.id).map((t) => t.id);
            if (await check(n, open, runAt)) drifting += 1;
            checked += 1;
          }
        };
        await Promise.all(Array.from({ length: LANES }, lane));
        Context.current().heartbeat({ checked, drifting });
      }
      // Rows no run saw this time: their nominations closed, or no longer disagree.
      await orm.em.getConnection().execute(`delete from pipeline_drift where checked_at < ?`, [runAt]);
      await produceMissingRoundDocuments({ em: orm.em.fork(), storage }, () => Context.current().heartbeat());
      return { checked, drifting };
    },
  };
}

export type ReconciliationActivities = ReturnType<typeof createReconciliationActivities>;
