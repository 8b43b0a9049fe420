import { vietnamToday } from '../../server/auth/viewer';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { User } from '../../server/entities/user.entity';
import { Role } from '../../domain/enums';
import {
  addDays,
  auditEvents,
  codeOf,
  createUser,
  DELEGATE,
  grant,
  GRANT,
  refusal,
  REVOKE,
  REVOKE_DELEGATION,
  SET_ACTIVE,
  unitIdOf,
  userIdOf,
} from '../support/access-fixtures';
import { as, createDraft, dataOf, DECIDE, loadCatalog, okPayload, submit, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let laoCaiAdmin: Gql;
let holder: Gql;
let holderId: string;
let deputy: Gql;
let deputyId: string;
/** laocaicity.reviewer's REVIEWER assignment at Thành phố Lào Cai. */
let assignmentId: string;
/** Two nominations of Phường Xuân Tăng, each waiting at district review. */
let first: any;
let second: any;
const today = vietnamToday();

const MY_TASKS = '{ myTasks(first: 100) { edges { node { id } } } }';
const taskIds = async (gql: Gql) => dataOf(await gql(MY_TASKS)).myTasks.edges.map((e: { node: { id: string } }) => e.node.id);
const approve = (gql: Gql, nomination: any) =>
  gql(DECIDE, { input: { taskId: nomination.currentTask.id, round: nomination.currentTask.round, decision: 'APPROVE', comment: 'Đủ điều kiện' } });
const delegate = (gql: Gql, input: Record<string, unknown>) =>
  gql(DELEGATE, { input: { assignmentId, deputyUserId: deputyId, validFrom: today, validTo: addDays(today, 6), reason: 'Nghỉ phép', ...input } });

beforeAll(async () => {
  platform = await startTestPlatform();
  laoCaiAdmin = await as(platform, 'laocai.admin');
  holder = await as(platform, 'laocaicity.reviewer');
  holderId = await userIdOf(platform, 'laocaicity.reviewer');
  deputyId = (await createUser(laoCaiAdmin, 'laocaicity.deputy', 'Đặng Văn Phó')).id;
  // Ký thay stays within the unit: the deputy is an officer of Thành phố Lào Cai already.
  await grant(laoCaiAdmin, { userId: deputyId, role: 'OBSERVER', unitId: await unitIdOf(platform, '080') });
  deputy = await as(platform, 'laocaicity.deputy');
  assignmentId = dataOf(await holder('{ viewer { roles { id } } }')).viewer.roles[0].id;
  const xuanTang = await as(platform, 'xuantang.submitter');
  const catalog = await loadCatalog(xuanTang);
  first = await submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName: 'Ông Vàng A Sùng' })).id);
  second = await submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName: 'Bà Lù Thị Mỷ' })).id);
});
afterAll(() => platform?.stop());

describe('delegateRole refuses', () => {
  it('anyone but the holder (FORBIDDEN), even an ADMIN', async () => {
    expect(codeOf(await delegate(laoCaiAdmin, {}))).toBe('FORBIDDEN');
    expect(codeOf(await delegate(deputy, {}))).toBe('FORBIDDEN');
  });

  it.each<[string, string, string, Record<string, unknown>]>([
    ['a start in the past', 'INVALID_DATE_RANGE', 'validFrom', { validFrom: addDays(today, -1) }],
    ['an end before the start', 'INVALID_DATE_RANGE', 'validTo', { validFrom: addDays(today, 3), validTo: addDays(today, 2) }],
    ['more than 180 days', 'INVALID_DATE_RANGE', 'validTo', { validTo: addDays(today, 180) }],
    ['a day that does not exist', 'INVALID_VALUE', 'validTo', { validTo: '2027-02-29' }],
    ['no reason', 'REASON_REQUIRED', 'reason', { reason: '  ' }],
    ['the holder as deputy', 'INVALID_VALUE', 'deputyUserId', { deputyUserId: 'self' }],
    ['an unknown deputy', 'NOT_FOUND', 'deputyUserId', { deputyUserId: '00000000-0000-4000-8000-000000000000' }],
  ])('%s → %s on %s', async (_label, code, field, input) => {
    const res = await delegate(holder, input.deputyUserId === 'self' ? { ...input, deputyUserId: holderId } : input);
    expect(refusal(res, 'delegateRole')).toEqual({ code, field });
  });

  it('180 days is the longest accepted range (checked on a deactivated deputy, refused for that)', async () => {
    const idle = (await createUser(laoCaiAdmin, 'idle.deputy')).id;
    okPayload(await laoCaiAdmin(SET_ACTIVE, { input: { userId: idle, active: false } }), 'setUserActive');
    const res = await delegate(holder, { deputyUserId: idle, validTo: addDays(today, 179) });
    expect(refusal(res, 'delegateRole')).toEqual({ code: 'INVALID_STATE', field: 'deputyUserId' });
  });

  it('a deputy who holds no role in the unit → DEPUTY_OUTSIDE_UNIT (an officer of Nghệ An cannot act for Lào Cai)', async () => {
    const outsider = await userIdOf(platform, 'vinh.reviewer');
    expect(refusal(await delegate(holder, { deputyUserId: outsider }), 'delegateRole')).toEqual({ code: 'DEPUTY_OUTSIDE_UNIT', field: 'deputyUserId' });
    const stranger = (await createUser(laoCaiAdmin, 'no.role.deputy')).id;
    expect(refusal(await delegate(holder, { deputyUserId: stranger }), 'delegateRole')?.code).toBe('DEPUTY_OUTSIDE_UNIT');
  });
});

