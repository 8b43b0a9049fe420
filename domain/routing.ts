import {
  AdminLevel,
  AwardLevel,
  Decision,
  EscalationTarget,
  isLevelAbove,
  NominationStatus,
  Role,
  TaskKind,
  TimeoutAction,
} from './enums';
import { STAGE_KINDS } from './stage-kinds';

/** One step of a routing policy: which level and role acts, how long it has, and what happens after. */
export interface StageDefinition {
  key: string;
  name: string;
  nameVi: string;
  level: AdminLevel;
  role: Role;
  kind: TaskKind;
  deadlineWorkingDays: number;
  /** Working days before the deadline at which the assignee is reminded, e.g. [3, 1]. */
  reminderOffsets: number[];
  escalationTarget: EscalationTarget;
  /** Working days the escalation target has before the timeout action. */
  escalationWorkingDays: number;
  timeoutAction: TimeoutAction;
  /**
   * The stage runs at the nominating unit itself (an agency's council and head), not at the unit of
   * `level` above it; `level` is then only the agency's usual level.
   */
  atNominatingUnit?: boolean;
}

/**
 * The deadline settings most stages use; a policy may set each stage differently. Stage deadlines
 * follow the administrative-procedure cards (DOMAIN-RULES "Dossier"): Giấy khen of the commune chair
 * 10 working days in all, Bằng khen of the province chair about 25 from a complete dossier.
 */
const USUAL_TIMING = {
  deadlineWorkingDays: 10,
  reminderOffsets: [3, 1],
  escalationTarget: EscalationTarget.UNIT_HEAD,
  escalationWorkingDays: 5,
  timeoutAction: TimeoutAction.ESCALATE,
};

/** Routing is data: a period picks a policy and in-flight nominations keep the one they started with. */
export interface RoutingPolicy {
  code: string;
  name: string;
  /** First day (YYYY-MM-DD) on which a nomination submitted follows it (the authority of that day). */
  effectiveFrom: string;
  effectiveTo?: string;
  stages: StageDefinition[];
  /** Working days a commune has to resubmit a returned nomination before it expires (10 by default). */
  revisionWorkingDays?: number;
}

const PROVINCE_APPROVAL: StageDefinition = {
  key: 'PROVINCE_APPROVAL',
  name: 'Province approval',
  nameVi: 'Tỉnh phê duyệt',
  level: AdminLevel.PROVINCE,
  role: Role.APPROVER,
  kind: TaskKind.REVIEW,
  ...USUAL_TIMING,
};

const COMMENDATION_DECISION: StageDefinition = {
  key: 'COMMENDATION_DECISION',
  name: 'Commendation decision',
  nameVi: 'Quyết định khen thưởng',
  level: AdminLevel.PROVINCE,
  role: Role.APPROVER,
  kind: TaskKind.DECISION,
  ...USUAL_TIMING,
  deadlineWorkingDays: 5,
};

/** A decision stage of 5 working days after a review of 5: the 10 days of a Giấy khen's procedure card. */
const SHORT = { deadlineWorkingDays: 5 };

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
      ...USUAL_TIMING,
    },
    // The province appraises and approves in one stage here: 20 + 5 working days from a complete dossier.
    { ...PROVINCE_APPROVAL, deadlineWorkingDays: 20 },
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
      ...USUAL_TIMING,
    },
    PROVINCE_APPROVAL,
    COMMENDATION_DECISION,
  ],
};

/** Giấy khen of the district chair, before the reform: commune → district review → district decision. */
export const DISTRICT_DECISION_POLICY: RoutingPolicy = {
  code: 'DISTRICT_DECISION',
  name: 'Commune → district decision (before the 2025 reform)',
  effectiveFrom: '1900-01-01',
  effectiveTo: '2025-06-30',
  stages: [
    { ...THREE_TIER_POLICY.stages[0] },
    {
      key: 'DISTRICT_DECISION',
      name: 'District commendation decision',
      nameVi: 'Chủ tịch UBND huyện quyết định',
      level: AdminLevel.DISTRICT,
      role: Role.APPROVER,
      kind: TaskKind.DECISION,
      ...USUAL_TIMING,
      ...SHORT,
    },
  ],
};

/**
 * The commune chair's own awards (Giấy khen, Lao động tiên tiến, Gia đình văn hóa; after the reform
 * also the district's former titles), before and after the reform (Law 06/2022 art. 80): the
 * commune's council reviews, its chair decides.
 */
