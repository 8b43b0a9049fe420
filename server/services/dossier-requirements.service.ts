import type { EntityManager } from '@mikro-orm/postgresql';
import { LEVEL_SLOTS } from '../../domain/dossier-profiles';
import { NominationStatus, TaskStatus, type DocumentSlot } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { DossierDocument } from '../entities/dossier-document.entity';
import type { Nomination } from '../entities/nomination.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { allProfiles, requirementIn } from './dossier-profile.service';
import { addsLevelDocuments, stageNames } from './level-documents.service';

/** One required slot of a nomination's dossier, for the nominating unit (stageKey null) or a stage. */
export interface SlotRequirement {
  slot: DocumentSlot;
  stageKey: string | null;
  stageName: string | null;
  filled: boolean;
}

const ids = <T extends { id: string }>(refs: T[]) => [...new Set(refs.map((r) => r.id))];

/**
 * What each dossier asks for now: the nominating unit's slots (its profile's), then — when the
 * profile asks levels for their own documents and a review stage above the unit holds it — that
 * stage's two. For a page of nominations at once: five statements whatever its size.
 */
export async function dossierRequirementsOf(
  em: EntityManager,
  nominations: Nomination[],
): Promise<SlotRequirement[][]> {
  if (!nominations.length) return [];
  const nominationIds = ids(nominations);
  const reviewing = nominations.filter((n) => n.status === NominationStatus.IN_REVIEW && n.currentStageKey);
  // One after the other: a request's EntityManager may sit on a single connection (a transaction).
  const units = await em.find(AdminUnit, { id: { $in: ids(nominations.map((n) => n.unit)) } });
  const awards = await em.find(AwardType, { id: { $in: ids(nominations.map((n) => n.award)) } });
  const profiles = await allProfiles(em);
  const documents = await em.find(
    DossierDocument,
    { nomination: { $in: nominationIds }, storedAt: { $ne: null } },
    { fields: ['slot', 'stageKey', 'nomination'] },
  );
  const tasks = reviewing.length
    ? await em.find(
        ReviewTask,
        { nomination: { $in: ids(reviewing) }, status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] } },
        { populate: ['unit'] },
      )
    : [];
  const unitPath = new Map(units.map((u) => [u.id, u.path]));
  const awardCode = new Map(awards.map((a) => [a.id, a.code]));
  return nominations.map((nomination) => {
    const filled = (stageKey: string | null, slot: DocumentSlot) =>
      documents.some((d) => d.nomination.id === nomination.id && d.stageKey === stageKey && d.slot === slot);
    const subject = {
      awardCode: awardCode.get(nomination.award.id) ?? '',
      nomineeKind: nomination.nomineeKind,
      commendationKind: nomination.commendationKind,
    };
    const requirement = requirementIn(profiles, unitPath.get(nomination.unit.id) ?? '', subject);
    const rows: SlotRequirement[] = requirement.slots.map((slot) => ({
      slot,
      stageKey: null,
      stageName: null,
      filled: filled(null, slot),
    }));
    const task = tasks.find(
      (t) =>
        t.nomination.id === nomination.id && t.stageKey === nomination.currentStageKey && t.round === nomination.round,
    );
    if (!requirement.levelDocumentsRequired || !task || !addsLevelDocuments(task, nomination)) return rows;
    const stageName = stageNames(nomination, task.stageKey, task.stageName).stageVi;
    for (const slot of LEVEL_SLOTS) {
      rows.push({ slot, stageKey: task.stageKey, stageName, filled: filled(task.stageKey, slot) });
    }
    return rows;
  });
}
