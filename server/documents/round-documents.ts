import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decisionFileStem } from '../../domain/decision-document';
import { GeneratedFileKind, GeneratedFileStatus } from '../../domain/document-enums';
import { RoundStatus } from '../../domain/enums';
import { CommendationRound } from '../entities/commendation-round.entity';
import { GeneratedFile } from '../entities/generated-file.entity';
import { CONTENT_TYPES, saveGeneratedFile } from '../services/generated-file.service';
import { ensureRoundCertificates } from '../services/round-certificates.service';
import type { DocumentStorage } from '../storage/document-storage';
import { loadDecisionData, type DecisionData } from './decision/decision-data';
import { decisionDocx } from './decision/decision-docx';
import { decisionPdf } from './decision/decision-pdf';
import { createLogger } from '../logging/logger';

/** Produced documents are made in the worker's activities. */
const log = createLogger('worker');

/**
 * Made by the signing activity (no viewer): it lives with the documents, not with the API services,
 * so the worker may call it; server/services/round-documents.service.ts offers it to the API.
 */
export interface RoundDocumentDeps {
  em: EntityManager;
  storage: DocumentStorage;
}

export const DECISION_FORMATS = [
  { ext: 'docx', contentType: CONTENT_TYPES.docx, render: decisionDocx },
  { ext: 'pdf', contentType: CONTENT_TYPES.pdf, render: decisionPdf },
] as const;

/** The units whose nominees the decision awards: they may download it besides the deciding unit. */
function nominatingUnits(data: DecisionData): string[] {
  return [...new Set(data.awardees.map((a) => a.unitId))].filter((id) => id !== data.unitId);
}

/**
 * The documents of a signed round: the decision as DOCX and PDF and its certificates (made once; a second call, or a
 * retry after a crash, makes only what is missing). A round awarding nobody has no decision.
 */
export async function produceRoundDocuments({ em, storage }: RoundDocumentDeps, roundId: string) {
  return em.fork().transactional(async (tx) => {
    // Locked so that two attempts at once (an activity retried while the first still runs) make one set.
    const round = await tx.findOneOrFail(CommendationRound, roundId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (round.status !== RoundStatus.ISSUED || !round.decisionNumber) return [];
    const made = await tx.find(GeneratedFile, {
      round: roundId,
      kind: GeneratedFileKind.DECISION,
      status: GeneratedFileStatus.READY,
    });
    const missing = DECISION_FORMATS.filter((f) => !made.some((file) => file.fileName.endsWith(`.${f.ext}`)));
    if (missing.length) {
      const data = await loadDecisionData(tx, roundId);
      const stem = decisionFileStem(data.decisionNumber, data.symbol);
      for (const format of missing) {
        const spec = {
          kind: GeneratedFileKind.DECISION,
          unitId: data.unitId,
          sharedWithUnitIds: nominatingUnits(data),
          roundId,
          parameters: { decisionNumber: data.decisionNumber, format: format.ext },
          fileName: `${stem}.${format.ext}`,
          contentType: format.contentType,
        };
        made.push(await saveGeneratedFile(tx, storage, spec, await format.render(data)));
      }
    }
    const certificates = await ensureRoundCertificates({ em: tx, storage }, roundId);
    return certificates ? [...made, certificates] : made;
  });
}

/** How long a signature waits for its documents before it returns and lets them finish behind it. */
const SIGNING_WAIT_MS = 10_000;

/**
 * The documents right after a signature, without letting them hold it up: a province's round of
 * thousands of certificates takes longer than the signing step may, and a render that fails must
 * not undo or block the decision. What does not finish (a crash, an error) the reconciliation makes.
 */
export async function produceAfterSigning(deps: RoundDocumentDeps, roundId: string): Promise<void> {
  const production = produceRoundDocuments(deps, roundId).then(
    () => undefined,
    (error: unknown) => log.error({ err: error, roundId }, "a round's documents failed; the reconciliation retries"),
  );
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<void>((resolve) => (timer = setTimeout(resolve, SIGNING_WAIT_MS)));
  await Promise.race([production, budget]);
  clearTimeout(timer);
}
