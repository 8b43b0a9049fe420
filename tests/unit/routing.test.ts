import { AdminLevel, AwardLevel, Decision, NominationStatus, Role, TaskKind } from '../../domain/enums';
import {
  nextStep,
  AGENCY_DECISION_POLICY,
  COMMUNE_DECISION_POLICY,
  grantingLevelOf,
  policiesForDate,
  stagesFrom,
  statusAtStage,
  THREE_TIER_POLICY,
  TWO_TIER_POLICY,
  type RoutingPolicy,
} from '../../domain/routing';
import { VI_NGUOI_NGHEO_TEMPLATE } from '../../server/campaign-templates/vi-nguoi-ngheo.template';

const POLICIES: Record<string, RoutingPolicy> = { THREE_TIER: THREE_TIER_POLICY, TWO_TIER: TWO_TIER_POLICY };

describe('policiesForDate: the 1 July 2025 reform', () => {
  it.each([
    // The commune chair's and an agency head's own decisions hold on both sides of the reform.
    ['2021-01-01', ['THREE_TIER', 'DISTRICT_DECISION', 'COMMUNE_DECISION', 'AGENCY_DECISION']],
    ['2025-06-30', ['THREE_TIER', 'DISTRICT_DECISION', 'COMMUNE_DECISION', 'AGENCY_DECISION']],
    ['2025-07-01', ['TWO_TIER', 'COMMUNE_DECISION', 'AGENCY_DECISION']],
    ['2025-12-31', ['TWO_TIER', 'COMMUNE_DECISION', 'AGENCY_DECISION']],
    ['2030-01-01', ['TWO_TIER', 'COMMUNE_DECISION', 'AGENCY_DECISION']],
  ])('on %s the built-in policies in force are %j', (day, codes) => {
    expect(policiesForDate(day).map((p) => p.code)).toEqual(codes);
  });

  it.each(VI_NGUOI_NGHEO_TEMPLATE.periods.map((p) => [p.name, p.startsOn, p.startsOn < '2025-07-01']))(
    'template period %s (from %s): pipelines end at the province, the commune, an agency, and the district before the reform (%s)',
    (_name, startsOn, beforeReform) => {
      const ends = policiesForDate(startsOn).map((p) => grantingLevelOf(p)).sort();
      const expected = [AwardLevel.PROVINCE, AwardLevel.COMMUNE, AwardLevel.AGENCY, ...(beforeReform ? [AwardLevel.DISTRICT] : [])];
      expect(ends).toEqual(expected.sort());
    },
  );
});

describe('routing starts from the nominating unit', () => {
  it.each([
    [AdminLevel.COMMUNE, ['DISTRICT_REVIEW', 'PROVINCE_APPROVAL', 'COMMENDATION_DECISION']],
    [AdminLevel.DISTRICT, ['DISTRICT_REVIEW', 'PROVINCE_APPROVAL', 'COMMENDATION_DECISION']],
    // A Sở sits at the province: the district review is not its way up.
    [AdminLevel.PROVINCE, ['PROVINCE_APPROVAL', 'COMMENDATION_DECISION']],
  ])('three tiers from a unit at %s: %j', (level, keys) => {
    expect(stagesFrom(THREE_TIER_POLICY.stages, level).map((s) => s.key)).toEqual(keys);
  });

  it("an agency's own decision stays at the agency whatever its level", () => {
    expect(stagesFrom(AGENCY_DECISION_POLICY.stages, AdminLevel.PROVINCE).map((s) => s.key)).toEqual(['AGENCY_COUNCIL_REVIEW', 'AGENCY_DECISION']);
    expect(grantingLevelOf(AGENCY_DECISION_POLICY)).toBe(AwardLevel.AGENCY);
    expect(grantingLevelOf(COMMUNE_DECISION_POLICY)).toBe(AwardLevel.COMMUNE);
  });

  it('stage deadlines follow the procedure cards: Giấy khen of the commune chair 10 working days, Bằng khen of the province about 25 at the province', () => {
    const total = (stages: readonly { deadlineWorkingDays: number; level: AdminLevel }[]) => stages.reduce((n, s) => n + s.deadlineWorkingDays, 0);
    expect(total(COMMUNE_DECISION_POLICY.stages)).toBe(10);
    expect(total(TWO_TIER_POLICY.stages)).toBe(25);
    expect(total(THREE_TIER_POLICY.stages.filter((s) => s.level === AdminLevel.PROVINCE))).toBe(25);
  });
});

