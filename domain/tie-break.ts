import { Gender, NomineeKind } from './enums';

export interface RankedCandidate {
  id: string;
  score: number;
  nomineeKind: NomineeKind;
  gender?: Gender | null;
  memberCount?: number | null;
  femaleMemberCount?: number | null;
}

/** Collectives of which at least 70 % of members are women get the tie-break. */
export const WOMEN_COLLECTIVE_SHARE = 0.7;

/** Whether the tie-break rule favours this nominee (a woman, or a collective at least 70 % women). */
export function favouredInTies(c: RankedCandidate): boolean {
  if (c.nomineeKind === NomineeKind.INDIVIDUAL) return c.gender === Gender.FEMALE;
  if (c.nomineeKind === NomineeKind.COLLECTIVE) {
    return !!c.memberCount && (c.femaleMemberCount ?? 0) / c.memberCount >= WOMEN_COLLECTIVE_SHARE;
  }
  return false;
}

/** Highest score first; among equal scores the favoured come first; then a stable order by id. */
export function rankCandidates<T extends RankedCandidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) => b.score - a.score || Number(favouredInTies(b)) - Number(favouredInTies(a)) || a.id.localeCompare(b.id),
  );
}
