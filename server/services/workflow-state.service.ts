import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { Role, TaskStatus, type NominationStatus } from '../../domain/enums';
import {
  nominationWorkflowId,
  pipelineStateQuery,
  type PipelineState,
} from '../../workflows/nomination-pipeline.messages';
import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { ReviewTask } from '../entities/review-task.entity';
import { readableNomination } from './nomination.service';

/** Temporal's view of a nomination's pipeline beside the database projection. */
export interface WorkflowState {
  workflowId: string;
  runId: string | null;
  /** RUNNING, COMPLETED, FAILED… or NOT_STARTED for a draft. */
  executionStatus: string;
  historyLength: number | null;
  startTime: Date | null;
  closeTime: Date | null;
  pipelineStatus: NominationStatus | null;
  stageKey: string | null;
  round: number | null;
  /** Why the workflow could not be queried, if it could not. */
  queryError: string | null;
  pendingTasks: ReviewTask[];
}

const QUERY_WAIT_MS = 5_000;

/** For administrators: Temporal's description and state of a nomination's workflow, with its pending tasks. */
export async function workflowState(em: EntityManager, viewer: Viewer, temporal: Client, nominationId: string) {
  const nomination = await readableNomination(em, viewer, nominationId, 'nominationId');
  requireRole(viewer, Role.ADMIN, nomination.unit.path);
  const pendingTasks = await em.find(ReviewTask, {
    nomination: nominationId,
    status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] },
  });
  const workflowId = nominationWorkflowId(nominationId);
  const result: WorkflowState = {
    workflowId,
    runId: null,
    executionStatus: 'NOT_STARTED',
    historyLength: null,
    startTime: null,
    closeTime: null,
    pipelineStatus: null,
    stageKey: null,
    round: null,
    queryError: null,
    pendingTasks,
  };
  const handle = temporal.workflow.getHandle(workflowId);
  try {
    const description = await handle.describe();
    Object.assign(result, {
      runId: description.runId,
      executionStatus: description.status.name,
      historyLength: description.historyLength,
      startTime: description.startTime,
      closeTime: description.closeTime ?? null,
    });
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return result;
    throw error;
  }
  try {
    const state: PipelineState = await temporal.withAbortSignal(AbortSignal.timeout(QUERY_WAIT_MS), () =>
      handle.query(pipelineStateQuery),
    );
    Object.assign(result, { pipelineStatus: state.status, stageKey: state.stageKey, round: state.round });
  } catch (error) {
    result.queryError = error instanceof Error ? error.message : String(error);
  }
  return result;
}
