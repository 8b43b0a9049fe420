import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, type InitiativeScope, Role } from '../../domain/enums';
import { nomineeMessages as M, refusal } from '../../domain/messages';
import { isPastDay } from '../../domain/nominee-records';
import { actorFor } from '../auth/access';
import { vietnamToday, type Viewer } from '../auth/viewer';
import { Initiative } from '../entities/initiative.entity';
import { User } from '../entities/user.entity';
import { recordAudit } from '../store/audit';
import { assertDossierEditable } from './dossier.service';
import { readableNomination } from './nomination.service';

export interface RecordInitiativeRequest {
  nominationId: string;
  title: string;
  scope: InitiativeScope;
  recognitionNumber: string;
  recognitionDate: string;
  recognisedBy: string;
}

function required(value: string, label: { vi: string; en: string }, max: number, field: string): string {
  const clean = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > max) throw refusal(M.initiativeTextInvalid, { label: label.vi, max }, field);
  return clean;
}

/**
 * The commune records a recognised initiative of its nominee while the dossier is its own to edit;
 * it counts for the year of its recognition and stays on the nominee's record for later titles.
 */
export function recordInitiative(em: EntityManager, viewer: Viewer, input: RecordInitiativeRequest) {
  return em.transactional(async (tx) => {
    const nomination = await readableNomination(tx, viewer, input.nominationId, 'nominationId', true);
    const actor = actorFor(viewer, Role.SUBMITTER, nomination.unit.path);
    assertDossierEditable(nomination.status);
    const title = required(input.title, { vi: 'Tên sáng kiến', en: 'The title' }, 500, 'title');
    const recognitionNumber = required(
      input.recognitionNumber,
      { vi: 'Số quyết định công nhận', en: 'The decision number' },
      50,
      'recognitionNumber',
    );
    const recognisedBy = required(
      input.recognisedBy,
      { vi: 'Người công nhận', en: 'Who recognised it' },
      200,
      'recognisedBy',
    );
    const recognitionDate = input.recognitionDate.trim();
    if (!isPastDay(recognitionDate, vietnamToday())) {
      throw refusal(M.initiativeDateInvalid, { value: recognitionDate }, 'recognitionDate');
    }
    const initiative = tx.create(Initiative, {
      nominee: nomination.nominee,
      nomination,
      title,
      scope: input.scope,
      year: Number(recognitionDate.slice(0, 4)),
      recognitionNumber,
      recognitionDate,
      recognisedBy,
      recordedBy: tx.getReference(User, viewer.user.id),
    });
    await recordAudit(tx, {
      key: `nomination:${nomination.id}:initiative:${initiative.id}`,
      nominationId: nomination.id,
      actor,
      action: AuditAction.UPDATED,
      after: { initiative: title, recognitionNumber, recognitionDate },
    });
    await tx.flush();
    return { nomination, initiative };
  });
}
