import { Decision, NominationStatus, TaskKind, TimeoutAction } from './enums';

/** What a stage of a kind means for the pipeline: every branch on a stage's kind reads this table. */
export interface StageKindRule {
  /** The nomination's status while a task of this kind is open. */
  statusWhileOpen: NominationStatus;
  /** What `decideTask` may record on the task. */
  decisions: readonly Decision[];
  /** The task is closed by the commendation decision: the chair's `issueCommendation` or the period's signed round. */
  closedByCommendation: boolean;
  /** An approval here takes a place in the unit's quota, so it is checked against the quota and counted. */
  approvalTakesQuota: boolean;
  /** Timeout actions the kind honours when its escalation window passes; any other escalates instead. */
  timeoutActions: readonly TimeoutAction[];
  /** A routing policy ends with a stage of this kind, and only its last stage is one. */
  endsPolicy: boolean;
}

export const STAGE_KINDS: Record<TaskKind, StageKindRule> = {
  [TaskKind.REVIEW]: {
    statusWhileOpen: NominationStatus.IN_REVIEW,
    decisions: [Decision.APPROVE, Decision.RETURN, Decision.REJECT],
    closedByCommendation: false,
    approvalTakesQuota: true,
    timeoutActions: [TimeoutAction.ESCALATE, TimeoutAction.AUTO_RETURN, TimeoutAction.AUTO_FORWARD],
    endsPolicy: false,
  },
  [TaskKind.DECISION]: {
    statusWhileOpen: NominationStatus.APPROVED,
    // Approving a decision task is the commendation itself, with its number and date.
    decisions: [Decision.RETURN, Decision.REJECT],
    closedByCommendation: true,
    approvalTakesQuota: false,
    // Nothing is commended unreviewed: a decision that times out escalates rather than forwards.
    timeoutActions: [TimeoutAction.ESCALATE, TimeoutAction.AUTO_RETURN],
    endsPolicy: true,
  },
};

/** The kinds whose open tasks wait for the commendation decision (the round shortlists them). */
export const KINDS_CLOSED_BY_COMMENDATION: TaskKind[] = Object.values(TaskKind).filter(
  (k) => STAGE_KINDS[k].closedByCommendation,
);

/** The kinds whose approvals count against a quota. */
export const KINDS_TAKING_QUOTA: TaskKind[] = Object.values(TaskKind).filter((k) => STAGE_KINDS[k].approvalTakesQuota);

/** The action a stage's timeout applies: its configured one when the kind honours it, else escalation. */
export function timeoutActionOf(stage: { kind: TaskKind; timeoutAction: TimeoutAction }): TimeoutAction {
  return STAGE_KINDS[stage.kind].timeoutActions.includes(stage.timeoutAction)
    ? stage.timeoutAction
    : TimeoutAction.ESCALATE;
}
