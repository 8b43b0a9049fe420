/** Shared vocabularies of the pipeline; the string values are also the GraphQL enum values. */

export enum Role {
  SUBMITTER = 'SUBMITTER',
  REVIEWER = 'REVIEWER',
  APPROVER = 'APPROVER',
  ADMIN = 'ADMIN',
  OBSERVER = 'OBSERVER',
  /** A member of the emulation and commendation council (Hội đồng thi đua khen thưởng) who votes. */
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
}

export enum AdminLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

/**
 * What a unit of the tree is. Administrative units come from the official lists; the others are
 * nominating organisations attached to one of them, whose level they take (DOMAIN-RULES "Who nominates").
 */
export enum UnitKind {
  ADMINISTRATIVE = 'ADMINISTRATIVE',
  /** Sở, ban, ngành; district agencies before the reform. */
  AGENCY = 'AGENCY',
  /** Mặt trận Tổ quốc, mass organisations, associations. */
  ORGANISATION = 'ORGANISATION',
  /** Enterprises and cooperatives. */
  ENTERPRISE = 'ENTERPRISE',
  /** Cụm, khối thi đua. */
  EMULATION_CLUSTER = 'EMULATION_CLUSTER',
}

export enum NomineeKind {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
  HOUSEHOLD = 'HOUSEHOLD',
}

export enum NominationStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  RETURNED = 'RETURNED',
  /** Every review stage approved; waiting for the commendation decision. */
  APPROVED = 'APPROVED',
  /** Held while discipline or a complaint is verified; no level may forward it. */
  SUSPENDED = 'SUSPENDED',
  COMMENDED = 'COMMENDED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  /** Returned for revision and not resubmitted before the commune's revision deadline. */
  EXPIRED = 'EXPIRED',
  /** Went through the commendation round without being awarded. */
  NOT_AWARDED = 'NOT_AWARDED',
  /** A step of its pipeline failed for good (retries spent or refused): held until an administrator retries it. */
  PIPELINE_FAILED = 'PIPELINE_FAILED',
}

/** How a nomination's database state and its pipeline workflow disagree (the reconciliation's findings). */
export enum DriftKind {
  /** No workflow was ever started, or it is gone. */
  WORKFLOW_MISSING = 'WORKFLOW_MISSING',
  /** The workflow ended (completed, failed, terminated, timed out) while the nomination is open. */
  WORKFLOW_CLOSED = 'WORKFLOW_CLOSED',
  /** The workflow's status is not the database's. */
  STATUS_MISMATCH = 'STATUS_MISMATCH',
  /** The workflow stands at another stage than the database. */
  STAGE_MISMATCH = 'STAGE_MISMATCH',
  /** The workflow's open task is not the one open in the database. */
  TASK_MISMATCH = 'TASK_MISMATCH',
  /** A step failed for good: the nomination waits for an administrator's retry. */
  PIPELINE_FAILED = 'PIPELINE_FAILED',
  /** The workflow runs but does not answer its state query. */
  QUERY_FAILED = 'QUERY_FAILED',
}

export enum TaskStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum TaskKind {
  REVIEW = 'REVIEW',
  DECISION = 'DECISION',
}

export enum Decision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  REJECT = 'REJECT',
}

export enum PeriodKind {
  ANNUAL = 'ANNUAL',
  MIDTERM = 'MIDTERM',
  FINAL = 'FINAL',
}

export enum AuditAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SUBMITTED = 'SUBMITTED',
  TASK_OPENED = 'TASK_OPENED',
  TASK_CLAIMED = 'TASK_CLAIMED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
  RESUBMITTED = 'RESUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  COMMENDED = 'COMMENDED',
  SUSPENDED = 'SUSPENDED',
  RESUMED = 'RESUMED',
  UNIT_REHOMED = 'UNIT_REHOMED',
  DOCUMENT_UPLOADED = 'DOCUMENT_UPLOADED',
  CAMPAIGN_CHANGED = 'CAMPAIGN_CHANGED',
  USER_CHANGED = 'USER_CHANGED',
  ROLE_GRANTED = 'ROLE_GRANTED',
  ROLE_REVOKED = 'ROLE_REVOKED',
  ROLE_DELEGATED = 'ROLE_DELEGATED',
  REMINDER_SENT = 'REMINDER_SENT',
  TASK_ESCALATED = 'TASK_ESCALATED',
  DEADLINE_EXTENDED = 'DEADLINE_EXTENDED',
  AUTO_RETURNED = 'AUTO_RETURNED',
  AUTO_FORWARDED = 'AUTO_FORWARDED',
  EXPIRED = 'EXPIRED',
  NOT_AWARDED = 'NOT_AWARDED',
  ROUND_CHANGED = 'ROUND_CHANGED',
  VOTE_CAST = 'VOTE_CAST',
  OBJECTION_FILED = 'OBJECTION_FILED',
  OBJECTION_RESOLVED = 'OBJECTION_RESOLVED',
  PIPELINE_FAILED = 'PIPELINE_FAILED',
  PIPELINE_RETRIED = 'PIPELINE_RETRIED',
  AWARD_REVOKED = 'AWARD_REVOKED',
  RECOVERY_RECORDED = 'RECOVERY_RECORDED',
  /** Rows of a register kept before the platform entered in the award registry. */
  REGISTRY_IMPORTED = 'REGISTRY_IMPORTED',
  /** A unit's poverty count entered, corrected or imported (before and after kept). */
  POVERTY_COUNT_RECORDED = 'POVERTY_COUNT_RECORDED',
}

