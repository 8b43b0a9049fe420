import { ERROR_MESSAGES, type Messages } from './messages/defaults.messages';

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
  /** The claim would change nothing: the viewer holds the task already (answered as success by the API). */
  TASK_ALREADY_CLAIMED = 'TASK_ALREADY_CLAIMED',
  STALE_ROUND = 'STALE_ROUND',
  REASON_REQUIRED = 'REASON_REQUIRED',
  NOMINEE_KIND_NOT_ALLOWED = 'NOMINEE_KIND_NOT_ALLOWED',
  UNIT_LEVEL_MISMATCH = 'UNIT_LEVEL_MISMATCH',
  WORKFLOW_UNAVAILABLE = 'WORKFLOW_UNAVAILABLE',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  STATEMENT_TIMEOUT = 'STATEMENT_TIMEOUT',
  DUPLICATE = 'DUPLICATE',
  INVALID_DATE_RANGE = 'INVALID_DATE_RANGE',
  PERIOD_WINDOW_OVERLAP = 'PERIOD_WINDOW_OVERLAP',
  STAGE_LEVEL_UNAVAILABLE = 'STAGE_LEVEL_UNAVAILABLE',
  QUOTA_NEGATIVE = 'QUOTA_NEGATIVE',
  QUOTA_EXCEEDED = 'QUOTA_EXCEEDED',
  /** A quota with no scope, or more than one (issue 10). */
  QUOTA_SCOPE_INVALID = 'QUOTA_SCOPE_INVALID',
  AWARD_LEVEL_MISMATCH = 'AWARD_LEVEL_MISMATCH',
  /** Authority by date (issue 10): nobody the unit reaches grants the award on that day. */
  AWARD_NOT_GRANTABLE = 'AWARD_NOT_GRANTABLE',
  /** The unit is not in the list of units in force on that day (dissolved or not yet formed). */
  UNIT_NOT_IN_FORCE = 'UNIT_NOT_IN_FORCE',
  AWARD_PREREQUISITE_MISSING = 'AWARD_PREREQUISITE_MISSING',
  CAMPAIGN_NOT_ACTIVE = 'CAMPAIGN_NOT_ACTIVE',
  NOMINATION_SUSPENDED = 'NOMINATION_SUSPENDED',
  DOSSIER_INCOMPLETE = 'DOSSIER_INCOMPLETE',
  DOCUMENT_FROZEN = 'DOCUMENT_FROZEN',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  FILE_TYPE_NOT_ALLOWED = 'FILE_TYPE_NOT_ALLOWED',
  UPLOAD_EXPIRED = 'UPLOAD_EXPIRED',
  ROLE_ABOVE_OWN = 'ROLE_ABOVE_OWN',
  SUBMISSION_WINDOW_CLOSED = 'SUBMISSION_WINDOW_CLOSED',
  /** Powers kept where they belong (issue 9). */
  NATIONAL_ADMIN_REQUIRED = 'NATIONAL_ADMIN_REQUIRED',
  OUTSIDE_OWN_PROVINCE = 'OUTSIDE_OWN_PROVINCE',
  AWARD_CHANGES_ROUTING = 'AWARD_CHANGES_ROUTING',
  DELEGATION_CHAINED = 'DELEGATION_CHAINED',
  DEPUTY_OUTSIDE_UNIT = 'DEPUTY_OUTSIDE_UNIT',
  DEPUTY_CANNOT_GRANT = 'DEPUTY_CANNOT_GRANT',
  DEPUTY_CANNOT_MANAGE_DELEGATOR = 'DEPUTY_CANNOT_MANAGE_DELEGATOR',
  SELF_GRANT_FORBIDDEN = 'SELF_GRANT_FORBIDDEN',
  RESUME_BELOW_SUSPENDER = 'RESUME_BELOW_SUSPENDER',
  ACTOR_NOT_AUTHORIZED = 'ACTOR_NOT_AUTHORIZED',
  /** Bounded queries and rate limits (issue 9). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
  RATE_LIMITED = 'RATE_LIMITED',
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  SOCKET_SUBSCRIPTIONS_ONLY = 'SOCKET_SUBSCRIPTIONS_ONLY',
  /** Drift and failures visible (issue 9). */
  PIPELINE_HALTED = 'PIPELINE_HALTED',
  /** The decision register (issue 10). */
  DECISION_NUMBER_TAKEN = 'DECISION_NUMBER_TAKEN',
  /** The nominee registry (issue 11): a prerequisite of the award is not met. */
  ELIGIBILITY_NOT_MET = 'ELIGIBILITY_NOT_MET',
  /** One achievement, one award: the nominee is in another open nomination of the period and movement. */
  NOMINEE_ALREADY_PROPOSED = 'NOMINEE_ALREADY_PROPOSED',
  /** One achievement, one award: the registry holds an award for this achievement already. */
  AWARD_ALREADY_RECEIVED = 'AWARD_ALREADY_RECEIVED',
  /** A CCCD given for a second nominee record. */
  IDENTITY_NUMBER_TAKEN = 'IDENTITY_NUMBER_TAKEN',
  /** The award was revoked already. */
  AWARD_REVOKED = 'AWARD_REVOKED',
  /** A reviewing level forwards only with its own submission letter and minutes (issue 11). */
  LEVEL_DOCUMENTS_MISSING = 'LEVEL_DOCUMENTS_MISSING',
  /** A certificate form's field lies off the sheet or has an unreadable font size (issue 12). */
  CERTIFICATE_LAYOUT_INVALID = 'CERTIFICATE_LAYOUT_INVALID',
  /** Poverty counts that contradict each other: poor + near-poor above the households, … (issue 12). */
  POVERTY_COUNTS_INCONSISTENT = 'POVERTY_COUNTS_INCONSISTENT',
}

export { ERROR_MESSAGES };

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
  /** `others` carries further refusals found in the same input (e.g. every bad stage of a policy). */
  constructor(
    readonly error: UserErrorData,
    readonly others: UserErrorData[] = [],
  ) {
    super(error.message);
    this.name = 'DomainError';
  }

  static all(errors: UserErrorData[]): DomainError {
    return new DomainError(errors[0], errors.slice(1));
  }

  get code(): ErrorCode {
    return this.error.code;
  }

  static of(code: ErrorCode, field?: string, detail?: Partial<Messages>): DomainError {
    return new DomainError(userError(code, field, detail));
  }
}
