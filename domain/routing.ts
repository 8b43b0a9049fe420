import { AdminLevel, Decision, NominationStatus, Role, TaskKind } from './enums';

/** One step of a routing policy: which level and role acts, and how long it has. */
export interface StageDefinition {
  key: string;
  name: string;
  nameVi: string;
  level: AdminLevel;
  role: Role;
  kind: TaskKind;
  deadlineWorkingDays: number;
}

/** Routing is data: a period picks a policy and in-flight nominations keep the one they started with. */
export interface RoutingPolicy {
  code: string;
  name: string;
  /** First day (YYYY-MM-DD) on which the policy applies to newly opened periods. */
  effectiveFrom: string;
  effectiveTo?: string;
  stages: StageDefinition[];
}

const PROVINCE_APPROVAL: StageDefinition = {
  key: 'PROVINCE_APPROVAL',
  name: 'Province approval',
  nameVi: 'Tỉnh phê duyệt',
  level: AdminLevel.PROVINCE,
  role: Role.APPROVER,
  kind: TaskKind.REVIEW,
  deadlineWorkingDays: 10,
};

const COMMENDATION_DECISION: StageDefinition = {
  key: 'COMMENDATION_DECISION',
  name: 'Commendation decision',
  nameVi: 'Quyết định khen thưởng',
  level: AdminLevel.PROVINCE,
  role: Role.APPROVER,
  kind: TaskKind.DECISION,
  deadlineWorkingDays: 10,
};

/** Before 1 July 2025: commune → district → province → decision. */
export const THREE_TIER_POLICY: RoutingPolicy = {
  code: 'THREE_TIER',
  name: 'Commune → district → province (before the 2025 reform)',
  effectiveFrom: '1900-01-01',
  effectiveTo: '2025-06-30',
  stages: [
    {
      key: 'DISTRICT_REVIEW',
      name: 'District review',
      nameVi: 'Huyện xét duyệt',
      level: AdminLevel.DISTRICT,
      role: Role.REVIEWER,
      kind: TaskKind.REVIEW,
      deadlineWorkingDays: 10,
    },
    PROVINCE_APPROVAL,
    COMMENDATION_DECISION,
  ],
};

/** From 1 July 2025 the district tier is gone: the province's Department of Home Affairs appraises. */
export const TWO_TIER_POLICY: RoutingPolicy = {
  code: 'TWO_TIER',
  name: 'Commune → province (after the 2025 reform)',
  effectiveFrom: '2025-07-01',
  stages: [
    {
      key: 'PROVINCE_APPRAISAL',
      name: 'Appraisal by the Department of Home Affairs',
      nameVi: 'Sở Nội vụ thẩm định',
      level: AdminLevel.PROVINCE,
      role: Role.REVIEWER,
      kind: TaskKind.REVIEW,
      deadlineWorkingDays: 10,
    },
    PROVINCE_APPROVAL,
    COMMENDATION_DECISION,
  ],
};

export const ROUTING_POLICIES: readonly RoutingPolicy[] = [THREE_TIER_POLICY, TWO_TIER_POLICY];

export function findPolicy(code: string): RoutingPolicy | undefined {
  return ROUTING_POLICIES.find((p) => p.code === code);
}

/** The policy in force on a day (YYYY-MM-DD). */
export function policyForDate(day: string): RoutingPolicy {
  const policy = ROUTING_POLICIES.find(
    (p) => p.effectiveFrom <= day && (!p.effectiveTo || day <= p.effectiveTo),
  );
  if (!policy) throw new Error(`No routing policy is in force on ${day}`);
  return policy;
}

/** What the pipeline does after a decision on the stage at `stageIndex`. */
export type NextStep =
  | { type: 'ADVANCE'; stageIndex: number; status: NominationStatus }
  | { type: 'AWAIT_REVISION'; status: NominationStatus.RETURNED }
  | { type: 'END'; status: NominationStatus.REJECTED | NominationStatus.COMMENDED };

export function statusAtStage(policy: RoutingPolicy, stageIndex: number): NominationStatus {
  return policy.stages[stageIndex].kind === TaskKind.DECISION
    ? NominationStatus.APPROVED
    : NominationStatus.IN_REVIEW;
}

export function nextStep(policy: RoutingPolicy, stageIndex: number, decision: Decision): NextStep {
  if (decision === Decision.RETURN) return { type: 'AWAIT_REVISION', status: NominationStatus.RETURNED };
  if (decision === Decision.REJECT) return { type: 'END', status: NominationStatus.REJECTED };
  const next = stageIndex + 1;
  if (next >= policy.stages.length) return { type: 'END', status: NominationStatus.COMMENDED };
  return { type: 'ADVANCE', stageIndex: next, status: statusAtStage(policy, next) };
}
