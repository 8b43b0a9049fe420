import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { RoundStatus, Vote } from '../domain/enums';
import type { PeriodTiming } from '../domain/period-timing';
import type { ActorRef } from './nomination-pipeline.messages';

export type { PeriodTiming };

/** How a signed round's nominations are concluded: `batchSize` per activity, at most `maxPending` batches at once per period. */
export interface ConclusionBounds {
  batchSize: number;
  maxPending: number;
}

export interface PeriodInput {
  periodId: string;
  timing: PeriodTiming;
  /** Defaults to batches of 100, four at a time; tests use small ones. */
  conclusion?: Partial<ConclusionBounds>;
  /** Continue as new past this many history events (or when Temporal suggests it); default 10,000. */
  historyLimit?: number;
  /** How often a round waiting on objections looks at the database without being signalled; default 6 hours. */
  objectionPollMs?: number;
  /** Set on a run continued as new: where the previous run stood after the notice closed. */
  carried?: CarriedPeriod;
}

/** What a period's run hands to the next one when its history grows long. */
export interface CarriedPeriod {
  state: PeriodState;
  /** Objections are counted in the database (the `objections-in-db` patch), not held as ids. */
  objectionsInDb: boolean;
}

/** How many of a round's rows there are, for rounds whose ids stay in the database (opened since the `round-counts` patch). */
export interface RoundCounts {
  entries: number;
  leftOut: number;
  /** Entries the council approved; known once voting closes. */
  passed: number;
}

/** Where the period's rounds stand as a whole; after the notice each round goes on by itself. */
export type RoundPhase = 'WAITING' | 'SHORTLISTING' | 'VOTING' | 'TALLYING' | 'PUBLIC_NOTICE' | 'NOTICE_CLOSED';

/** A round as `openRoundCounts` answers it. */
export interface OpenedRoundCounts {
  roundId: string;
  unitId: string;
  entries: number;
  leftOut: number;
}

/** One deciding unit's round as the workflow tracks it; the database holds the details. */
export interface RoundState {
  roundId: string;
  unitId: string;
  status: RoundStatus;
  entryIds: string[];
  /** The shortlisted nominations, concluded through their own workflows once the decision is signed. */
  nominationIds: string[];
  /** Entries the council approved: only they go on public notice and may be objected to. */
  passedEntryIds: string[];
  /** Approved nominations beyond the quota: concluded NOT_AWARDED once the decision is signed. */
  leftOutNominationIds: string[];
  openObjectionIds: string[];
  /** Objections open in the database, for rounds whose notice closed under the `objections-in-db` patch. */
  openObjections?: number;
  signing: boolean;
  concluded: boolean;
  /**
   * Set on rounds opened since the `round-counts` patch: the id lists above then stay empty (a
   * province's round would carry thousands of ids in every payload) and activities check membership.
   */
  counts?: RoundCounts;
}

export interface PeriodState {
  periodId: string;
  windowOpen: boolean;
  /** Levels whose cut-off has been swept. */
  cutoffsDone: string[];
  phase: RoundPhase;
  votingClosesAt: string | null;
  noticeClosesAt: string | null;
  rounds: RoundState[];
  /** Ballot and objection handlers still writing: a window closes only once they are done. */
  inFlight: number;
}

export interface StartRoundArgs {
  actor: ActorRef;
  /** Instants chosen by the administrator; otherwise the period's voting and notice durations apply. */
  votingClosesAt: string | null;
  noticeClosesAt: string | null;
}

/** One member's ballot paper: votes on one or more entries of a round, changeable until the close. */
export interface CastBallotArgs {
  roundId: string;
  votes: { entryId: string; vote: Vote }[];
  inWriting: boolean;
  actor: ActorRef;
}

export interface FileObjectionArgs {
  roundId: string;
  entryId: string;
  reason: string;
  actor: ActorRef;
}

export interface ResolveObjectionArgs {
  roundId: string;
  objectionId: string;
  upheld: boolean;
  resolution: string;
  actor: ActorRef;
}

export interface SignRoundArgs {
  roundId: string;
  decisionDate: string;
  actor: ActorRef;
}

export const periodStateQuery = defineQuery<PeriodState>('periodState');
/** Starts the round now (or returns at once if it has started); answers once voting is open. */
export const startRoundNowUpdate = defineUpdate<PeriodState, [StartRoundArgs]>('startRoundNow');
export const castBallotUpdate = defineUpdate<{ ballotIds: string[] }, [CastBallotArgs]>('castBallot');
export const fileObjectionUpdate = defineUpdate<{ objectionId: string }, [FileObjectionArgs]>('fileObjection');
export const resolveObjectionUpdate = defineUpdate<PeriodState, [ResolveObjectionArgs]>('resolveObjection');
export interface ObjectionResolvedArgs {
  roundId: string;
  objectionId: string;
}

/** Sent by the API after it resolves an objection in the database: the round looks again at once. */
export const objectionResolvedSignal = defineSignal<[ObjectionResolvedArgs]>('objectionResolved');
export const signRoundUpdate = defineUpdate<PeriodState, [SignRoundArgs]>('signRound');

export const PERIOD_WORKFLOW = 'periodWorkflow';

export function periodWorkflowId(periodId: string): string {
  return `period:${periodId}`;
}
