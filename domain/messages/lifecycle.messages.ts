import type { NominationStatus } from '../enums';
import { ErrorCode } from '../error-codes';
import type { NominationAction } from '../nomination-lifecycle';
import { STATUS_LABELS, type Label } from './labels';
import { message } from './message';

/** Each action as a verb, to sit after "không thể" / "cannot be". */
export const ACTION_LABELS: Record<NominationAction, Label> = {
  EDIT: { vi: 'chỉnh sửa', en: 'edited' },
  SUBMIT: { vi: 'gửi đi', en: 'submitted' },
  RESUBMIT: { vi: 'gửi lại', en: 'resubmitted' },
  WITHDRAW: { vi: 'rút lại', en: 'withdrawn' },
  SUSPEND: { vi: 'tạm dừng', en: 'suspended' },
  RESUME: { vi: 'tiếp tục xét', en: 'resumed' },
  CLAIM: { vi: 'nhận xử lý', en: 'claimed' },
  DECIDE: { vi: 'cho ý kiến xét duyệt', en: 'decided on' },
  COMMEND: { vi: 'ban hành quyết định khen thưởng', en: 'commended' },
  CONCLUDE: { vi: 'kết luận theo đợt xét khen thưởng', en: 'concluded by the commendation round' },
  EXTEND: { vi: 'gia hạn', en: 'given more time' },
  RETRY_PIPELINE: { vi: 'chạy lại bước xử lý bị lỗi', en: 'retried after a pipeline failure' },
};

/** The lifecycle table's refusal (domain/nomination-lifecycle.ts). */
export const lifecycleMessages = {
  notAllowed: message({
    code: ErrorCode.INVALID_STATE,
    example: { status: 'IN_REVIEW' as NominationStatus, action: 'EDIT' as NominationAction },
    vi: (p) => `Hồ sơ ở trạng thái "${STATUS_LABELS[p.status].vi}" nên không thể ${ACTION_LABELS[p.action].vi}.`,
    en: (p) => `A nomination that is ${STATUS_LABELS[p.status].en} cannot be ${ACTION_LABELS[p.action].en}.`,
  }),
};
