import type { RoundStatus } from '../enums';
import { ErrorCode } from '../error-codes';
import { ROUND_STATUS_LABELS } from './labels';
import { message } from './message';

/** Refusals of a commendation round: the period workflow's update validators and the API pre-checks. */
export const roundMessages = {
  notInPeriod: message({
    code: ErrorCode.NOT_FOUND,
    example: {},
    vi: () => 'Không có đợt xét này trong kỳ.',
    en: () => 'No such round in this period.',
  }),
  alreadyStarted: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Đợt xét khen thưởng đã bắt đầu.',
    en: () => 'The commendation round has already started.',
  }),
  closingTimes: message({
    code: ErrorCode.INVALID_DATE_RANGE,
    example: {},
    vi: () => 'Hạn bỏ phiếu phải ở tương lai và hạn công khai phải sau hạn bỏ phiếu.',
    en: () => 'Voting must close in the future and the notice after it.',
  }),
  votingClosed: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Hội đồng không trong thời gian bỏ phiếu.',
    en: () => 'The council vote is not open.',
  }),
  voteOffShortlist: message({
    code: ErrorCode.NOT_FOUND,
    example: {},
    vi: () => 'Phiếu bầu có hồ sơ không thuộc danh sách của đợt xét.',
    en: () => "Every vote must be on an entry of this round's shortlist.",
  }),
  noticeClosed: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Không trong thời gian công khai lấy ý kiến.',
    en: () => 'The public notice is not open.',
  }),
  objectionNotPassed: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Chỉ các đối tượng được Hội đồng thông qua mới được công khai.',
    en: () => 'Only nominees the council approved are on public notice.',
  }),
  objectionNotOpen: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Ý kiến phản ánh không còn chờ xử lý.',
    en: () => 'The objection is not open.',
  }),
  notAwaitingSignature: message({
    code: ErrorCode.INVALID_STATE,
    example: { status: 'PUBLIC_NOTICE' as RoundStatus, objectionOpen: true },
    vi: (p) =>
      `Đợt xét đang ở bước ${ROUND_STATUS_LABELS[p.status].vi}, chưa đến bước ký quyết định${p.objectionOpen ? '; còn ý kiến phản ánh chưa xử lý' : ''}.`,
    en: (p) =>
      `The round is at ${ROUND_STATUS_LABELS[p.status].en}, not waiting for the signature.${p.objectionOpen ? ' An objection is still open.' : ''}`,
  }),
};
