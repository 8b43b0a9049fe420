import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { RoundStatus } from '../domain/enums';
import { ERROR_MESSAGES, ErrorCode } from '../domain/error-codes';
import type {
  CastBallotArgs,
  FileObjectionArgs,
  PeriodState,
  ResolveObjectionArgs,
  RoundState,
  SignRoundArgs,
  StartRoundArgs,
} from './period.messages';

/** Update validators of the period workflow: refusals before anything reaches history. */
function refuse(code: ErrorCode, en?: string, vi?: string): never {
  throw ApplicationFailure.create({ type: code, message: en ?? ERROR_MESSAGES[code].en, details: [vi ?? ERROR_MESSAGES[code].vi], nonRetryable: true });
}

function roundOf(state: PeriodState, roundId: string): RoundState {
  const round = state.rounds.find((r) => r.roundId === roundId);
  if (!round) refuse(ErrorCode.NOT_FOUND, 'No such round in this period.', 'Không có đợt xét này trong kỳ.');
  return round;
}

export function validateStartRound(state: PeriodState, args: StartRoundArgs): void {
  if (state.phase !== 'WAITING') refuse(ErrorCode.INVALID_STATE, 'The commendation round has already started.', 'Đợt xét khen thưởng đã bắt đầu.');
  const now = Date.now();
  const voting = args.votingClosesAt ? Date.parse(args.votingClosesAt) : null;
  const notice = args.noticeClosesAt ? Date.parse(args.noticeClosesAt) : null;
  if ((voting !== null && voting <= now) || (notice !== null && notice <= (voting ?? now))) {
    refuse(ErrorCode.INVALID_DATE_RANGE, 'Voting must close in the future and the notice after it.', 'Hạn bỏ phiếu phải ở tương lai và hạn công khai phải sau hạn bỏ phiếu.');
  }
}

export function validateBallot(state: PeriodState, args: CastBallotArgs): void {
  const round = roundOf(state, args.roundId);
  const closed = state.phase !== 'VOTING' || Date.now() >= Date.parse(state.votingClosesAt ?? '');
  if (closed) refuse(ErrorCode.INVALID_STATE, 'The council vote is not open.', 'Hội đồng không trong thời gian bỏ phiếu.');
  // A round opened with counts holds no entry ids: recordBallots checks the paper against the database.
  if (!args.votes.length || (!round.counts && args.votes.some((v) => !round.entryIds.includes(v.entryId)))) {
    refuse(ErrorCode.NOT_FOUND, 'Every vote must be on an entry of this round\'s shortlist.', 'Phiếu bầu có hồ sơ không thuộc danh sách của đợt xét.');
  }
}

export function validateObjection(state: PeriodState, args: FileObjectionArgs): void {
  const round = roundOf(state, args.roundId);
  const open = state.phase === 'PUBLIC_NOTICE' && Date.now() < Date.parse(state.noticeClosesAt ?? '');
  if (!open) refuse(ErrorCode.INVALID_STATE, 'The public notice is not open.', 'Không trong thời gian công khai lấy ý kiến.');
  if (round.counts ? round.counts.passed === 0 : !round.passedEntryIds.includes(args.entryId)) {
    refuse(ErrorCode.INVALID_STATE, 'Only nominees the council approved are on public notice.', 'Chỉ các đối tượng được Hội đồng thông qua mới được công khai.');
  }
}

export function validateResolve(state: PeriodState, args: ResolveObjectionArgs): void {
  const round = roundOf(state, args.roundId);
  if (!round.openObjectionIds.includes(args.objectionId)) refuse(ErrorCode.INVALID_STATE, 'The objection is not open.', 'Ý kiến phản ánh không còn chờ xử lý.');
}

export function validateSign(state: PeriodState, args: SignRoundArgs): void {
  const round = roundOf(state, args.roundId);
  if (round.status !== RoundStatus.SIGNING || round.signing) {
    const waiting = round.openObjectionIds.length > 0 ? ' An objection is still open.' : '';
    refuse(ErrorCode.INVALID_STATE, `The round is ${round.status}, not waiting for the signature.${waiting}`, 'Đợt xét chưa đến bước ký quyết định (hoặc còn ý kiến phản ánh chưa xử lý).');
  }
}

/** An activity's refusal (e.g. NOT_FOUND) becomes the update's refusal instead of failing the workflow task. */
export function asUpdateFailure(error: unknown): unknown {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) {
    const cause = error.cause;
    return ApplicationFailure.create({ type: cause.type ?? undefined, message: cause.message, details: cause.details ?? undefined, nonRetryable: true });
  }
  return error;
}
