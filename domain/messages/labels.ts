import {
  UnitKind,
  AdminLevel,
  ApprovalThreshold,
  AwardKind,
  AwardLevel,
  CampaignStatus,
  Decision,
  DriftKind,
  DocumentSlot,
  EscalationTarget,
  Gender,
  NominationStatus,
  NomineeKind,
  ObjectionStatus,
  PeriodKind,
  Role,
  RoundOutcome,
  RoundStatus,
  SuccessionKind,
  TaskKind,
  TaskStatus,
  TimeoutAction,
  Vote,
} from '../enums';

export interface Label {
  vi: string;
  en: string;
}

/** How messages name an enum value: in lower case, to sit inside a sentence. */
export const ROLE_LABELS: Record<Role, Label> = {
  [Role.SUBMITTER]: { vi: 'cán bộ lập hồ sơ', en: 'submitter' },
  [Role.REVIEWER]: { vi: 'cán bộ thẩm định', en: 'reviewer' },
  [Role.APPROVER]: { vi: 'lãnh đạo phê duyệt', en: 'approver' },
  [Role.ADMIN]: { vi: 'quản trị viên', en: 'administrator' },
  [Role.OBSERVER]: { vi: 'người theo dõi', en: 'observer' },
  [Role.COUNCIL_MEMBER]: { vi: 'thành viên Hội đồng thi đua khen thưởng', en: 'council member' },
};

export const LEVEL_LABELS: Record<AdminLevel, Label> = {
  [AdminLevel.PROVINCE]: { vi: 'cấp tỉnh', en: 'province level' },
  [AdminLevel.DISTRICT]: { vi: 'cấp huyện', en: 'district level' },
  [AdminLevel.COMMUNE]: { vi: 'cấp xã', en: 'commune level' },
};

export const UNIT_KIND_LABELS: Record<UnitKind, Label> = {
  [UnitKind.ADMINISTRATIVE]: { vi: 'đơn vị hành chính', en: 'administrative unit' },
  [UnitKind.AGENCY]: { vi: 'cơ quan, sở, ban, ngành', en: 'agency' },
  [UnitKind.ORGANISATION]: { vi: 'Mặt trận, đoàn thể, tổ chức', en: 'organisation' },
  [UnitKind.ENTERPRISE]: { vi: 'doanh nghiệp, hợp tác xã', en: 'enterprise or cooperative' },
  [UnitKind.EMULATION_CLUSTER]: { vi: 'cụm, khối thi đua', en: 'emulation cluster' },
};

export const AWARD_LEVEL_LABELS: Record<AwardLevel, Label> = {
  [AwardLevel.NATIONAL]: { vi: 'cấp Trung ương', en: 'national level' },
  [AwardLevel.PROVINCE]: { vi: 'cấp tỉnh', en: 'province level' },
  [AwardLevel.DISTRICT]: { vi: 'cấp huyện', en: 'district level' },
  [AwardLevel.COMMUNE]: { vi: 'cấp xã', en: 'commune level' },
  [AwardLevel.AGENCY]: { vi: 'thủ trưởng cơ quan, đơn vị', en: 'head of the agency' },
};

export const NOMINEE_KIND_LABELS: Record<NomineeKind, Label> = {
  [NomineeKind.INDIVIDUAL]: { vi: 'cá nhân', en: 'individual' },
  [NomineeKind.COLLECTIVE]: { vi: 'tập thể', en: 'collective' },
  [NomineeKind.HOUSEHOLD]: { vi: 'hộ gia đình', en: 'household' },
};

export const STATUS_LABELS: Record<NominationStatus, Label> = {
  [NominationStatus.DRAFT]: { vi: 'đang soạn thảo', en: 'draft' },
  [NominationStatus.IN_REVIEW]: { vi: 'đang xét duyệt', en: 'in review' },
  [NominationStatus.RETURNED]: { vi: 'bị trả lại để bổ sung', en: 'returned for revision' },
  [NominationStatus.APPROVED]: { vi: 'đã được thông qua, chờ quyết định khen thưởng', en: 'approved' },
  [NominationStatus.SUSPENDED]: { vi: 'tạm dừng để xác minh', en: 'suspended' },
  [NominationStatus.COMMENDED]: { vi: 'đã được khen thưởng', en: 'commended' },
  [NominationStatus.REJECTED]: { vi: 'không được chấp thuận', en: 'rejected' },
  [NominationStatus.WITHDRAWN]: { vi: 'đã rút', en: 'withdrawn' },
  [NominationStatus.EXPIRED]: { vi: 'quá hạn bổ sung', en: 'expired' },
  [NominationStatus.NOT_AWARDED]: { vi: 'không được khen thưởng', en: 'not awarded' },
  [NominationStatus.PIPELINE_FAILED]: {
    vi: 'quy trình xử lý gặp lỗi, chờ quản trị viên xử lý',
    en: 'held by a pipeline failure',
  },
};

