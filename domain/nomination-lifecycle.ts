import { NominationStatus as S, Role } from './enums';
import { DomainError, ErrorCode, userError, type UserErrorData } from './error-codes';
import { lifecycleMessages } from './messages/lifecycle.messages';
import { userErrorOf } from './messages/message';

/** Every action on a nomination: the API's mutations and the pipeline workflow's updates. */
export type NominationAction =
  | 'EDIT'
  | 'SUBMIT'
  | 'RESUBMIT'
  | 'WITHDRAW'
  | 'SUSPEND'
  | 'RESUME'
  | 'CLAIM'
  | 'DECIDE'
  | 'COMMEND'
  | 'CONCLUDE'
  | 'EXTEND'
  | 'RETRY_PIPELINE';

/**
 * Who takes an action: roles held over the nomination's unit; `STAGE` is the role of the open
 * task's stage (or whoever the task was escalated to); `ROUND` is the period's commendation round.
 */
export type ActingRoles = readonly Role[] | 'STAGE' | 'ROUND';

/**
 * What an action leads to: a status, or `STAGE` (the status of the stage it is at, see
 * STAGE_KINDS), `DECISION` (by the decision and the routing policy, see nextStep), `BEFORE`
 * (the status it had before it was suspended), `AWARD` (commended or not awarded), `SAME`.
 */
export type LeadsTo = S | 'STAGE' | 'DECISION' | 'BEFORE' | 'AWARD' | 'SAME';

export interface LifecycleRule {
  /** The statuses in which the action is allowed. */
  from: readonly S[];
  by: ActingRoles;
  leadsTo: LeadsTo;
  /** A refusal more telling than INVALID_STATE for some statuses. */
  refusedAs?: Partial<Record<S, ErrorCode>>;
}

const LIVE = [S.IN_REVIEW, S.RETURNED, S.APPROVED] as const;
/** A task is open (in review or at the decision stage); suspension holds it without closing it. */
const AT_TASK = [S.IN_REVIEW, S.APPROVED] as const;
const SUBMITTED = Object.values(S).filter((s) => s !== S.DRAFT && s !== S.WITHDRAWN);
/** Task actions say why they are refused: no level may forward a held nomination; a returned one's task is closed. */
const HELD = {
  [S.SUSPENDED]: ErrorCode.NOMINATION_SUSPENDED,
  [S.RETURNED]: ErrorCode.TASK_CLOSED,
  [S.PIPELINE_FAILED]: ErrorCode.PIPELINE_HALTED,
};

/** The one lifecycle table: which action is allowed in which status, by whom, and what it leads to. */
export const LIFECYCLE: Record<NominationAction, LifecycleRule> = {
  EDIT: { from: [S.DRAFT, S.RETURNED], by: [Role.SUBMITTER], leadsTo: 'SAME' },
  SUBMIT: {
    from: [S.DRAFT],
    by: [Role.SUBMITTER],
    leadsTo: 'STAGE',
    // A withdrawn nomination was perhaps never submitted: "already submitted" would mislead.
    refusedAs: Object.fromEntries(SUBMITTED.map((s) => [s, ErrorCode.ALREADY_SUBMITTED])),
  },
  RESUBMIT: { from: [S.RETURNED], by: [Role.SUBMITTER], leadsTo: 'STAGE' },
  WITHDRAW: { from: [S.DRAFT, ...LIVE, S.SUSPENDED, S.PIPELINE_FAILED], by: [Role.SUBMITTER], leadsTo: S.WITHDRAWN },
  SUSPEND: { from: LIVE, by: [Role.ADMIN, Role.APPROVER, Role.REVIEWER], leadsTo: S.SUSPENDED },
  RESUME: { from: [S.SUSPENDED], by: [Role.ADMIN, Role.APPROVER, Role.REVIEWER], leadsTo: 'BEFORE' },
  CLAIM: { from: AT_TASK, by: 'STAGE', leadsTo: 'SAME', refusedAs: HELD },
  DECIDE: { from: AT_TASK, by: 'STAGE', leadsTo: 'DECISION', refusedAs: HELD },
  COMMEND: { from: [S.APPROVED], by: 'STAGE', leadsTo: S.COMMENDED, refusedAs: HELD },
  CONCLUDE: { from: [S.APPROVED], by: 'ROUND', leadsTo: 'AWARD', refusedAs: HELD },
  // An administrator may move a deadline while the nomination is held: its clock is stopped anyway.
  EXTEND: {
    from: [...AT_TASK, S.SUSPENDED],
    by: [Role.ADMIN],
    leadsTo: 'SAME',
    refusedAs: { [S.RETURNED]: ErrorCode.TASK_CLOSED },
  },
  // The step whose activity failed for good runs again; the nomination goes back to where it was.
  RETRY_PIPELINE: { from: [S.PIPELINE_FAILED], by: [Role.ADMIN], leadsTo: 'BEFORE' },
};

export function canPerform(status: S, action: NominationAction): boolean {
  return LIFECYCLE[action].from.includes(status);
}

/** Why the status does not allow the action, naming both in each language; null when it does. */
export function lifecycleRefusal(status: S, action: NominationAction): UserErrorData | null {
  if (canPerform(status, action)) return null;
  const code = LIFECYCLE[action].refusedAs?.[status];
  return code ? userError(code) : userErrorOf(lifecycleMessages.notAllowed, { status, action });
}

/** The API's pre-check: refuses an action the nomination's status does not allow. */
export function assertCanPerform(status: S, action: NominationAction): void {
  const refusal = lifecycleRefusal(status, action);
  if (refusal) throw new DomainError(refusal);
}