describe('a deputy of laocaicity.reviewer (ký thay)', () => {
  let delegationId: string;

  it('has no power before the delegation', async () => {
    expect(await taskIds(deputy)).toEqual([]);
    expect(codeOf(await approve(deputy, first))).toBe('FORBIDDEN');
  });

  it('gets the role at the same unit, delegatedBy and grantedBy the holder, with a ROLE_DELEGATED event', async () => {
    const { roleAssignment } = okPayload(await delegate(holder, {}), 'delegateRole');
    delegationId = roleAssignment.id;
    expect(roleAssignment).toMatchObject({
      role: 'REVIEWER',
      unit: { code: '080' },
      user: { username: 'laocaicity.deputy' },
      delegatedBy: { username: 'laocaicity.reviewer' },
      grantedBy: { username: 'laocaicity.reviewer' },
      validFrom: today,
      validTo: addDays(today, 6),
      current: true,
    });
    const [event] = await auditEvents(laoCaiAdmin, { actions: ['ROLE_DELEGATED'] });
    expect(event).toMatchObject({ entityType: 'RoleAssignment', entityId: delegationId, actor: { username: 'laocaicity.reviewer' }, comment: 'Nghỉ phép' });
    expect(event.after).toMatchObject({ sourceAssignmentId: assignmentId, userId: deputyId, delegatedBy: holderId });
    const given = dataOf(await holder('{ viewer { delegations { id } } }')).viewer.delegations;
    expect(given).toEqual([{ id: delegationId }]);
  });

  it('an overlapping delegation of the same role → DUPLICATE; the deputy cannot delegate it on', async () => {
    const other = (await createUser(laoCaiAdmin, 'laocaicity.deputy2')).id;
    await grant(laoCaiAdmin, { userId: other, role: 'OBSERVER', unitId: await unitIdOf(platform, '080') });
    const overlap = await delegate(holder, { deputyUserId: other, validFrom: addDays(today, 6), validTo: addDays(today, 9) });
    expect(refusal(overlap, 'delegateRole')?.code).toBe('DUPLICATE');
    const onward = await deputy(DELEGATE, {
      input: { assignmentId: delegationId, deputyUserId: other, validFrom: today, validTo: today, reason: 'Tiếp' },
    });
    expect(refusal(onward, 'delegateRole')?.code).toBe('DELEGATION_CHAINED');
  });

  it("decides a district task during the range; the audit shows the deputy acting for the holder", async () => {
    expect(await taskIds(deputy)).toEqual(expect.arrayContaining([first.currentTask.id, second.currentTask.id]));
    const decided = okPayload(await approve(deputy, first), 'decideTask');
    expect(decided.nomination.currentTask.stageKey).toBe('PROVINCE_APPROVAL');
    const history = dataOf(
      await deputy(`query ($id: ID!) { nomination(id: $id) { history { action actor { username } onBehalfOf { username } actorRole unit { code } } } }`, {
        id: first.id,
      }),
    ).nomination.history;
    expect(history.find((e: any) => e.action === 'APPROVED')).toEqual({
      action: 'APPROVED',
      actor: { username: 'laocaicity.deputy' },
      onBehalfOf: { username: 'laocaicity.reviewer' },
      actorRole: 'REVIEWER',
      unit: { code: '080' },
    });
    const forHolder = await auditEvents(laoCaiAdmin, { actorId: holderId, actions: ['APPROVED'] });
    expect(forHolder.map((e: any) => [e.actor.username, e.onBehalfOf?.username])).toEqual([['laocaicity.deputy', 'laocaicity.reviewer']]);
  });

  it('loses the power at the next request once the holder revokes the delegation', async () => {
    expect(codeOf(await (await as(platform, 'vinh.reviewer'))(REVOKE_DELEGATION, { input: { assignmentId: delegationId, reason: 'x' } }))).toBe('FORBIDDEN');
    const ended = okPayload(await holder(REVOKE_DELEGATION, { input: { assignmentId: delegationId, reason: 'Đã đi làm lại' } }), 'revokeDelegation');
    expect(ended.roleAssignment).toMatchObject({ current: false, revokedAt: expect.any(String) });
    expect(await taskIds(deputy)).toEqual([]);
    expect(codeOf(await approve(deputy, second))).toBe('FORBIDDEN');
    const [event] = await auditEvents(laoCaiAdmin, { actions: ['ROLE_REVOKED'] });
    expect(event).toMatchObject({ entityId: delegationId, actor: { username: 'laocaicity.reviewer' }, comment: 'Đã đi làm lại' });
  });
});

