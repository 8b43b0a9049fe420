import { vietnamToday } from '../../server/auth/viewer';
import {
  addDays,
  auditEvents,
  codeOf,
  CREATE_USER,
  createUser,
  grant,
  GRANT,
  refusal,
  REVOKE,
  SET_ACTIVE,
  unitIdOf,
  userIdOf,
  USERS,
} from '../support/access-fixtures';
import { as, dataOf, okPayload, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let laoCaiAdmin: Gql;
let ngheAnAdmin: Gql;
/** A district ADMIN of Thành phố Lào Cai, created and granted by laocai.admin through the API. */
let cityAdmin: Gql;
let cityAdminId: string;
let units: Record<string, string>;
const today = vietnamToday();

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  laoCaiAdmin = await as(platform, 'laocai.admin');
  ngheAnAdmin = await as(platform, 'nghean.admin');
  units = Object.fromEntries(await Promise.all(['10', '080', '02656', '40', '412'].map(async (c) => [c, await unitIdOf(platform, c)])));
  cityAdminId = (await createUser(laoCaiAdmin, 'laocaicity.admin', 'Lương Văn Đức')).id;
  await grant(laoCaiAdmin, { userId: cityAdminId, role: 'ADMIN', unitId: units['080'] });
  cityAdmin = await as(platform, 'laocaicity.admin');
});
afterAll(() => platform?.stop());

const usernames = async (gql: Gql, filter: Record<string, unknown> = {}) =>
  dataOf(await gql(USERS, { filter, first: 100 })).users.edges.map((e: { node: { username: string } }) => e.node.username);

