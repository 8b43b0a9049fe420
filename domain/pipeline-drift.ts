import { DriftKind, NominationStatus } from './enums';

/** A nomination as the database has it, with the ids of its open tasks. */
export interface DatabaseSide {
  status: NominationStatus;
  stageKey: string | null;
  openTaskIds: readonly string[];
}

/** Its workflow as Temporal describes it; `state` is the answer to the pipeline's state query. */
export interface WorkflowSide {
  /** null: no such workflow; otherwise RUNNING, COMPLETED, FAILED, TERMINATED… */
  execution: string | null;
  state?: { status: NominationStatus; stageKey: string | null; openTaskId: string | null; busy: boolean } | null;
  queryError?: string | null;
}

export interface Drift {
  kind: DriftKind;
  detail: string;
}

/**
 * Pure: how the two sides disagree, or null when they agree. A pipeline that is changing state
 * (busy) is not judged: its activity may have committed before the workflow recorded the result.
 */
export function driftOf(db: DatabaseSide, wf: WorkflowSide): Drift | null {
  if (db.status === NominationStatus.PIPELINE_FAILED)
    return { kind: DriftKind.PIPELINE_FAILED, detail: 'A step failed for good; an administrator may retry it.' };
  if (wf.execution === null) return { kind: DriftKind.WORKFLOW_MISSING, detail: 'No workflow for this nomination.' };
  if (wf.execution !== 'RUNNING')
    return { kind: DriftKind.WORKFLOW_CLOSED, detail: `The workflow is ${wf.execution} while the nomination is open.` };
  if (!wf.state) return { kind: DriftKind.QUERY_FAILED, detail: wf.queryError ?? 'The workflow did not answer.' };
  const { state } = wf;
  if (state.busy) return null;
  if (state.status !== db.status)
    return { kind: DriftKind.STATUS_MISMATCH, detail: `Workflow ${state.status}, database ${db.status}.` };
  if ((state.stageKey ?? null) !== (db.stageKey ?? null))
    return { kind: DriftKind.STAGE_MISMATCH, detail: `Workflow at ${state.stageKey}, database at ${db.stageKey}.` };
  const dbTasks = [...db.openTaskIds].sort().join(',');
  if ((state.openTaskId ?? '') !== dbTasks)
    return {
      kind: DriftKind.TASK_MISMATCH,
      detail: `Workflow task ${state.openTaskId ?? 'none'}, database ${dbTasks || 'none'}.`,
    };
  return null;
}