describe('a delegation ends by itself', () => {
  it('one that ended yesterday gives no power today (dated through the ORM)', async () => {
    const lapsedId = (await createUser(laoCaiAdmin, 'lapsed.deputy')).id;
    const em = platform.db.orm.em.fork();
    const source = await em.findOneOrFail(RoleAssignment, assignmentId);
    em.create(RoleAssignment, {
      user: lapsedId,
      role: Role.REVIEWER,
      unit: source.unit,
      validFrom: addDays(today, -10),
      validTo: addDays(today, -1),
      delegatedBy: holderId,
      grantedBy: holderId,
    });
    await em.flush();
    const lapsed = await as(platform, 'lapsed.deputy');
    expect(dataOf(await lapsed('{ viewer { roles { current validTo } } }')).viewer.roles).toEqual([{ current: false, validTo: addDays(today, -1) }]);
    expect(await taskIds(lapsed)).toEqual([]);
    expect(codeOf(await approve(lapsed, second))).toBe('FORBIDDEN');
    const revoke = await holder(REVOKE_DELEGATION, { input: { assignmentId: (await em.findOneOrFail(RoleAssignment, { user: lapsedId })).id, reason: 'x' } });
    expect(refusal(revoke, 'revokeDelegation')?.code).toBe('INVALID_STATE');
  });
});

describe('revoking the holder’s role ends their delegations', () => {
  it("an ADMIN revokes the holder's role: the deputy's delegation is revoked with it, each with an event", async () => {
    const holderTwo = (await createUser(laoCaiAdmin, 'laocaicity.reviewer2')).id;
    const own = await grant(laoCaiAdmin, { userId: holderTwo, role: 'REVIEWER', unitId: await unitIdOf(platform, '080') });
    const deputyTwo = (await createUser(laoCaiAdmin, 'laocaicity.deputy3')).id;
    const observing = await grant(laoCaiAdmin, { userId: deputyTwo, role: 'OBSERVER', unitId: await unitIdOf(platform, '080') });
    const lent = okPayload(
      await (await as(platform, 'laocaicity.reviewer2'))(DELEGATE, {
        input: { assignmentId: own.id, deputyUserId: deputyTwo, validFrom: today, validTo: addDays(today, 2), reason: 'Công tác' },
      }),
      'delegateRole',
    ).roleAssignment;
    expect(refusal(await (await as(platform, 'nghean.admin'))(REVOKE_DELEGATION, { input: { assignmentId: lent.id, reason: 'x' } }), 'revokeDelegation')?.code).toBe(
      'ROLE_ABOVE_OWN',
    );
    okPayload(await laoCaiAdmin(REVOKE, { input: { assignmentId: own.id, reason: 'Nghỉ hưu' } }), 'revokeRole');
    const roles = dataOf(await (await as(platform, 'laocaicity.deputy3'))('{ viewer { roles { id current revokedAt } } }')).viewer.roles;
    expect(roles).toEqual(
      expect.arrayContaining([
        { id: lent.id, current: false, revokedAt: expect.any(String) },
        { id: observing.id, current: true, revokedAt: null },
      ]),
    );
    const revoked = await auditEvents(laoCaiAdmin, { actions: ['ROLE_REVOKED'], actorId: await userIdOf(platform, 'laocai.admin') });
    expect(revoked.slice(0, 2).map((e: any) => e.entityId).sort()).toEqual([own.id, lent.id].sort());
  });
});

