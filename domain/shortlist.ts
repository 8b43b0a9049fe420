import type { NomineeKind } from './enums';
import { rankCandidates, type RankedCandidate } from './tie-break';

export interface ShortlistCandidate extends RankedCandidate {
  movementId: string;
}

export interface ShortlistEntry<T> {
  candidate: T;
  rank: number;
}

/**
 * Per movement and nominee kind, the best-ranked candidates up to the quota (no quota: all of
 * them), ranked by score with the tie-break in favour of women and women's collectives.
 */
export function buildShortlist<T extends ShortlistCandidate>(
  candidates: readonly T[],
  quotaOf: (movementId: string, kind: NomineeKind) => number | null,
): ShortlistEntry<T>[] {
  const groups = new Map<string, T[]>();
  for (const c of candidates) {
    const key = `${c.movementId}|${c.nomineeKind}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const shortlist: ShortlistEntry<T>[] = [];
  for (const [key, group] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const [movementId, kind] = key.split('|') as [string, NomineeKind];
    const limit = quotaOf(movementId, kind);
    const ranked = rankCandidates(group).slice(0, limit ?? group.length);
    ranked.forEach((candidate, i) => shortlist.push({ candidate, rank: i + 1 }));
  }
  return shortlist;
}
