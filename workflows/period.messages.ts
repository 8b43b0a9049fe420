import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { RoundStatus, Vote } from '../domain/enums';
import type { PeriodTiming } from '../domain/period-timing';
import type { ActorRef } from './nomination-pipeline.messages';

export type { PeriodTiming };

export interface PeriodInput {
  periodId: string;
  timing: PeriodTiming;
}

/** Where the period's rounds stand as a whole; after the notice each round goes on by itself. */
export type RoundPhase = 'WAITING' | 'SHORTLISTING' | 'VOTING' | 'TALLYING' | 'PUBLIC_NOTICE' | 'NOTICE_CLOSED';

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
  signing: boolean;
  concluded: boolean;
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
export const signRoundUpdate = defineUpdate<PeriodState, [SignRoundArgs]>('signRound');

export const PERIOD_WORKFLOW = 'periodWorkflow';

export function periodWorkflowId(periodId: string): string {
  return `period:${periodId}`;
}