export enum NotificationKind {
  TASK_ASSIGNED = 'TASK_ASSIGNED',
  REMINDER = 'REMINDER',
  ESCALATION = 'ESCALATION',
  DEADLINE_EXTENDED = 'DEADLINE_EXTENDED',
  RETURNED = 'RETURNED',
  DECISION = 'DECISION',
  WINDOW = 'WINDOW',
  VOTE_REQUESTED = 'VOTE_REQUESTED',
  OBJECTION = 'OBJECTION',
  PIPELINE_FAILED = 'PIPELINE_FAILED',
  /** A document asked for (an export) is ready to download. */
  FILE_READY = 'FILE_READY',
}

export enum ApprovalThreshold {
  /** More than half of all council members vote yes. */
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  /** At least 90 % of all council members vote yes (e.g. the Chiến sĩ thi đua titles). */
  NINETY_PERCENT_OF_MEMBERS = 'NINETY_PERCENT_OF_MEMBERS',
}

export enum RoundStatus {
  SHORTLISTING = 'SHORTLISTING',
  VOTING = 'VOTING',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  SIGNING = 'SIGNING',
  ISSUED = 'ISSUED',
}

export enum RoundOutcome {
  PENDING = 'PENDING',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
}

export enum Vote {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}

export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}

export enum SuccessionKind {
  /** The whole old unit went into the successor. */
  FULL = 'FULL',
  /** Part of the old unit went into this successor, the rest elsewhere. */
  PARTIAL = 'PARTIAL',
}

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

/** Who grants an award: the national level exists for awards even though no unit of ours sits there. */
export enum AwardLevel {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  /** The head of the nominating agency itself (thủ trưởng cơ quan, đơn vị có tư cách pháp nhân). */
  AGENCY = 'AGENCY',
}

export enum AwardKind {
  /** Hình thức khen thưởng: Giấy khen, Bằng khen… */
  FORM = 'FORM',
  /** Danh hiệu thi đua: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Cờ thi đua… */
  TITLE = 'TITLE',
}

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

export enum DocumentSlot {
  /** Tờ trình đề nghị khen thưởng. */
  SUBMISSION_LETTER = 'SUBMISSION_LETTER',
  /** Báo cáo thành tích. */
  ACHIEVEMENT_REPORT = 'ACHIEVEMENT_REPORT',
  /** Biên bản họp xét của Hội đồng. */
  REVIEW_MINUTES = 'REVIEW_MINUTES',
  /** Minh chứng. */
  EVIDENCE = 'EVIDENCE',
  /** Giấy chứng nhận / quyết định công nhận sáng kiến (Chiến sĩ thi đua cơ sở). */
  INITIATIVE_RECOGNITION = 'INITIATIVE_RECOGNITION',
  /** Báo cáo thành tích theo mẫu dành cho hộ gia đình. */
  HOUSEHOLD_REPORT = 'HOUSEHOLD_REPORT',
  /** Báo cáo tóm tắt thành tích (thủ tục đơn giản). */
  ACHIEVEMENT_SUMMARY = 'ACHIEVEMENT_SUMMARY',
}

/** What happens when a stage's escalation window also runs out. */
export enum TimeoutAction {
  AUTO_RETURN = 'AUTO_RETURN',
  AUTO_FORWARD = 'AUTO_FORWARD',
  ESCALATE = 'ESCALATE',
}

export enum EscalationTarget {
  /** The head of the same unit (the holder of the stage's role there, or an ADMIN). */
  UNIT_HEAD = 'UNIT_HEAD',
  /** The same role one level up. */
  NEXT_LEVEL = 'NEXT_LEVEL',
}

export const LEVEL_DEPTH: Record<AdminLevel, number> = {
  [AdminLevel.PROVINCE]: 0,
  [AdminLevel.DISTRICT]: 1,
  [AdminLevel.COMMUNE]: 2,
};

/** True when `a` is a higher administrative level than `b` (province is the highest). */
export function isLevelAbove(a: AdminLevel, b: AdminLevel): boolean {
  return LEVEL_DEPTH[a] < LEVEL_DEPTH[b];
}

export const FINAL_STATUSES: readonly NominationStatus[] = [
  NominationStatus.COMMENDED,
  NominationStatus.REJECTED,
  NominationStatus.WITHDRAWN,
  NominationStatus.EXPIRED,
  NominationStatus.NOT_AWARDED,
];

// The nominee registry's vocabularies (issue 11).
export * from './registry-enums';