export const TASK_STATUS_LABELS: Record<TaskStatus, Label> = {
  [TaskStatus.OPEN]: { vi: 'chờ nhận xử lý', en: 'open' },
  [TaskStatus.CLAIMED]: { vi: 'đang xử lý', en: 'claimed' },
  [TaskStatus.DONE]: { vi: 'đã xử lý xong', en: 'done' },
  [TaskStatus.CANCELLED]: { vi: 'đã hủy', en: 'cancelled' },
};

export const TASK_KIND_LABELS: Record<TaskKind, Label> = {
  [TaskKind.REVIEW]: { vi: 'thẩm định hồ sơ', en: 'review' },
  [TaskKind.DECISION]: { vi: 'ra quyết định khen thưởng', en: 'decision' },
};

export const DECISION_LABELS: Record<Decision, Label> = {
  [Decision.APPROVE]: { vi: 'đồng ý', en: 'approve' },
  [Decision.RETURN]: { vi: 'trả lại để bổ sung', en: 'return for revision' },
  [Decision.REJECT]: { vi: 'không chấp thuận', en: 'reject' },
};

export const PERIOD_KIND_LABELS: Record<PeriodKind, Label> = {
  [PeriodKind.ANNUAL]: { vi: 'hằng năm', en: 'annual' },
  [PeriodKind.MIDTERM]: { vi: 'sơ kết', en: 'mid-term review' },
  [PeriodKind.FINAL]: { vi: 'tổng kết', en: 'final review' },
};

export const AWARD_KIND_LABELS: Record<AwardKind, Label> = {
  [AwardKind.FORM]: { vi: 'hình thức khen thưởng', en: 'award form' },
  [AwardKind.TITLE]: { vi: 'danh hiệu thi đua', en: 'emulation title' },
};

export const ROUND_STATUS_LABELS: Record<RoundStatus, Label> = {
  [RoundStatus.SHORTLISTING]: { vi: 'lập danh sách', en: 'shortlisting' },
  [RoundStatus.VOTING]: { vi: 'Hội đồng bỏ phiếu', en: 'voting' },
  [RoundStatus.PUBLIC_NOTICE]: { vi: 'công khai lấy ý kiến', en: 'public notice' },
  [RoundStatus.SIGNING]: { vi: 'chờ ký quyết định', en: 'signing' },
  [RoundStatus.ISSUED]: { vi: 'đã ban hành quyết định', en: 'issued' },
};

export const ROUND_OUTCOME_LABELS: Record<RoundOutcome, Label> = {
  [RoundOutcome.PENDING]: { vi: 'chờ kết quả', en: 'pending' },
  [RoundOutcome.AWARDED]: { vi: 'được khen thưởng', en: 'awarded' },
  [RoundOutcome.NOT_AWARDED]: { vi: 'không được khen thưởng', en: 'not awarded' },
};

export const VOTE_LABELS: Record<Vote, Label> = {
  [Vote.YES]: { vi: 'đồng ý', en: 'yes' },
  [Vote.NO]: { vi: 'không đồng ý', en: 'no' },
  [Vote.ABSTAIN]: { vi: 'không biểu quyết', en: 'abstain' },
};

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, Label> = {
  [ObjectionStatus.OPEN]: { vi: 'chờ xử lý', en: 'open' },
  [ObjectionStatus.UPHELD]: { vi: 'được chấp nhận', en: 'upheld' },
  [ObjectionStatus.DISMISSED]: { vi: 'không được chấp nhận', en: 'dismissed' },
};

export const THRESHOLD_LABELS: Record<ApprovalThreshold, Label> = {
  [ApprovalThreshold.SIMPLE_MAJORITY]: { vi: 'quá nửa tổng số thành viên Hội đồng', en: 'a simple majority' },
  [ApprovalThreshold.NINETY_PERCENT_OF_MEMBERS]: { vi: 'từ 90% tổng số thành viên Hội đồng', en: '90 % of members' },
};

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, Label> = {
  [CampaignStatus.DRAFT]: { vi: 'chưa phát động', en: 'draft' },
  [CampaignStatus.ACTIVE]: { vi: 'đang phát động', en: 'active' },
  [CampaignStatus.CLOSED]: { vi: 'đã kết thúc', en: 'closed' },
};

