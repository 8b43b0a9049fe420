/** Shared vocabularies of the pipeline; the string values are also the GraphQL enum values. */

export enum Role {
  SUBMITTER = 'SUBMITTER',
  REVIEWER = 'REVIEWER',
  APPROVER = 'APPROVER',
  ADMIN = 'ADMIN',
  OBSERVER = 'OBSERVER',
}

export enum AdminLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
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
];
