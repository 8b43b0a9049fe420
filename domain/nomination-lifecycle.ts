import { NominationStatus } from './enums';
import { DomainError, ErrorCode } from './error-codes';

export type NominationAction = 'EDIT' | 'SUBMIT' | 'RESUBMIT' | 'WITHDRAW';

const ALLOWED: Record<NominationAction, readonly NominationStatus[]> = {
  EDIT: [NominationStatus.DRAFT, NominationStatus.RETURNED],
  SUBMIT: [NominationStatus.DRAFT],
  RESUBMIT: [NominationStatus.RETURNED],
  WITHDRAW: [
    NominationStatus.DRAFT,
    NominationStatus.IN_REVIEW,
    NominationStatus.RETURNED,
    NominationStatus.APPROVED,
  ],
};

const STATUS_VI: Record<NominationStatus, string> = {
  DRAFT: 'bản nháp',
  IN_REVIEW: 'đang xét duyệt',
  RETURNED: 'bị trả lại',
  APPROVED: 'đã phê duyệt, chờ quyết định',
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