describe('an acting ADMIN (ký thay)', () => {
  let actingId: string;
  let acting: Gql;
  let delegationId: string;

  beforeAll(async () => {
    const [adminRole] = dataOf(await laoCaiAdmin('{ viewer { roles { id } } }')).viewer.roles;
    actingId = (await createUser(laoCaiAdmin, 'laocai.acting.admin')).id;
    await grant(laoCaiAdmin, { userId: actingId, role: 'REVIEWER', unitId: await unitIdOf(platform, '10') });
    const input = { assignmentId: adminRole.id, deputyUserId: actingId, validFrom: today, validTo: addDays(today, 3), reason: 'Đi công tác' };
    delegationId = okPayload(await laoCaiAdmin(DELEGATE, { input }), 'delegateRole').roleAssignment.id;
    acting = await as(platform, 'laocai.acting.admin');
  });

  it('grants no role, not even a short one, and not to themselves (DEPUTY_CANNOT_GRANT)', async () => {
    const base = { userId: (await createUser(acting, 'xuantang.helper')).id, role: 'SUBMITTER', unitId: await unitIdOf(platform, '02656') };
    expect(refusal(await acting(GRANT, { input: base }), 'grantRole')).toEqual({ code: 'DEPUTY_CANNOT_GRANT', field: 'unitId' });
    expect(refusal(await acting(GRANT, { input: { ...base, validTo: addDays(today, 3) } }), 'grantRole')?.code).toBe('DEPUTY_CANNOT_GRANT');
    const self = await acting(GRANT, { input: { userId: actingId, role: 'ADMIN', unitId: await unitIdOf(platform, '10') } });
    expect(refusal(self, 'grantRole')?.code).toBe('DEPUTY_CANNOT_GRANT');
    expect(await auditEvents(laoCaiAdmin, { actions: ['ROLE_GRANTED'], actorId: actingId })).toEqual([]);
  });

  it('cannot deactivate the delegator nor revoke their ADMIN role (DEPUTY_CANNOT_MANAGE_DELEGATOR)', async () => {
    const delegatorId = await userIdOf(platform, 'laocai.admin');
    const off = await acting(SET_ACTIVE, { input: { userId: delegatorId, active: false } });
    expect(refusal(off, 'setUserActive')).toEqual({ code: 'DEPUTY_CANNOT_MANAGE_DELEGATOR', field: 'userId' });
    const [adminRole] = dataOf(await laoCaiAdmin('{ viewer { roles { id } } }')).viewer.roles;
    const revoke = await acting(REVOKE, { input: { assignmentId: adminRole.id, reason: 'Tiếp quản' } });
    expect(refusal(revoke, 'revokeRole')?.code).toBe('DEPUTY_CANNOT_MANAGE_DELEGATOR');
    expect((await platform.db.orm.em.fork().findOneOrFail(User, delegatorId)).active).toBe(true);
  });

  it('ending the delegation ends every role granted through it (one granted while acting, from before the rule, written through the ORM)', async () => {
    const em = platform.db.orm.em.fork();
    const source = await em.findOneOrFail(RoleAssignment, delegationId, { populate: ['unit'] });
    const helperId = await userIdOf(platform, 'xuantang.helper');
    const legacy = em.create(RoleAssignment, { user: helperId, role: Role.SUBMITTER, unit: await unitIdOf(platform, '02656'), grantedBy: actingId, validTo: addDays(today, 3) });
    expect(source.unit.code).toBe('10');
    await em.flush();
    okPayload(await laoCaiAdmin(REVOKE_DELEGATION, { input: { assignmentId: delegationId, reason: 'Đã về cơ quan' } }), 'revokeDelegation');
    const rows = await platform.db.orm.em.fork().find(RoleAssignment, { id: { $in: [delegationId, legacy.id] } });
    expect(rows.map((r) => r.revokedAt !== null && r.revokedAt !== undefined)).toEqual([true, true]);
    const ownRole = await platform.db.orm.em.fork().findOneOrFail(RoleAssignment, { user: actingId, role: Role.REVIEWER });
    expect(ownRole.revokedAt ?? null).toBeNull();
  });
});
