import { RoundStatus } from '../domain/enums';
import { roundMessages as M } from '../domain/messages/round.messages';
import { userErrorOf } from '../domain/messages/message';
import type {
  CastBallotArgs,
  FileObjectionArgs,
  PeriodState,
  ResolveObjectionArgs,
  RoundState,
  SignRoundArgs,
  StartRoundArgs,
} from './period.messages';
import { refuse } from './update-failures';

/** Update validators of the period workflow: refusals before anything reaches history. */

function roundOf(state: PeriodState, roundId: string): RoundState {
  const round = state.rounds.find((r) => r.roundId === roundId);
  if (!round) refuse(userErrorOf(M.notInPeriod));
  return round;
}

export function validateStartRound(state: PeriodState, args: StartRoundArgs): void {
  if (state.phase !== 'WAITING') refuse(userErrorOf(M.alreadyStarted));
  const now = Date.now();
  const voting = args.votingClosesAt ? Date.parse(args.votingClosesAt) : null;
  const notice = args.noticeClosesAt ? Date.parse(args.noticeClosesAt) : null;
  if ((voting !== null && voting <= now) || (notice !== null && notice <= (voting ?? now)))
    refuse(userErrorOf(M.closingTimes));
}

export function validateBallot(state: PeriodState, args: CastBallotArgs): void {
  const round = roundOf(state, args.roundId);
  const closed = state.phase !== 'VOTING' || Date.now() >= Date.parse(state.votingClosesAt ?? '');
  if (closed) refuse(userErrorOf(M.votingClosed));
  // A round opened with counts holds no entry ids: recordBallots checks the paper against the database.
  if (!args.votes.length || (!round.counts && args.votes.some((v) => !round.entryIds.includes(v.entryId))))
    refuse(userErrorOf(M.voteOffShortlist));
}

export function validateObjection(state: PeriodState, args: FileObjectionArgs): void {
  const round = roundOf(state, args.roundId);
  const open = state.phase === 'PUBLIC_NOTICE' && Date.now() < Date.parse(state.noticeClosesAt ?? '');
  if (!open) refuse(userErrorOf(M.noticeClosed));
  if (round.counts ? round.counts.passed === 0 : !round.passedEntryIds.includes(args.entryId))
    refuse(userErrorOf(M.objectionNotPassed));
}

export function validateResolve(state: PeriodState, args: ResolveObjectionArgs): void {
  const round = roundOf(state, args.roundId);
  if (!round.openObjectionIds.includes(args.objectionId)) refuse(userErrorOf(M.objectionNotOpen));
}

export function validateSign(state: PeriodState, args: SignRoundArgs): void {
  const round = roundOf(state, args.roundId);
  if (round.status !== RoundStatus.SIGNING || round.signing) {
    refuse(
      userErrorOf(M.notAwaitingSignature, {
        status: round.status,
        objectionOpen: round.openObjectionIds.length > 0 || (round.openObjections ?? 0) > 0,
      }),
    );
  }
}
