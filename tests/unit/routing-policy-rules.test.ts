import { AdminLevel, Role, TaskKind } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import { BUILT_IN_POLICIES, THREE_TIER_POLICY, TWO_TIER_POLICY, type StageDefinition } from '../../domain/routing';
import { defaultLevelsOn, routingPolicyErrors } from '../../domain/routing-policy-rules';

const THREE = [AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE];
const TWO = [AdminLevel.PROVINCE, AdminLevel.COMMUNE];

/** The three-tier stages with one stage changed. */
function withStage(index: number, change: Partial<StageDefinition>): StageDefinition[] {
  return THREE_TIER_POLICY.stages.map((stage, i) => (i === index ? { ...stage, ...change } : { ...stage }));
}

const codesAndFields = (stages: StageDefinition[], levels = THREE) =>
  routingPolicyErrors(stages, levels).map((e) => [e.code, e.field]);

describe('routingPolicyErrors', () => {
  it.each(BUILT_IN_POLICIES.map((p) => [p.code, p]))('built-in %s is valid on its own first day', (_code, policy) => {
    expect(routingPolicyErrors(policy.stages, defaultLevelsOn(policy.effectiveFrom))).toEqual([]);
  });

  it.each([
    ['THREE_TIER', '2025-06-30', []],
    ['THREE_TIER', '2025-07-01', [[ErrorCode.STAGE_LEVEL_UNAVAILABLE, 'stages.0.level']]],
    ['DISTRICT_DECISION', '2025-07-01', [[ErrorCode.STAGE_LEVEL_UNAVAILABLE, 'stages.0.level'], [ErrorCode.STAGE_LEVEL_UNAVAILABLE, 'stages.1.level']]],
    ['TWO_TIER', '2025-06-30', []],
    ['COMMUNE_DECISION', '2025-07-01', []],
  ])('%s against the tree of %s → %j', (code, day, expected) => {
    const policy = BUILT_IN_POLICIES.find((p) => p.code === code)!;
    expect(codesAndFields(policy.stages, defaultLevelsOn(day))).toEqual(expected);
  });

  it.each([
    ['a lower-case key', withStage(0, { key: 'district_review' }), [[ErrorCode.INVALID_VALUE, 'stages.0.key']]],
    ['a one-letter key', withStage(0, { key: 'D' }), [[ErrorCode.INVALID_VALUE, 'stages.0.key']]],
    ['a key with a space', withStage(1, { key: 'PROVINCE APPROVAL' }), [[ErrorCode.INVALID_VALUE, 'stages.1.key']]],
    ['a key used twice', withStage(1, { key: 'DISTRICT_REVIEW' }), [[ErrorCode.DUPLICATE, 'stages.1.key']]],
    ['a deadline of 0', withStage(0, { deadlineWorkingDays: 0, reminderOffsets: [] }), [[ErrorCode.INVALID_VALUE, 'stages.0.deadlineWorkingDays']]],
    ['a deadline of 121', withStage(0, { deadlineWorkingDays: 121 }), [[ErrorCode.INVALID_VALUE, 'stages.0.deadlineWorkingDays']]],
    ['a deadline of 2.5', withStage(0, { deadlineWorkingDays: 2.5, reminderOffsets: [1] }), [[ErrorCode.INVALID_VALUE, 'stages.0.deadlineWorkingDays']]],
    ['an escalation of 0', withStage(2, { escalationWorkingDays: 0 }), [[ErrorCode.INVALID_VALUE, 'stages.2.escalationWorkingDays']]],
    ['an escalation of 61', withStage(2, { escalationWorkingDays: 61 }), [[ErrorCode.INVALID_VALUE, 'stages.2.escalationWorkingDays']]],
    ['a reminder on the deadline', withStage(0, { reminderOffsets: [10] }), [[ErrorCode.INVALID_VALUE, 'stages.0.reminderOffsets']]],
    ['a reminder of 0 days', withStage(0, { reminderOffsets: [3, 0] }), [[ErrorCode.INVALID_VALUE, 'stages.0.reminderOffsets']]],
    ['a fractional reminder', withStage(0, { reminderOffsets: [1.5] }), [[ErrorCode.INVALID_VALUE, 'stages.0.reminderOffsets']]],
    ['a decision stage first', withStage(0, { kind: TaskKind.DECISION }), [[ErrorCode.INVALID_VALUE, 'stages.0.kind']]],
    ['no decision stage last', withStage(2, { kind: TaskKind.REVIEW }), [[ErrorCode.INVALID_VALUE, 'stages.2.kind']]],
    ['going down from district to commune', withStage(1, { level: AdminLevel.COMMUNE }), [[ErrorCode.INVALID_VALUE, 'stages.1.level']]],
  ])('%s', (_label, stages, expected) => {
    expect(codesAndFields(stages)).toEqual(expected);
  });

  it('a stage going back down a level is refused on that stage', () => {
    const stages = [
      { ...THREE_TIER_POLICY.stages[1] },
      { ...THREE_TIER_POLICY.stages[0], key: 'DISTRICT_AGAIN' },
      { ...THREE_TIER_POLICY.stages[2] },
    ];
    expect(codesAndFields(stages)).toEqual([[ErrorCode.INVALID_VALUE, 'stages.1.level']]);
  });

  it('staying on one level is not going down', () => {
    expect(codesAndFields(TWO_TIER_POLICY.stages)).toEqual([]);
  });

  it('a DISTRICT stage in a tree without districts → STAGE_LEVEL_UNAVAILABLE, in both languages', () => {
    const [error] = routingPolicyErrors(THREE_TIER_POLICY.stages, TWO);
    expect(error).toMatchObject({ code: ErrorCode.STAGE_LEVEL_UNAVAILABLE, field: 'stages.0.level' });
    expect(error.message).toContain('DISTRICT');
    expect(error.messageVi).toContain('không tồn tại');
  });

  it('no stage at all → REQUIRED on stages', () => {
    expect(codesAndFields([])).toEqual([[ErrorCode.REQUIRED, 'stages']]);
  });

  it('reports every fault, in stage order', () => {
    const stages: StageDefinition[] = [
      { ...THREE_TIER_POLICY.stages[0], key: 'bad', kind: TaskKind.DECISION },
      { ...THREE_TIER_POLICY.stages[1], key: 'bad', deadlineWorkingDays: 0, reminderOffsets: [] },
    ];
    expect(codesAndFields(stages, TWO)).toEqual([
      [ErrorCode.INVALID_VALUE, 'stages.0.key'],
      [ErrorCode.STAGE_LEVEL_UNAVAILABLE, 'stages.0.level'],
      [ErrorCode.INVALID_VALUE, 'stages.0.kind'],
      [ErrorCode.INVALID_VALUE, 'stages.1.key'],
      [ErrorCode.DUPLICATE, 'stages.1.key'],
      [ErrorCode.INVALID_VALUE, 'stages.1.deadlineWorkingDays'],
      [ErrorCode.INVALID_VALUE, 'stages.1.kind'],
    ]);
  });

  it('a one-stage policy whose only stage decides is valid', () => {
    const only = { ...THREE_TIER_POLICY.stages[2], role: Role.APPROVER };
    expect(codesAndFields([only])).toEqual([]);
  });
});

describe('defaultLevelsOn: the district tier ends on 30 June 2025', () => {
  it.each([
    ['2021-01-01', THREE],
    ['2025-06-30', THREE],
    ['2025-07-01', TWO],
    ['2026-01-01', TWO],
  ])('%s → %j', (day, levels) => {
    expect(defaultLevelsOn(day)).toEqual(levels);
  });
});
