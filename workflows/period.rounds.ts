import { RoundStatus } from '../domain/enums';
import type { OpenedRoundCounts, RoundState } from './period.messages';

type ListedRound = Pick<RoundState, 'roundId' | 'unitId' | 'entryIds' | 'nominationIds' | 'leftOutNominationIds'>;

/** What every round starts with, once shortlisted (new arrays for each round). */
const fresh = () => ({
  status: RoundStatus.SHORTLISTING,
  passedEntryIds: [],
  openObjectionIds: [],
  signing: false,
  concluded: false,
});

/** Rounds opened before the `round-counts` patch: every id is held in the workflow. */
export function listedRounds(opened: ListedRound[]): RoundState[] {
  return opened.map((o) => ({ ...o, ...fresh() }));
}

/** Rounds opened with counts: the ids stay in the database, so payloads stay small at any size. */
export function countedRounds(opened: OpenedRoundCounts[]): RoundState[] {
  return opened.map((o) => ({
    roundId: o.roundId,
    unitId: o.unitId,
    entryIds: [],
    nominationIds: [],
    leftOutNominationIds: [],
    ...fresh(),
    counts: { entries: o.entries, leftOut: o.leftOut, passed: 0 },
  }));
}
