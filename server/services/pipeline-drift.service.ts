import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { Role } from '../../domain/enums';
import { refusal } from '../../domain/messages';
import { accessMessages } from '../../domain/messages/access.messages';
import { assertCanPerform } from '../../domain/nomination-lifecycle';
import { cleanText } from '../../domain/text-rules';
import { nominationWorkflowId, retryPipelineUpdate } from '../../workflows/nomination-pipeline.messages';
import { actorFor, readablePrefixes } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { Nomination } from '../entities/nomination.entity';
import { PipelineDrift } from '../entities/pipeline-drift.entity';
import { paginate, type PageRequest } from '../store/pagination';
import { toDomainError } from '../temporal/update-errors';
import { readableNomination } from './nomination.service';

const UPDATE_WAIT_MS = 20_000;

/**
 * ADMIN: the open nominations of the viewer's units (a province admin: its province) whose
 * database state and pipeline workflow disagree, as the last reconciliation found them, newest first.
 */
export function listPipelineDrift(em: EntityManager, viewer: Viewer, page: PageRequest) {
  const prefixes = readablePrefixes({ ...viewer, roles: viewer.roles.filter((r) => r.role === Role.ADMIN) });
  if (!prefixes.length) throw refusal(accessMessages.roleRequired, { role: Role.ADMIN });
  const where: FilterQuery<PipelineDrift> = {
    $or: prefixes.map((p) => ({ nomination: { unit: { path: { $like: `${p}%` } } } })),
  };
  return paginate(em, PipelineDrift, where, page, { populate: ['nomination'] });
}

/** ADMIN over the nomination's unit: runs again the pipeline step that failed for good (PIPELINE_FAILED). */
export async function retryPipeline(
  deps: { em: EntityManager; viewer: Viewer; temporal: Client },
  id: string,
  comment: string | null | undefined,
) {
  const nomination = await readableNomination(deps.em, deps.viewer, id);
  const actor = actorFor(deps.viewer, Role.ADMIN, nomination.unit.path);
  assertCanPerform(nomination.status, 'RETRY_PIPELINE');
  const note = cleanText('comment', comment, false) || null;
  try {
    await deps.temporal.withAbortSignal(AbortSignal.timeout(UPDATE_WAIT_MS), () =>
      deps.temporal.workflow
        .getHandle(nominationWorkflowId(id))
        .executeUpdate(retryPipelineUpdate, { args: [{ actor, comment: note }] }),
    );
  } catch (error) {
    throw toDomainError(error);
  }
  return deps.em.findOneOrFail(Nomination, id, { refresh: true, populate: ['unit'] });
}
