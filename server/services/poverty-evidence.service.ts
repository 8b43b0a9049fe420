import type { EntityManager } from '@mikro-orm/postgresql';
import { NomineeKind } from '../../domain/enums';
import { isCommuneCommitteeGroup } from '../../domain/poverty-rules';
import { Movement } from '../entities/movement.entity';
import type { Nomination } from '../entities/nomination.entity';
import { Nominee } from '../entities/nominee.entity';
import { Period } from '../entities/period.entity';
import { povertyProgress, type PovertyProgressRow } from './poverty-progress.service';

export interface PovertyEvidenceData {
  year: number;
  communeProgress: PovertyProgressRow | null;
  householdStatus: string | null;
  householdStatusYear: number | null;
}

/**
 * What a nomination shows of poverty: a commune committee nominated under the sub-movement for commune
 * People's Committees shows its commune's progress in the period's year; a household its own status that
 * year (the latest recorded not after it). Other nominations show none (null).
 */
export async function povertyEvidenceOf(
  em: EntityManager,
  nomination: Nomination,
): Promise<PovertyEvidenceData | null> {
  const period = await em.findOneOrFail(Period, nomination.period.id);
  if (nomination.nomineeKind === NomineeKind.HOUSEHOLD) {
    const nominee = await em.findOneOrFail(Nominee, nomination.nominee.id);
    const fact = nominee.years
      .filter((y) => y.povertyStatus && y.year <= period.year)
      .sort((a, b) => b.year - a.year)[0];
    return {
      year: period.year,
      communeProgress: null,
      householdStatus: fact?.povertyStatus ?? null,
      householdStatusYear: fact?.year ?? null,
    };
  }
  const movement = await em.findOneOrFail(Movement, nomination.movement.id);
  if (nomination.nomineeKind !== NomineeKind.COLLECTIVE || !isCommuneCommitteeGroup(movement.targetGroup)) return null;
  // Read on behalf of whoever may read the nomination: the resolver has checked that already.
  const [row] = await povertyProgress({ em, viewer: null }, movement.campaign.id, nomination.unit.id, period.year, {
    subordinates: false,
  });
  return { year: period.year, communeProgress: row ?? null, householdStatus: null, householdStatusYear: null };
}
