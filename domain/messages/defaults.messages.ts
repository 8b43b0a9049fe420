import type { ErrorCode } from '../error-codes';
import type { MessageDef } from './message';

export interface Messages {
  vi: string;
  en: string;
}

/** The default message of each code, used when a refusal has no more specific message in the catalogue. */
export const ERROR_MESSAGES: Record<ErrorCode, Messages> = {
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { vi: 'Không tìm thấy.', en: 'Not found.' },
  INTERNAL: { vi: 'Lỗi hệ thống, vui lòng thử lại.', en: 'Internal error, please try again.' },
  REQUIRED: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  TEXT_TOO_LONG: { vi: 'Nội dung quá dài.', en: 'The text is too long.' },
  INVALID_VALUE: { vi: 'Giá trị không hợp lệ.', en: 'The value is not valid.' },
  INVALID_STATE: {
    vi: 'Hồ sơ đang ở trạng thái không cho phép thao tác này.',
    en: 'The nomination is in a state that does not allow this.',
  },
  VERSION_CONFLICT: {
    vi: 'Hồ sơ đã được người khác thay đổi; hãy tải lại.',
    en: 'Someone else changed the nomination; reload it.',
  },
  ALREADY_SUBMITTED: { vi: 'Hồ sơ đã được gửi.', en: 'The nomination was already submitted.' },
  TASK_CLOSED: { vi: 'Nhiệm vụ đã kết thúc.', en: 'The task is already closed.' },
  TASK_CLAIMED_BY_OTHER: {
    vi: 'Nhiệm vụ đã được người khác nhận xử lý.',
    en: 'Someone else has claimed this task.',
  },
  TASK_ALREADY_CLAIMED: {
    vi: 'Bạn đã nhận xử lý nhiệm vụ này.',
    en: 'You have already claimed this task.',
  },
  STALE_ROUND: {
    vi: 'Vòng xét đã cũ; hồ sơ đã được gửi lại.',
    en: 'The review round is stale; the nomination was resubmitted.',
  },
  REASON_REQUIRED: { vi: 'Cần nêu lý do.', en: 'A reason is required.' },
  NOMINEE_KIND_NOT_ALLOWED: {
    vi: 'Phong trào này không xét loại đối tượng này.',
    en: 'This movement does not accept this kind of nominee.',
  },
  UNIT_LEVEL_MISMATCH: {
    vi: 'Đơn vị không đúng cấp cho thao tác này.',
    en: 'The unit is not at the right level for this.',
  },
  WORKFLOW_UNAVAILABLE: {
    vi: 'Hệ thống quy trình tạm thời không phản hồi; vui lòng thử lại.',
    en: 'The workflow service is not answering; please try again.',
  },
  DUPLICATE: { vi: 'Đã tồn tại bản ghi trùng.', en: 'A record like this already exists.' },
  INVALID_DATE_RANGE: { vi: 'Khoảng thời gian không hợp lệ.', en: 'The date range is not valid.' },
  PERIOD_WINDOW_OVERLAP: {
    vi: 'Thời gian nhận hồ sơ trùng với một đợt khác cùng loại.',
    en: 'The submission window overlaps another period of the same kind.',
  },
  STAGE_LEVEL_UNAVAILABLE: {
    vi: 'Bước xét duyệt thuộc cấp hành chính không tồn tại vào thời điểm này.',
    en: 'A stage is at an administrative level that does not exist at that date.',
  },
  QUOTA_NEGATIVE: { vi: 'Chỉ tiêu không được âm.', en: 'A quota cannot be below zero.' },
  QUOTA_EXCEEDED: { vi: 'Vượt chỉ tiêu khen thưởng.', en: 'The quota is used up.' },
  AWARD_LEVEL_MISMATCH: {
    vi: 'Cấp kết thúc quy trình không có thẩm quyền tặng hình thức khen thưởng này.',
    en: 'The level where the pipeline ends cannot grant this award.',
  },
  AWARD_PREREQUISITE_MISSING: {
    vi: 'Đối tượng chưa đáp ứng điều kiện của hình thức khen thưởng.',
    en: 'The nominee lacks a prerequisite of this award.',
  },
  CAMPAIGN_NOT_ACTIVE: {
    vi: 'Phong trào thi đua chưa được phát động hoặc đã kết thúc.',
    en: 'The campaign is not active.',
  },
  NOMINATION_SUSPENDED: {
    vi: 'Hồ sơ đang tạm dừng để xác minh; không thể chuyển tiếp.',
    en: 'The nomination is suspended pending verification and cannot be forwarded.',
  },
  DOSSIER_INCOMPLETE: { vi: 'Hồ sơ còn thiếu tài liệu bắt buộc.', en: 'A required dossier document is missing.' },
  DOCUMENT_FROZEN: {
    vi: 'Tài liệu đã nộp không thể thay đổi.',
    en: 'Documents cannot change once the nomination is submitted.',
  },
  FILE_TOO_LARGE: { vi: 'Tệp quá lớn.', en: 'The file is too large.' },
  FILE_TYPE_NOT_ALLOWED: { vi: 'Loại tệp không được chấp nhận.', en: 'This type of file is not accepted.' },
  UPLOAD_EXPIRED: { vi: 'Đường dẫn tải lên đã hết hạn.', en: 'The upload link has expired.' },
  SUBMISSION_WINDOW_CLOSED: {
    vi: 'Đã hết (hoặc chưa đến) thời gian nhận hồ sơ của đợt này.',
    en: 'The submission window of this period is closed.',
  },
  ROLE_ABOVE_OWN: {
    vi: 'Không thể giao quyền vượt quá phạm vi quyền của bạn.',
    en: 'You cannot grant a role beyond your own.',
  },
};

/** A code's default message as a catalogue entry. */
export function defaultMessage(code: ErrorCode): MessageDef {
  const { vi, en } = ERROR_MESSAGES[code];
  return { code, vi: () => vi, en: () => en, example: {} };
}
