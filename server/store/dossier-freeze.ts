import type { EntityManager } from '@mikro-orm/postgresql';
import { DossierDocument } from '../entities/dossier-document.entity';

/**
 * At submission: every document of the nomination becomes frozen. Stored ones are then what the
 * reviewers see; pending ones can no longer receive bytes (their PUT answers DOCUMENT_FROZEN).
 * One statement in the caller's transaction; answers how many rows it froze.
 */
export function freezeDossier(em: EntityManager, nominationId: string): Promise<number> {
  return em.nativeUpdate(DossierDocument, { nomination: nominationId, frozen: false }, { frozen: true });
}
