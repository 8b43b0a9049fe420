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
}

const LEVEL_DEPTH: Record<AdminLevel, number> = {
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
