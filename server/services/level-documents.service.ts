import type { EntityManager } from '@mikro-orm/postgresql';
import { LEVEL_SLOTS } from '../../domain/dossier-profiles';
import { missingSlots } from '../../domain/dossier-rules';
import { Decision, NominationStatus, TaskKind, TaskStatus, type DocumentSlot } from '../../domain/enums';
import { dossierMessages as M, refusal } from '../../domain/messages';
import { taskActorFor } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { DossierDocument } from '../entities/dossier-document.entity';
import { Nomination } from '../entities/nomination.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { requiredSlotsFor } from './dossier-profile.service';

/**
 * Each reviewing level adds its own submission letter and minutes to the dossier it forwards
 * (DOMAIN-RULES "Dossier"; Law 06/2022 art. 84, to check), when its province's profile says so.
 * The level's documents carry the stage's key; the nominating unit's stay as they were submitted.
 */

/** The open task of the stage reviewing the nomination now, with its unit; null unless it is in review. */
export async function reviewingTask(em: EntityManager, nomination: Nomination) {
  if (nomination.status !== NominationStatus.IN_REVIEW || !nomination.currentStageKey) return null;
  return em.findOne(
    ReviewTask,
    {
      nomination: nomination.id,
      stageKey: nomination.currentStageKey,
      round: nomination.round,
      status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] },
    },
    { populate: ['unit'] },
  );
}

/** A review stage above the nominating unit attaches its own documents; the unit's own council does not. */
export function addsLevelDocuments(task: ReviewTask, nomination: Nomination): boolean {
  return task.kind === TaskKind.REVIEW && task.unit.id !== nomination.unit.id;
}

/** The stage's names as the policy snapshot gives them. */
export function stageNames(nomination: Nomination, stageKey: string, fallback = stageKey) {
  const stage = nomination.routingPolicy?.stages.find((s) => s.key === stageKey);
  return { stageVi: stage?.nameVi ?? fallback, stageEn: stage?.name ?? fallback };
}

/** Slots with a stored document: the nominating unit's (stageKey null) or one stage's. */
export async function storedSlots(em: EntityManager, nominationId: string, stageKey: string | null) {
  const stored = await em.find(
    DossierDocument,
    { nomination: nominationId, stageKey, storedAt: { $ne: null } },
    { fields: ['slot'] },
  );
  return [...new Set(stored.map((doc) => doc.slot))];
}

/**
 * Who attaches a document of `stageKey`: a holder of that stage's open task (its role at its unit,
 * or where it escalated), while the nomination is reviewed there; only the level's own slots.
 */
export async function stageUploader(
  em: EntityManager,
  viewer: Viewer,
  nomination: Nomination,
  stageKey: string,
  slot: DocumentSlot,
) {
  if (!LEVEL_SLOTS.includes(slot)) throw refusal(M.levelSlotOnly, { slot }, 'slot');
  const task = await reviewingTask(em, nomination);
  if (!task || task.stageKey !== stageKey) throw refusal(M.notAtStage, stageNames(nomination, stageKey), 'stageKey');
  const escalatedTo =
    task.escalatedToRole && task.escalatedToUnit
      ? { role: task.escalatedToRole, unitId: task.escalatedToUnit.id }
      : null;
  return taskActorFor(viewer, task.candidateRole, task.unit.id, escalatedTo);
}

/** While bytes arrive: a stage's document still needs its nomination at that stage. */
export function assertStageOpen(nomination: Nomination, stageKey: string, field = 'token'): void {
  if (nomination.status === NominationStatus.IN_REVIEW && nomination.currentStageKey === stageKey) return;
  throw refusal(M.notAtStage, stageNames(nomination, stageKey), field);
}

/**
 * Before an approval at a review stage goes to the workflow: LEVEL_DOCUMENTS_MISSING naming the
 * level and what it lacks, when the nomination's profile asks levels for their own documents.
 */
export async function assertLevelDocumentsReady(em: EntityManager, task: ReviewTask, decision: Decision) {
  if (decision !== Decision.APPROVE || task.kind !== TaskKind.REVIEW) return;
  const nomination = await em.findOneOrFail(Nomination, task.nomination.id, { populate: ['unit'] });
  // Any other state (suspended, a stale round) is the workflow's validator's to refuse, with its own code.
  if (nomination.status !== NominationStatus.IN_REVIEW || nomination.currentStageKey !== task.stageKey) return;
  if (nomination.round !== task.round || !addsLevelDocuments(task, nomination)) return;
  if (!(await requiredSlotsFor(em, nomination)).levelDocumentsRequired) return;
  const missing = missingSlots(await storedSlots(em, nomination.id, task.stageKey), LEVEL_SLOTS);
  if (!missing.length) return;
  const params = { ...stageNames(nomination, task.stageKey, task.stageName), unitName: task.unit.name, missing };
  throw refusal(M.levelDocumentsMissing, params, 'taskId');
}
