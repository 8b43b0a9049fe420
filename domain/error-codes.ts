/**
 * The one list of error codes. The same string is the GraphQL `extensions.code`, the Temporal
 * `ApplicationFailure.type` and the `code` of a mutation payload's `userErrors`.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  INTERNAL = 'INTERNAL',
  REQUIRED = 'REQUIRED',
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  INVALID_VALUE = 'INVALID_VALUE',
  INVALID_STATE = 'INVALID_STATE',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  TASK_CLOSED = 'TASK_CLOSED',
  TASK_CLAIMED_BY_OTHER = 'TASK_CLAIMED_BY_OTHER',
  STALE_ROUND = 'STALE_ROUND',
  REASON_REQUIRED = 'REASON_REQUIRED',
  NOMINEE_KIND_NOT_ALLOWED = 'NOMINEE_KIND_NOT_ALLOWED',
  UNIT_LEVEL_MISMATCH = 'UNIT_LEVEL_MISMATCH',
  WORKFLOW_UNAVAILABLE = 'WORKFLOW_UNAVAILABLE',
}

interface Messages {
  vi: string;
  en: string;
}

/** Default wording; callers may replace it with a more specific message. */
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
};

/** A refusal a portal can show: a code, a message in both languages, and the input field at fault. */
export interface UserErrorData {
  code: ErrorCode;
  message: string;
  messageVi: string;
  field?: string;
}

export function userError(code: ErrorCode, field?: string, detail?: Partial<Messages>): UserErrorData {
  const base = ERROR_MESSAGES[code];
  return {
    code,
    message: detail?.en ?? base.en,
    messageVi: detail?.vi ?? base.vi,
    field,
  };
}

/** Thrown by domain and service code for an expected refusal; resolvers turn it into payload data. */
export class DomainError extends Error {
  constructor(readonly error: UserErrorData) {
    super(error.message);
    this.name = 'DomainError';
  }

  get code(): ErrorCode {
    return this.error.code;
  }

  static of(code: ErrorCode, field?: string, detail?: Partial<Messages>): DomainError {
    return new DomainError(userError(code, field, detail));
  }
}
