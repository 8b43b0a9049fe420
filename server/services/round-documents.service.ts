import { decisionFileStem } from '../../domain/decision-document';
import { GeneratedFileKind } from '../../domain/document-enums';
import { Role, RoundStatus } from '../../domain/enums';
import { refusal } from '../../domain/messages';
import { decisionDocumentMessages as M } from '../../domain/messages/decision-document.messages';
import { roleFor, taskActorFor } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { loadDecisionData } from '../documents/decision/decision-data';
import { DECISION_FORMATS, produceRoundDocuments, type RoundDocumentDeps } from '../documents/round-documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { CommendationRound } from '../entities/commendation-round.entity';
import { GeneratedFile } from '../entities/generated-file.entity';
import { findOrRefuse } from '../store/load';
import { canSeeGeneratedFile, saveGeneratedFile } from './generated-file.service';

export { produceRoundDocuments, type RoundDocumentDeps };

/** Who may draft a round's decision: its chair (APPROVER of the unit, or a delegate) or an ADMIN over the unit. */
function requireRoundOfficer(viewer: Viewer, round: CommendationRound): void {
  if (roleFor(viewer, Role.ADMIN, round.unit.path)) return;
  taskActorFor(viewer, Role.APPROVER, round.unit.id);
}

/**
 * A draft of the decision before signing, for the văn thư to check: "DỰ THẢO", the number and
 * day left blank, the entries still to be awarded. Each call makes a fresh pair.
 */
export async function draftRoundDecision(deps: RoundDocumentDeps & { viewer: Viewer }, roundId: string) {
  const round = await findOrRefuse(deps.em, CommendationRound, roundId, 'roundId', ['unit'] as const);
  requireRoundOfficer(deps.viewer, round);
  if (round.status === RoundStatus.ISSUED)
    throw refusal(M.alreadyIssued, { decisionNumber: round.decisionNumber ?? '' }, 'roundId');
  const data = await loadDecisionData(deps.em, round.id, true);
  if (!data.awardees.length) throw refusal(M.nothingToAward, {}, 'roundId');
  const stem = decisionFileStem(null, data.symbol);
  const files: GeneratedFile[] = [];
  for (const format of DECISION_FORMATS) {
    const spec = {
      kind: GeneratedFileKind.DECISION_DRAFT,
      unitId: data.unitId,
      requestedById: deps.viewer.user.id,
      roundId: round.id,
      parameters: { format: format.ext },
      fileName: `${stem}.${format.ext}`,
      contentType: format.contentType,
    };
    files.push(await saveGeneratedFile(deps.em, deps.storage, spec, await format.render(data)));
  }
  return { round, files };
}

/** The round's documents the viewer may see (the deciding unit, the nominating units, a draft's requester). */
export async function visibleRoundDocuments(em: EntityManager, viewer: Viewer, roundId: string) {
  const files = await em.find(
    GeneratedFile,
    { round: roundId },
    { populate: ['unit'], orderBy: { createdAt: 'asc', fileName: 'asc' } },
  );
  const sharedIds = [...new Set(files.flatMap((f) => f.sharedWithUnitIds))];
  const paths = new Map(
    sharedIds.length
      ? (await em.find(AdminUnit, { id: { $in: sharedIds } }, { fields: ['path'] })).map((u) => [u.id, u.path])
      : [],
  );
  return files.filter((f) =>
    canSeeGeneratedFile(
      viewer,
      f,
      f.sharedWithUnitIds.flatMap((id) => paths.get(id) ?? []),
    ),
  );
}