export const SUCCESSION_LABELS: Record<SuccessionKind, Label> = {
  [SuccessionKind.FULL]: { vi: 'nhập toàn bộ', en: 'full merger' },
  [SuccessionKind.PARTIAL]: { vi: 'nhập một phần', en: 'partial merger' },
};

export const GENDER_LABELS: Record<Gender, Label> = {
  [Gender.FEMALE]: { vi: 'nữ', en: 'female' },
  [Gender.MALE]: { vi: 'nam', en: 'male' },
};

export const DOCUMENT_SLOT_LABELS: Record<DocumentSlot, Label> = {
  [DocumentSlot.SUBMISSION_LETTER]: { vi: 'tờ trình đề nghị khen thưởng', en: 'submission letter' },
  [DocumentSlot.ACHIEVEMENT_REPORT]: { vi: 'báo cáo thành tích', en: 'achievement report' },
  [DocumentSlot.REVIEW_MINUTES]: { vi: 'biên bản họp xét', en: 'review minutes' },
  [DocumentSlot.EVIDENCE]: { vi: 'tài liệu minh chứng', en: 'evidence' },
  [DocumentSlot.INITIATIVE_RECOGNITION]: {
    vi: 'giấy chứng nhận hoặc quyết định công nhận sáng kiến',
    en: "recognition of the nominee's initiative",
  },
  [DocumentSlot.HOUSEHOLD_REPORT]: { vi: 'báo cáo thành tích của hộ gia đình', en: 'household achievement report' },
  [DocumentSlot.ACHIEVEMENT_SUMMARY]: { vi: 'báo cáo tóm tắt thành tích', en: 'achievement summary' },
};

export const TIMEOUT_ACTION_LABELS: Record<TimeoutAction, Label> = {
  [TimeoutAction.AUTO_RETURN]: { vi: 'tự động trả lại', en: 'return automatically' },
  [TimeoutAction.AUTO_FORWARD]: { vi: 'tự động chuyển lên', en: 'forward automatically' },
  [TimeoutAction.ESCALATE]: { vi: 'báo cáo cấp trên', en: 'escalate' },
};

export const ESCALATION_TARGET_LABELS: Record<EscalationTarget, Label> = {
  [EscalationTarget.UNIT_HEAD]: { vi: 'thủ trưởng đơn vị', en: 'the unit head' },
  [EscalationTarget.NEXT_LEVEL]: { vi: 'cấp trên trực tiếp', en: 'the next level up' },
};

/** What the reconciliation found, as a sentence an administrator reads (`pipelineDrift`). */
export const DRIFT_KIND_LABELS: Record<DriftKind, Label> = {
  [DriftKind.WORKFLOW_MISSING]: {
    vi: 'Không tìm thấy quy trình xử lý của hồ sơ.',
    en: 'The nomination has no workflow.',
  },
  [DriftKind.WORKFLOW_CLOSED]: {
    vi: 'Quy trình xử lý đã kết thúc trong khi hồ sơ vẫn đang được xét.',
    en: 'The workflow ended while the nomination is still open.',
  },
  [DriftKind.STATUS_MISMATCH]: {
    vi: 'Trạng thái trong quy trình xử lý khác với trạng thái hồ sơ đã lưu.',
    en: "The workflow's status differs from the stored one.",
  },
  [DriftKind.STAGE_MISMATCH]: {
    vi: 'Bước xét trong quy trình xử lý khác với bước đã lưu.',
    en: 'The workflow stands at another stage than the stored one.',
  },
  [DriftKind.TASK_MISMATCH]: {
    vi: 'Nhiệm vụ đang mở trong quy trình xử lý khác với nhiệm vụ đã lưu.',
    en: 'The open task in the workflow differs from the stored one.',
  },
  [DriftKind.PIPELINE_FAILED]: {
    vi: 'Một bước xử lý bị lỗi; quản trị viên có thể cho chạy lại sau khi khắc phục.',
    en: 'A step failed for good; an administrator may retry it once the cause is fixed.',
  },
  [DriftKind.QUERY_FAILED]: {
    vi: 'Quy trình xử lý không trả lời khi được hỏi trạng thái.',
    en: 'The workflow did not answer when asked for its state.',
  },
};