describe('stage lists', () => {
  const shape = (policy: RoutingPolicy) => policy.stages.map((s) => [s.key, s.level, s.role, s.kind]);

  it('three tiers: commune → district review → province approval → decision', () => {
    expect(shape(THREE_TIER_POLICY)).toEqual([
      ['DISTRICT_REVIEW', AdminLevel.DISTRICT, Role.REVIEWER, TaskKind.REVIEW],
      ['PROVINCE_APPROVAL', AdminLevel.PROVINCE, Role.APPROVER, TaskKind.REVIEW],
      ['COMMENDATION_DECISION', AdminLevel.PROVINCE, Role.APPROVER, TaskKind.DECISION],
    ]);
  });

  it('two tiers: no district stage; the Department of Home Affairs appraises at the province', () => {
    expect(shape(TWO_TIER_POLICY)).toEqual([
      ['PROVINCE_APPRAISAL', AdminLevel.PROVINCE, Role.REVIEWER, TaskKind.REVIEW],
      ['PROVINCE_APPROVAL', AdminLevel.PROVINCE, Role.APPROVER, TaskKind.REVIEW],
      ['COMMENDATION_DECISION', AdminLevel.PROVINCE, Role.APPROVER, TaskKind.DECISION],
    ]);
    expect(TWO_TIER_POLICY.stages.some((s) => s.level === AdminLevel.DISTRICT)).toBe(false);
  });

  it.each(Object.entries(POLICIES))('%s: every stage has a Vietnamese name and a positive deadline', (_code, policy) => {
    for (const stage of policy.stages) {
      expect(stage.nameVi.trim()).not.toBe('');
      expect(stage.deadlineWorkingDays).toBeGreaterThan(0);
    }
  });
});

describe('statusAtStage', () => {
  it.each([
    ['THREE_TIER', 0, NominationStatus.IN_REVIEW],
    ['THREE_TIER', 1, NominationStatus.IN_REVIEW],
    ['THREE_TIER', 2, NominationStatus.APPROVED],
    ['TWO_TIER', 0, NominationStatus.IN_REVIEW],
    ['TWO_TIER', 2, NominationStatus.APPROVED],
  ])('%s stage %i shows the nomination as %s', (code, stageIndex, status) => {
    expect(statusAtStage(POLICIES[code], stageIndex)).toBe(status);
  });
});

describe('nextStep', () => {
  it.each([
    ['THREE_TIER', 0, Decision.APPROVE, { type: 'ADVANCE', stageIndex: 1, status: NominationStatus.IN_REVIEW }],
    ['THREE_TIER', 1, Decision.APPROVE, { type: 'ADVANCE', stageIndex: 2, status: NominationStatus.APPROVED }],
    ['THREE_TIER', 2, Decision.APPROVE, { type: 'END', status: NominationStatus.COMMENDED }],
    ['THREE_TIER', 0, Decision.RETURN, { type: 'AWAIT_REVISION', status: NominationStatus.RETURNED }],
    ['THREE_TIER', 1, Decision.RETURN, { type: 'AWAIT_REVISION', status: NominationStatus.RETURNED }],
    ['THREE_TIER', 2, Decision.RETURN, { type: 'AWAIT_REVISION', status: NominationStatus.RETURNED }],
    ['THREE_TIER', 0, Decision.REJECT, { type: 'END', status: NominationStatus.REJECTED }],
    ['THREE_TIER', 2, Decision.REJECT, { type: 'END', status: NominationStatus.REJECTED }],
    ['TWO_TIER', 0, Decision.APPROVE, { type: 'ADVANCE', stageIndex: 1, status: NominationStatus.IN_REVIEW }],
    ['TWO_TIER', 1, Decision.APPROVE, { type: 'ADVANCE', stageIndex: 2, status: NominationStatus.APPROVED }],
    ['TWO_TIER', 2, Decision.APPROVE, { type: 'END', status: NominationStatus.COMMENDED }],
    ['TWO_TIER', 1, Decision.REJECT, { type: 'END', status: NominationStatus.REJECTED }],
  ])('%s stage %i, %s → %o', (code, stageIndex, decision, expected) => {
    expect(nextStep(POLICIES[code], stageIndex, decision)).toEqual(expected);
  });
});
