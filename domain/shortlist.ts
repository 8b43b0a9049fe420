import { rankCandidates, type RankedCandidate } from './tie-break';

export interface ShortlistCandidate extends RankedCandidate {
  movementId: string;
  /** The award form proposed: candidates are ranked within their award, movement and nominee kind. */
  awardId?: string;
}

export interface ShortlistEntry<T> {
  candidate: T;
  rank: number;
}

/**
 * Every candidate, ranked within its award form, movement and nominee kind by score with the
 * tie-break in favour of women and women's collectives. The council votes on all of them: the
 * quota is applied after the vote (domain/quota-cut.ts), so nobody is left out here.
 */
export function buildShortlist<T extends ShortlistCandidate>(candidates: readonly T[]): ShortlistEntry<T>[] {
  const groups = new Map<string, T[]>();
  for (const c of candidates) {
    const key = `${c.awardId ?? ''}|${c.movementId}|${c.nomineeKind}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(c);
  }
  const shortlist: ShortlistEntry<T>[] = [];
  for (const [, group] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    rankCandidates(group).forEach((candidate, i) => shortlist.push({ candidate, rank: i + 1 }));
  }
  return shortlist;
}