export const COMMUNE_DECISION_POLICY: RoutingPolicy = {
  code: 'COMMUNE_DECISION',
  name: 'Commune council → commune decision',
  effectiveFrom: '1900-01-01',
  stages: [
    {
      key: 'COMMUNE_COUNCIL_REVIEW',
      name: 'Commune emulation council review',
      nameVi: 'Hội đồng TĐKT xã xét',
      level: AdminLevel.COMMUNE,
      role: Role.REVIEWER,
      kind: TaskKind.REVIEW,
      ...USUAL_TIMING,
      ...SHORT,
    },
    {
      key: 'COMMUNE_DECISION',
      name: 'Commune commendation decision',
      nameVi: 'Chủ tịch UBND xã quyết định',
      level: AdminLevel.COMMUNE,
      role: Role.APPROVER,
      kind: TaskKind.DECISION,
      ...USUAL_TIMING,
      ...SHORT,
    },
  ],
};

/** An agency head's own awards (LĐTT, TTLĐTT, CSTĐ cơ sở, Giấy khen): its council reviews, its head decides. */
export const AGENCY_DECISION_POLICY: RoutingPolicy = {
  code: 'AGENCY_DECISION',
  name: 'Agency council → agency head decision',
  effectiveFrom: '1900-01-01',
  stages: [
    {
      key: 'AGENCY_COUNCIL_REVIEW',
      name: 'Agency emulation council review',
      nameVi: 'Hội đồng TĐKT cơ quan xét',
      level: AdminLevel.PROVINCE,
      role: Role.REVIEWER,
      kind: TaskKind.REVIEW,
      ...USUAL_TIMING,
      ...SHORT,
      atNominatingUnit: true,
    },
    {
      key: 'AGENCY_DECISION',
      name: "Agency head's commendation decision",
      nameVi: 'Thủ trưởng cơ quan quyết định',
      level: AdminLevel.PROVINCE,
      role: Role.APPROVER,
      kind: TaskKind.DECISION,
      ...USUAL_TIMING,
      ...SHORT,
      atNominatingUnit: true,
    },
  ],
};

/** The policies every installation has; administrators may add their own. */
export const BUILT_IN_POLICIES: readonly RoutingPolicy[] = [
  THREE_TIER_POLICY,
  TWO_TIER_POLICY,
  DISTRICT_DECISION_POLICY,
  COMMUNE_DECISION_POLICY,
  AGENCY_DECISION_POLICY,
];

export function isInForce(policy: { effectiveFrom: string; effectiveTo?: string | null }, day: string): boolean {
  return policy.effectiveFrom <= day && (!policy.effectiveTo || day <= policy.effectiveTo);
}

/** The policies in force on a day (YYYY-MM-DD), at most one per granting level. */
export function policiesForDate(day: string, policies: readonly RoutingPolicy[] = BUILT_IN_POLICIES): RoutingPolicy[] {
  return policies.filter((p) => isInForce(p, day));
}

/** The level of the last stage: where the pipeline ends and the award is granted. */
export function finalLevel(policy: Pick<RoutingPolicy, 'stages'>): AdminLevel {
  return policy.stages[policy.stages.length - 1].level;
}

/** Who grants at the end of the policy: the chair of its last level, or the nominating agency's head. */
export function grantingLevelOf(policy: Pick<RoutingPolicy, 'stages'>): AwardLevel {
  const last = policy.stages[policy.stages.length - 1];
  return last.atNominatingUnit ? AwardLevel.AGENCY : (last.level as unknown as AwardLevel);
}

/** Routing starts from the nominating unit's level: stages below it (a district review of a Sở) are skipped. */
export function stagesFrom(stages: readonly StageDefinition[], nominatorLevel: AdminLevel): StageDefinition[] {
  return stages.filter((s) => s.atNominatingUnit || !isLevelAbove(nominatorLevel, s.level));
}

/** What the pipeline does after a decision on the stage at `stageIndex`. */
export type NextStep =
  | { type: 'ADVANCE'; stageIndex: number; status: NominationStatus }
  | { type: 'AWAIT_REVISION'; status: NominationStatus.RETURNED }
  | { type: 'END'; status: NominationStatus.REJECTED | NominationStatus.COMMENDED };

/** The nomination's status while the stage's task is open. */
export function statusAtStage(policy: RoutingPolicy, stageIndex: number): NominationStatus {
  return STAGE_KINDS[policy.stages[stageIndex].kind].statusWhileOpen;
}

export function nextStep(policy: RoutingPolicy, stageIndex: number, decision: Decision): NextStep {
  if (decision === Decision.RETURN) return { type: 'AWAIT_REVISION', status: NominationStatus.RETURNED };
  if (decision === Decision.REJECT) return { type: 'END', status: NominationStatus.REJECTED };
  const next = stageIndex + 1;
  if (next >= policy.stages.length) return { type: 'END', status: NominationStatus.COMMENDED };
  return { type: 'ADVANCE', stageIndex: next, status: statusAtStage(policy, next) };
}
