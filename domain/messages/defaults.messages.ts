import type { ErrorCode } from '../error-codes';
import type { MessageDef } from './message';

export interface Messages {
  vi: string;
  en: string;
}

/** The default message of each code, used when a refusal has no more specific message in the catalogue. */
export const ERROR_MESSAGES: Record<ErrorCode, Messages> = {
  AWARD_NOT_GRANTABLE: {
    vi: 'Không cấp nào có thẩm quyền tặng hình thức khen thưởng này theo đề nghị của đơn vị vào ngày đó.',
    en: 'Nobody the unit reaches may grant this award on that day.',
  },
  UNIT_NOT_IN_FORCE: {
    vi: 'Đơn vị không có trong danh mục đơn vị hành chính hiệu lực vào ngày đó.',
    en: 'The unit is not in the list of units in force on that day.',
  },
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
  DATABASE_UNAVAILABLE: {
    vi: 'Cơ sở dữ liệu tạm thời không phản hồi; thao tác chưa được ghi nhận, vui lòng thử lại sau ít phút.',
    en: 'The database is not answering; nothing was recorded, please try again in a moment.',
  },
  STATEMENT_TIMEOUT: {
    vi: 'Yêu cầu chạy quá lâu nên đã bị dừng; hãy thu hẹp bộ lọc hoặc giảm số bản ghi mỗi trang.',
    en: 'The request ran too long and was stopped; narrow the filters or ask for fewer rows per page.',
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
  QUOTA_SCOPE_INVALID: { vi: 'Phạm vi của chỉ tiêu không hợp lệ.', en: 'The scope of the quota is not valid.' },
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
  NATIONAL_ADMIN_REQUIRED: {
    vi: 'Chỉ quản trị viên cấp quốc gia mới được thực hiện thao tác này.',
    en: 'Only a national administrator may do this.',
  },
  OUTSIDE_OWN_PROVINCE: {
    vi: 'Đơn vị này nằm ngoài tỉnh bạn quản trị.',
    en: 'This unit is outside the province you administer.',
  },
  AWARD_CHANGES_ROUTING: {
    vi: 'Không thể đổi sang hình thức khen thưởng do cấp khác quyết định khi hồ sơ đang trong quy trình.',
    en: 'The new award is decided at another level than the pipeline this nomination follows.',
  },
  DELEGATION_CHAINED: {
    vi: 'Vai trò được ủy quyền không thể ủy quyền tiếp.',
    en: 'A delegated role cannot be delegated again.',
  },
  DEPUTY_OUTSIDE_UNIT: {
    vi: 'Người được ủy quyền phải là cán bộ của chính đơn vị đó.',
    en: 'The deputy must hold a role in the same unit.',
  },
  DEPUTY_CANNOT_GRANT: {
    vi: 'Người ký thay không được giao vai trò cho người khác.',
    en: 'An acting administrator cannot grant roles.',
  },
  DEPUTY_CANNOT_MANAGE_DELEGATOR: {
    vi: 'Người ký thay không được thay đổi tài khoản hay vai trò của người đã ủy quyền cho mình.',
    en: 'An acting administrator cannot change the account or roles of the person who delegated to them.',
  },
  SELF_GRANT_FORBIDDEN: {
    vi: 'Không ai được tự giao cho mình vai trò quản trị, phê duyệt hay thành viên hội đồng.',
    en: 'Nobody grants themselves the administrator, approver or council member role.',
  },
  RESUME_BELOW_SUSPENDER: {
    vi: 'Chỉ cấp đã tạm dừng hồ sơ hoặc cấp trên mới được cho tiếp tục xử lý.',
    en: 'Only the level that suspended the nomination, or a level above it, may resume it.',
  },
  ACTOR_NOT_AUTHORIZED: {
    vi: 'Người thực hiện không có vai trò cần thiết tại đơn vị này vào lúc này.',
    en: 'The actor does not hold the needed role over this unit at this moment.',
  },
  QUERY_TOO_DEEP: {
    vi: 'Yêu cầu truy vấn lồng quá nhiều cấp; hãy tách thành nhiều yêu cầu nhỏ hơn.',
    en: 'The query nests too deep; split it into smaller queries.',
  },
  TOO_MANY_ALIASES: {
    vi: 'Yêu cầu đặt quá nhiều tên gọi khác cho các trường dữ liệu.',
    en: 'The query uses too many aliases.',
  },
  TOO_MANY_DIRECTIVES: {
    vi: 'Yêu cầu có quá nhiều chỉ thị điều kiện.',
    en: 'The query uses too many directives.',
  },
  QUERY_TOO_COMPLEX: {
    vi: 'Yêu cầu đòi quá nhiều dữ liệu cùng lúc; hãy giảm số bản ghi mỗi trang hoặc bớt dữ liệu lồng nhau.',
    en: 'The query asks for too much at once; ask for fewer items per page or fewer nested fields.',
  },
  QUERY_TOO_LARGE: {
    vi: 'Yêu cầu truy vấn quá dài.',
    en: 'The query document is too long.',
  },
  INTROSPECTION_DISABLED: {
    vi: 'Máy chủ không cung cấp mô tả cấu trúc dữ liệu cho yêu cầu này.',
    en: 'Schema introspection is not available for this request.',
  },
  RATE_LIMITED: {
    vi: 'Bạn gửi quá nhiều yêu cầu trong thời gian ngắn; vui lòng thử lại sau ít phút.',
    en: 'Too many requests; please try again shortly.',
  },
  TOO_MANY_SUBSCRIPTIONS: {
    vi: 'Kết nối này đã theo dõi quá nhiều kênh thông báo; hãy đóng bớt một kênh.',
    en: 'This connection has too many subscriptions; end one first.',
  },
  SOCKET_SUBSCRIPTIONS_ONLY: {
    vi: 'Kết nối thời gian thực chỉ dùng để theo dõi thông báo; hãy gửi truy vấn và thao tác qua yêu cầu thông thường.',
    en: 'The socket carries subscriptions only; send queries and mutations over HTTP.',
  },
  PIPELINE_HALTED: {
    vi: 'Quy trình xử lý hồ sơ đang dừng do lỗi hệ thống; quản trị viên cần cho chạy lại bước bị lỗi trước.',
    en: "The nomination's pipeline is held by a failure; an administrator must retry the failed step first.",
  },
  DECISION_NUMBER_TAKEN: {
    vi: 'Số quyết định này đã có trong sổ quyết định của đơn vị trong năm.',
    en: "This decision number is already in the unit's register for the year.",
  },
  ELIGIBILITY_NOT_MET: {
    vi: 'Đối tượng chưa đạt điều kiện của hình thức khen thưởng đề nghị.',
    en: 'The nominee does not meet the conditions of the proposed award.',
  },
  NOMINEE_ALREADY_PROPOSED: {
    vi: 'Đối tượng đang có hồ sơ đề nghị khác trong cùng đợt và cùng phong trào.',
    en: 'The nominee is already in another open nomination of the same period and movement.',
  },
  AWARD_ALREADY_RECEIVED: {
    vi: 'Đối tượng đã được khen thưởng cho thành tích này.',
    en: 'The nominee has already been awarded for this achievement.',
  },
  IDENTITY_NUMBER_TAKEN: {
    vi: 'Số căn cước công dân này đã thuộc về một đối tượng khác.',
    en: 'This identity number belongs to another nominee record.',
  },
  AWARD_REVOKED: {
    vi: 'Khen thưởng này đã bị hủy bỏ, thu hồi.',
    en: 'This award has been revoked.',
  },
  LEVEL_DOCUMENTS_MISSING: {
    vi: 'Cấp xét duyệt chưa có tờ trình và biên bản họp xét của mình.',
    en: 'The reviewing level has not attached its own submission letter and minutes.',
  },
  CERTIFICATE_LAYOUT_INVALID: {
    vi: 'Vị trí các ô trên mẫu Bằng khen, Giấy khen không hợp lệ: ô nằm ngoài trang giấy hoặc cỡ chữ không phù hợp.',
    en: "The certificate form's field positions are not valid: a field lies off the sheet or has an unfit font size.",
  },
  POVERTY_COUNTS_INCONSISTENT: {
    vi: 'Các số liệu hộ nghèo mâu thuẫn nhau: số hộ nghèo và cận nghèo vượt quá tổng số hộ, hoặc số hộ nghèo dân tộc thiểu số vượt quá số hộ nghèo.',
    en: 'The poverty counts contradict each other: poor and near-poor above the households, or ethnic-minority poor above the poor.',
  },
};

/** A code's default message as a catalogue entry. */
export function defaultMessage(code: ErrorCode): MessageDef {
  const { vi, en } = ERROR_MESSAGES[code];
  return { code, vi: () => vi, en: () => en, example: {} };
}
