import type { Role } from '../enums';
import { ErrorCode } from '../error-codes';
import { ROLE_LABELS } from './labels';
import { message } from './message';

/** Refusals of actions on one nomination: the pipeline's update validators and the API pre-checks. */
export const nominationMessages = {
  busy: message({
    code: ErrorCode.VERSION_CONFLICT,
    example: {},
    vi: () => 'Một thao tác khác trên hồ sơ đang được xử lý; hãy thử lại.',
    en: () => 'Another action on this nomination is being processed; try again.',
  }),
  wrongRole: message({
    code: ErrorCode.FORBIDDEN,
    example: { stageKey: 'DISTRICT_REVIEW', stageNameVi: 'Thẩm định cấp huyện', role: 'REVIEWER' as Role },
    vi: (p) => `Bước "${p.stageNameVi}" do ${ROLE_LABELS[p.role].vi} xử lý.`,
    en: (p) => `Stage ${p.stageKey} is acted on by the ${ROLE_LABELS[p.role].en} role.`,
  }),
  staleRound: message({
    code: ErrorCode.STALE_ROUND,
    example: { round: 1, current: 2 },
    vi: (p) => `Vòng ${p.round} đã cũ; hồ sơ đang ở vòng ${p.current}.`,
    en: (p) => `Round ${p.round} is stale; the nomination is in round ${p.current}.`,
  }),
  decisionTaskNotApproved: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Nhiệm vụ quyết định được hoàn thành bằng việc ban hành quyết định khen thưởng.',
    en: () => 'A decision task is approved by issuing the commendation decision.',
  }),
  commendBeforeDecisionStage: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Chỉ ban hành quyết định khi các cấp đã phê duyệt.',
    en: () => 'The commendation can only be issued once every review stage has approved.',
  }),
  extensionRange: message({
    code: ErrorCode.INVALID_VALUE,
    example: {},
    vi: () => 'Gia hạn từ 1 đến 60 ngày làm việc.',
    en: () => 'An extension is 1 to 60 working days.',
  }),
  notAtDecision: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Hồ sơ chưa ở bước ra quyết định khen thưởng.',
    en: () => 'The nomination is not waiting for the commendation decision.',
  }),
};
