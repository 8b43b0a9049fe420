import { AdminLevel, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertCanRead, canReadUnit, isAdmin, readablePrefixes, requireRole, roleFor } from '../../server/auth/access';
import type { Viewer, ViewerRole } from '../../server/auth/viewer';
import type { User } from '../../server/entities/user.entity';

// Unit paths as stored: ids from the province down, slash-terminated.
const LAO_CAI = '/p-laocai/';
const LAO_CAI_CITY = '/p-laocai/d-080/';
const XUAN_TANG = '/p-laocai/d-080/c-02656/';
const PHUONG_LAO_CAI = '/p-laocai/d-080/c-02641/';
const NGHE_AN = '/p-nghean/';
const VINH = '/p-nghean/d-412/';
const DONG_VINH = '/p-nghean/d-412/c-16663/';

const LEVEL: Record<number, AdminLevel> = { 1: AdminLevel.PROVINCE, 2: AdminLevel.DISTRICT, 3: AdminLevel.COMMUNE };

function viewer(...held: [Role, string][]): Viewer {
  const roles: ViewerRole[] = held.map(([role, unitPath], i) => {
    const ids = unitPath.split('/').filter(Boolean);
    return { assignmentId: `a-${i}`, role, unitPath, unitId: ids[ids.length - 1], unitLevel: LEVEL[ids.length], delegatedByUserId: null };
  });
  return { user: { id: 'u-1', username: 'someone' } as User, roles };
}

describe('canReadUnit', () => {
  it.each<[string, Viewer, string, boolean]>([
    ['a commune submitter, their commune', viewer([Role.SUBMITTER, XUAN_TANG]), XUAN_TANG, true],
    ['a commune submitter, a sibling commune', viewer([Role.SUBMITTER, PHUONG_LAO_CAI]), XUAN_TANG, false],
    ['a commune submitter, their district', viewer([Role.SUBMITTER, XUAN_TANG]), LAO_CAI_CITY, false],
    ['a district reviewer, a commune of the district', viewer([Role.REVIEWER, LAO_CAI_CITY]), XUAN_TANG, true],
    ['a district reviewer, the province above', viewer([Role.REVIEWER, LAO_CAI_CITY]), LAO_CAI, false],
    ['a district reviewer, another province', viewer([Role.REVIEWER, VINH]), XUAN_TANG, false],
    ['a district observer, a commune of the district', viewer([Role.OBSERVER, LAO_CAI_CITY]), PHUONG_LAO_CAI, true],
    ['a province admin, any commune of the province', viewer([Role.ADMIN, LAO_CAI]), PHUONG_LAO_CAI, true],
    ['a province admin, another province', viewer([Role.ADMIN, NGHE_AN]), XUAN_TANG, false],
    ['a user with no role', viewer(), XUAN_TANG, false],
    ['roles in two provinces, the second one', viewer([Role.REVIEWER, LAO_CAI_CITY], [Role.SUBMITTER, DONG_VINH]), DONG_VINH, true],
  ])('%s → %s', (_label, v, path, expected) => {
    expect(canReadUnit(v, path)).toBe(expected);
  });

  it('a unit whose id merely starts with the held unit id is outside the subtree', () => {
    expect(canReadUnit(viewer([Role.REVIEWER, '/p/d-08/']), '/p/d-080/c/')).toBe(false);
  });

  it('assertCanRead refuses with FORBIDDEN in both languages', () => {
    try {
      assertCanRead(viewer([Role.SUBMITTER, PHUONG_LAO_CAI]), XUAN_TANG);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).error).toMatchObject({
        code: ErrorCode.FORBIDDEN,
        messageVi: 'Hồ sơ thuộc đơn vị ngoài phạm vi của bạn.',
      });
    }
  });
});