describe('createUser', () => {
  it('creates an active user without roles and audits it as USER_CHANGED on the User', async () => {
    const user = await createUser(laoCaiAdmin, 'xuantang.clerk', 'Nguyễn Thị Hạnh');
    expect(user).toMatchObject({ username: 'xuantang.clerk', fullName: 'Nguyễn Thị Hạnh', active: true, roles: [] });
    const [event] = await auditEvents(laoCaiAdmin, { actions: ['USER_CHANGED'], actorId: await userIdOf(platform, 'laocai.admin') });
    expect(event).toMatchObject({ entityType: 'User', entityId: user.id, actor: { username: 'laocai.admin' }, actorRole: 'ADMIN' });
    expect(event.after).toEqual({ username: 'xuantang.clerk', fullName: 'Nguyễn Thị Hạnh', active: true });
  });

  it.each([
    ['Upper.Case', 'INVALID_VALUE'],
    ['ab', 'INVALID_VALUE'],
    ['has space', 'INVALID_VALUE'],
    ['dấu.tiếng.việt', 'INVALID_VALUE'],
    ['x'.repeat(101), 'INVALID_VALUE'],
    ['laocai.admin', 'DUPLICATE'],
  ])('username "%s" → %s', async (username, code) => {
    expect(refusal(await laoCaiAdmin(CREATE_USER, { input: { username, fullName: 'Tên' } }), 'createUser')).toEqual({ code, field: 'username' });
  });

  it('a blank full name is REQUIRED; a non-ADMIN is FORBIDDEN', async () => {
    expect(refusal(await laoCaiAdmin(CREATE_USER, { input: { username: 'blank.name', fullName: '  ' } }), 'createUser')?.code).toBe('REQUIRED');
    const res = await (await as(platform, 'laocaicity.reviewer'))(CREATE_USER, { input: { username: 'sneaky', fullName: 'X' } });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});

describe('grantRole: nobody grants a role above their own', () => {
  it('the province ADMIN granted ADMIN at the district, recorded with grantedBy and a ROLE_GRANTED event', async () => {
    const roles = dataOf(await cityAdmin('{ viewer { roles { role current unit { code } grantedBy { username } } } }')).viewer.roles;
    expect(roles).toEqual([{ role: 'ADMIN', current: true, unit: { code: '080' }, grantedBy: { username: 'laocai.admin' } }]);
    const events = await auditEvents(laoCaiAdmin, { actions: ['ROLE_GRANTED'] });
    expect(events.some((e: any) => e.after.userId === cityAdminId && e.after.role === 'ADMIN' && e.entityType === 'RoleAssignment')).toBe(true);
  });

  it('a district ADMIN grants within the district, down to a commune', async () => {
    const clerk = await createUser(cityAdmin, 'xuantang.officer');
    const assignment = await grant(cityAdmin, { userId: clerk.id, role: 'SUBMITTER', unitId: units['02656'] });
    expect(assignment).toMatchObject({ role: 'SUBMITTER', unit: { code: '02656' }, grantedBy: { username: 'laocaicity.admin' }, current: true });
  });

  it.each([
    ['at the province above it', '10', 'REVIEWER'],
    ['ADMIN at the province', '10', 'ADMIN'],
    ['in Nghệ An', '40', 'REVIEWER'],
    ['in a district of Nghệ An', '412', 'SUBMITTER'],
  ])('a district ADMIN granting %s → ROLE_ABOVE_OWN as payload data', async (_label, code, role) => {
    const res = await cityAdmin(GRANT, { input: { userId: cityAdminId, role, unitId: units[code] } });
    expect(res.errors).toBeUndefined();
    expect(refusal(res, 'grantRole')).toEqual({ code: 'ROLE_ABOVE_OWN', field: 'unitId' });
  });

  it('the province case says "above", the other province "outside"', async () => {
    const above = dataOf(await cityAdmin(GRANT, { input: { userId: cityAdminId, role: 'REVIEWER', unitId: units['10'] } }));
    const outside = dataOf(await cityAdmin(GRANT, { input: { userId: cityAdminId, role: 'REVIEWER', unitId: units['40'] } }));
    expect(above.grantRole.userErrors[0].message).toMatch(/above/);
    expect(outside.grantRole.userErrors[0].message).toMatch(/outside/);
  });

  it('a second grant of the same role, unit and days → DUPLICATE; a non-ADMIN → FORBIDDEN', async () => {
    const res = await laoCaiAdmin(GRANT, { input: { userId: cityAdminId, role: 'ADMIN', unitId: units['080'] } });
    expect(refusal(res, 'grantRole')?.code).toBe('DUPLICATE');
    const reviewer = await as(platform, 'laocaicity.reviewer');
    expect(codeOf(await reviewer(GRANT, { input: { userId: cityAdminId, role: 'REVIEWER', unitId: units['080'] } }))).toBe('FORBIDDEN');
  });

  it.each([
    [{ validFrom: addDays(today, -1) }, 'INVALID_DATE_RANGE', 'validFrom'],
    [{ validFrom: addDays(today, 5), validTo: addDays(today, 4) }, 'INVALID_DATE_RANGE', 'validTo'],
    [{ validTo: '2026-02-30' }, 'INVALID_VALUE', 'validTo'],
  ])('dates %j → %s', async (dates, code, field) => {
    const res = await laoCaiAdmin(GRANT, { input: { userId: cityAdminId, role: 'OBSERVER', unitId: units['080'], ...dates } });
    expect(refusal(res, 'grantRole')).toEqual({ code, field });
  });

  it('a role granted from tomorrow gives no power today', async () => {
    const id = (await createUser(laoCaiAdmin, 'future.admin')).id;
    await grant(laoCaiAdmin, { userId: id, role: 'ADMIN', unitId: units['080'], validFrom: addDays(today, 1) });
    expect(codeOf(await (await as(platform, 'future.admin'))(USERS))).toBe('FORBIDDEN');
  });
});

describe('nghean.admin cannot manage Lào Cai users', () => {
  it('setUserActive on a Lào Cai user → FORBIDDEN, and the user stays active', async () => {
    const res = await ngheAnAdmin(SET_ACTIVE, { input: { userId: await userIdOf(platform, 'laocaicity.reviewer'), active: false } });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(dataOf(await (await as(platform, 'laocaicity.reviewer'))('{ viewer { active } }')).viewer.active).toBe(true);
  });

  it("revoking a Lào Cai user's role → ROLE_ABOVE_OWN; listing shows no Lào Cai user", async () => {
    const [role] = dataOf(await cityAdmin('{ viewer { roles { id } } }')).viewer.roles;
    expect(refusal(await ngheAnAdmin(REVOKE, { input: { assignmentId: role.id, reason: 'Thử' } }), 'revokeRole')?.code).toBe('ROLE_ABOVE_OWN');
    const listed = await usernames(ngheAnAdmin);
    expect(listed).toEqual(expect.arrayContaining(['nghean.admin', 'vinh.reviewer', 'dongvinh.submitter']));
    expect(listed.filter((u: string) => u.startsWith('laocai') || u.startsWith('xuantang.submitter'))).toEqual([]);
  });

  it('a district ADMIN cannot deactivate a province officer', async () => {
    const res = await cityAdmin(SET_ACTIVE, { input: { userId: await userIdOf(platform, 'laocai.reviewer'), active: false } });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});

describe('setUserActive', () => {
  it('an ADMIN cannot deactivate themselves', async () => {
    const res = await laoCaiAdmin(SET_ACTIVE, { input: { userId: await userIdOf(platform, 'laocai.admin'), active: false } });
    expect(refusal(res, 'setUserActive')).toEqual({ code: 'INVALID_VALUE', field: 'active' });
  });

  it('deactivating signs the user out at their next request; reactivating lets them back; both are audited', async () => {
    const userId = await userIdOf(platform, 'phuonglaocai.submitter');
    const submitter = await as(platform, 'phuonglaocai.submitter');
    const off = okPayload(await cityAdmin(SET_ACTIVE, { input: { userId, active: false } }), 'setUserActive');
    expect(off.user.active).toBe(false);
    expect(codeOf(await submitter('{ viewer { username } }'))).toBe('UNAUTHENTICATED');
    okPayload(await cityAdmin(SET_ACTIVE, { input: { userId, active: true } }), 'setUserActive');
    expect(dataOf(await submitter('{ viewer { username } }')).viewer.username).toBe('phuonglaocai.submitter');
    const events = (await auditEvents(laoCaiAdmin, { actions: ['USER_CHANGED'] })).filter((e: any) => e.entityId === userId);
    expect(events.map((e: any) => [e.actor.username, e.after.active])).toEqual([['laocaicity.admin', true], ['laocaicity.admin', false]]);
  });
});

describe('revokeRole', () => {
  it('a revoked role stops working on the next request; the row stays, marked revoked, with a ROLE_REVOKED event', async () => {
    const id = (await createUser(laoCaiAdmin, 'temp.admin')).id;
    const assignment = await grant(laoCaiAdmin, { userId: id, role: 'ADMIN', unitId: units['080'] });
    const temp = await as(platform, 'temp.admin');
    expect(codeOf(await temp(USERS))).toBeUndefined();
    const revoked = okPayload(await laoCaiAdmin(REVOKE, { input: { assignmentId: assignment.id, reason: 'Chuyển công tác' } }), 'revokeRole');
    expect(revoked.roleAssignment).toMatchObject({ id: assignment.id, current: false });
    expect(revoked.roleAssignment.revokedAt).toEqual(expect.any(String));
    expect(codeOf(await temp(USERS))).toBe('FORBIDDEN');
    const roles = dataOf(await temp('{ viewer { roles { id current revokedAt } } }')).viewer.roles;
    expect(roles).toEqual([{ id: assignment.id, current: false, revokedAt: revoked.roleAssignment.revokedAt }]);
    const [event] = await auditEvents(laoCaiAdmin, { actions: ['ROLE_REVOKED'] });
    expect(event).toMatchObject({ entityType: 'RoleAssignment', entityId: assignment.id, comment: 'Chuyển công tác' });
  });

  it('refuses without a reason, twice, or on your own ADMIN role', async () => {
    const id = (await createUser(laoCaiAdmin, 'temp.observer')).id;
    const assignment = await grant(laoCaiAdmin, { userId: id, role: 'OBSERVER', unitId: units['080'] });
    expect(refusal(await laoCaiAdmin(REVOKE, { input: { assignmentId: assignment.id, reason: ' ' } }), 'revokeRole')?.code).toBe('REASON_REQUIRED');
    okPayload(await laoCaiAdmin(REVOKE, { input: { assignmentId: assignment.id, reason: 'Hết nhiệm vụ' } }), 'revokeRole');
    expect(refusal(await laoCaiAdmin(REVOKE, { input: { assignmentId: assignment.id, reason: 'Lần nữa' } }), 'revokeRole')?.code).toBe('INVALID_STATE');
    const [own] = dataOf(await cityAdmin('{ viewer { roles { id } } }')).viewer.roles;
    expect(refusal(await cityAdmin(REVOKE, { input: { assignmentId: own.id, reason: 'Tự thu hồi' } }), 'revokeRole')?.code).toBe('INVALID_VALUE');
  });
});

describe('users', () => {
  it('is for ADMINs only', async () => {
    expect(codeOf(await (await as(platform, 'laocaicity.observer'))(USERS))).toBe('FORBIDDEN');
  });

  it("a district ADMIN lists the district's users and not the province's", async () => {
    const listed = await usernames(cityAdmin);
    expect(listed).toEqual(expect.arrayContaining(['laocaicity.reviewer', 'xuantang.submitter', 'xuantang.officer', 'laocaicity.admin']));
    expect(listed).not.toContain('laocai.reviewer');
    expect(listed).not.toContain('vinh.reviewer');
  });

  it('filters by unit subtree, role, search and active', async () => {
    expect((await usernames(laoCaiAdmin, { unitId: units['02656'] })).sort()).toEqual(['xuantang.officer', 'xuantang.submitter']);
    expect(await usernames(laoCaiAdmin, { unitId: units['080'], role: 'REVIEWER' })).toEqual(['laocaicity.reviewer']);
    expect((await usernames(laoCaiAdmin, { role: 'ADMIN' })).sort()).toEqual(['laocai.admin', 'laocaicity.admin']);
    expect(await usernames(laoCaiAdmin, { search: 'Lương Văn' })).toEqual(['laocaicity.admin']);
    expect(await usernames(laoCaiAdmin, { search: 'LAOCAICITY.REV' })).toEqual(['laocaicity.reviewer']);
    expect(await usernames(laoCaiAdmin, { search: '%' })).toEqual([]);
    const id = await userIdOf(platform, 'laocaicity.observer');
    okPayload(await laoCaiAdmin(SET_ACTIVE, { input: { userId: id, active: false } }), 'setUserActive');
    expect(await usernames(laoCaiAdmin, { active: false })).toEqual(['laocaicity.observer']);
    okPayload(await laoCaiAdmin(SET_ACTIVE, { input: { userId: id, active: true } }), 'setUserActive');
  });

  it('pages newest first without gaps or repeats', async () => {
    const all = await usernames(laoCaiAdmin);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = dataOf(await laoCaiAdmin(USERS, { first: 3, after })).users;
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e: any) => e.node.username));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
  });
});
