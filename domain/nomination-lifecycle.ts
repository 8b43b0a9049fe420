import { NominationStatus } from './enums';
import { DomainError, ErrorCode } from './error-codes';

export type NominationAction = 'EDIT' | 'SUBMIT' | 'RESUBMIT' | 'WITHDRAW' | 'SUSPEND' | 'RESUME';

const ALLOWED: Record<NominationAction, readonly NominationStatus[]> = {
  EDIT: [NominationStatus.DRAFT, NominationStatus.RETURNED],
  SUBMIT: [NominationStatus.DRAFT],
  RESUBMIT: [NominationStatus.RETURNED],
  WITHDRAW: [
    NominationStatus.DRAFT,
    NominationStatus.IN_REVIEW,
    NominationStatus.RETURNED,
    NominationStatus.APPROVED,
    NominationStatus.SUSPENDED,
  ],
  SUSPEND: [NominationStatus.IN_REVIEW, NominationStatus.RETURNED, NominationStatus.APPROVED],
  RESUME: [NominationStatus.SUSPENDED],
};

const STATUS_VI: Record<NominationStatus, string> = {
  DRAFT: 'bản nháp',
  IN_REVIEW: 'đang xét duyệt',
  RETURNED: 'bị trả lại',
  APPROVED: 'đã phê duyệt, chờ quyết định',
  SUSPENDED: 'đang tạm dừng để xác minh',
  EXPIRED: 'quá hạn bổ sung',
  NOT_AWARDED: 'không được khen thưởng',
  COMMENDED: 'đã được khen thưởng',
  REJECTED: 'bị từ chối',
  WITHDRAWN: 'đã rút',
};

export function canPerform(status: NominationStatus, action: NominationAction): boolean {
  return ALLOWED[action].includes(status);
}

/** Refuses an action the nomination's status does not allow, naming the status in both languages. */
export function assertCanPerform(status: NominationStatus, action: NominationAction): void {
  if (canPerform(status, action)) return;
  if (action === 'SUBMIT' && status !== NominationStatus.WITHDRAWN) {
    throw DomainError.of(ErrorCode.ALREADY_SUBMITTED);
  }
  throw DomainError.of(ErrorCode.INVALID_STATE, undefined, {
    en: `A nomination that is ${status} cannot be given action ${action}.`,
    vi: `Hồ sơ ${STATUS_VI[status]} không thể thực hiện thao tác này.`,
  });
}