describe('readablePrefixes', () => {
  it.each<[string, Viewer, string[]]>([
    ['no role', viewer(), []],
    ['one role', viewer([Role.SUBMITTER, XUAN_TANG]), [XUAN_TANG]],
    ['a district role drops the commune role inside it', viewer([Role.SUBMITTER, XUAN_TANG], [Role.REVIEWER, LAO_CAI_CITY]), [LAO_CAI_CITY]],
    [
      'a province role covers district and commune roles, whatever their order',
      viewer([Role.REVIEWER, LAO_CAI_CITY], [Role.SUBMITTER, XUAN_TANG], [Role.ADMIN, LAO_CAI]),
      [LAO_CAI],
    ],
    ['two roles in one unit give it once', viewer([Role.REVIEWER, LAO_CAI_CITY], [Role.OBSERVER, LAO_CAI_CITY]), [LAO_CAI_CITY]],
    ['sibling communes both stay', viewer([Role.SUBMITTER, XUAN_TANG], [Role.SUBMITTER, PHUONG_LAO_CAI]), [XUAN_TANG, PHUONG_LAO_CAI]],
    ['widest first across provinces', viewer([Role.SUBMITTER, DONG_VINH], [Role.ADMIN, LAO_CAI]), [LAO_CAI, DONG_VINH]],
  ])('%s', (_label, v, expected) => {
    expect(readablePrefixes(v)).toEqual(expected);
  });
});

describe('roleFor and requireRole', () => {
  const districtReviewerAndCommuneSubmitter = viewer([Role.REVIEWER, LAO_CAI_CITY], [Role.SUBMITTER, XUAN_TANG]);

  it.each<[string, Viewer, Role, string, string | undefined]>([
    ['the role held on the unit itself', districtReviewerAndCommuneSubmitter, Role.REVIEWER, LAO_CAI_CITY, 'a-0'],
    ['the role held on an ancestor reaches the subtree', districtReviewerAndCommuneSubmitter, Role.REVIEWER, PHUONG_LAO_CAI, 'a-0'],
    ['the other role, where it is held', districtReviewerAndCommuneSubmitter, Role.SUBMITTER, XUAN_TANG, 'a-1'],
    ['a role held only in a sibling commune', districtReviewerAndCommuneSubmitter, Role.SUBMITTER, PHUONG_LAO_CAI, undefined],
    ['a role not held at all', districtReviewerAndCommuneSubmitter, Role.APPROVER, XUAN_TANG, undefined],
    ['a role held below the unit does not reach up', viewer([Role.REVIEWER, LAO_CAI_CITY]), Role.REVIEWER, LAO_CAI, undefined],
    ['an observer has no acting role', viewer([Role.OBSERVER, LAO_CAI_CITY]), Role.REVIEWER, XUAN_TANG, undefined],
  ])('%s', (_label, v, role, path, assignmentId) => {
    expect(roleFor(v, role, path)?.assignmentId).toBe(assignmentId);
  });

  it('requireRole answers the held role, or refuses with FORBIDDEN naming the role', () => {
    const held = requireRole(viewer([Role.APPROVER, LAO_CAI]), Role.APPROVER, XUAN_TANG);
    expect(held).toMatchObject({ role: Role.APPROVER, unitId: 'p-laocai', unitLevel: AdminLevel.PROVINCE });
    try {
      requireRole(viewer([Role.APPROVER, NGHE_AN]), Role.APPROVER, XUAN_TANG);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as DomainError).code).toBe(ErrorCode.FORBIDDEN);
      expect((error as DomainError).message).toContain('approver');
      expect((error as DomainError).error.messageVi).toContain('lãnh đạo phê duyệt');
    }
  });

  it.each<[string, Viewer, boolean]>([
    ['a province admin', viewer([Role.ADMIN, LAO_CAI]), true],
    ['an approver', viewer([Role.APPROVER, LAO_CAI]), false],
    ['no role', viewer(), false],
  ])('isAdmin: %s → %s', (_label, v, expected) => {
    expect(isAdmin(v)).toBe(expected);
  });
});
