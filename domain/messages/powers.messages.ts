import type { AwardLevel, Role } from '../enums';
import { ErrorCode } from '../error-codes';
import { AWARD_LEVEL_LABELS, ROLE_LABELS } from './labels';
import { message } from './message';

/** Refusals that keep each power where it belongs: the nation's calendar, a province's units, delegations, suspensions. */
export const powersMessages = {
  nationalCalendar: message({
    code: ErrorCode.NATIONAL_ADMIN_REQUIRED,
    example: {},
    vi: () =>
      'Lịch làm việc toàn quốc (các ngày nghỉ do Chính phủ quyết định) chỉ do quản trị viên cấp quốc gia thiết lập.',
    en: () => "The national working calendar (the Government's decided days) is set by a national administrator.",
  }),
  outsideProvince: message({
    code: ErrorCode.OUTSIDE_OWN_PROVINCE,
    example: { unitName: 'Tỉnh Lào Cai' },
    vi: (p) => `${p.unitName} nằm ngoài tỉnh bạn quản trị; bạn không thể thay đổi cấu hình ở đó.`,
    en: (p) => `${p.unitName} is outside the province you administer; you cannot change anything there.`,
  }),
  nationalAdminManaged: message({
    code: ErrorCode.NATIONAL_ADMIN_REQUIRED,
    example: {},
    vi: () => 'Tài khoản quản trị viên cấp quốc gia chỉ do cấp quốc gia quản lý.',
    en: () => 'A national administrator account is managed only at national level.',
  }),
  awardChangesRouting: message({
    code: ErrorCode.AWARD_CHANGES_ROUTING,
    example: {
      awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
      grantingLevel: 'PROVINCE' as AwardLevel,
      endsAt: 'DISTRICT' as AwardLevel,
    },
    vi: (p) =>
      `"${p.awardName}" do ${AWARD_LEVEL_LABELS[p.grantingLevel].vi} quyết định, còn quy trình của hồ sơ này kết thúc ở ${AWARD_LEVEL_LABELS[p.endsAt].vi}; hãy rút hồ sơ và lập hồ sơ mới cho hình thức này.`,
    en: (p) =>
      `"${p.awardName}" is granted at ${AWARD_LEVEL_LABELS[p.grantingLevel].en}, but this nomination's pipeline ends at ${AWARD_LEVEL_LABELS[p.endsAt].en}; withdraw it and nominate anew.`,
  }),
  delegationChained: message({
    code: ErrorCode.DELEGATION_CHAINED,
    example: {},
    vi: () => 'Vai trò bạn đang giữ do được ủy quyền nên không thể ủy quyền tiếp cho người khác.',
    en: () => 'A delegated role cannot be delegated again.',
  }),
  deputyOutsideUnit: message({
    code: ErrorCode.DEPUTY_OUTSIDE_UNIT,
    example: { unitName: 'Thành phố Lào Cai' },
    vi: (p) => `Người được ủy quyền phải đang giữ một vai trò tại ${p.unitName}.`,
    en: (p) => `The deputy must already hold a role in ${p.unitName}.`,
  }),
  deputyCannotGrant: message({
    code: ErrorCode.DEPUTY_CANNOT_GRANT,
    example: {},
    vi: () =>
      'Khi ký thay quản trị viên, bạn không được giao vai trò cho ai; việc này do chính quản trị viên thực hiện.',
    en: () => 'As acting administrator you cannot grant roles; the administrator does that in person.',
  }),
  deputyCannotManageDelegator: message({
    code: ErrorCode.DEPUTY_CANNOT_MANAGE_DELEGATOR,
    example: {},
    vi: () => 'Khi ký thay, bạn không được khóa tài khoản hay thu hồi vai trò của người đã ủy quyền cho mình.',
    en: () => 'As acting administrator you cannot deactivate or revoke the roles of the person who delegated to you.',
  }),
  selfGrant: message({
    code: ErrorCode.SELF_GRANT_FORBIDDEN,
    example: { role: 'APPROVER' as Role },
    vi: (p) => `Bạn không thể tự giao cho mình vai trò ${ROLE_LABELS[p.role].vi}; hãy đề nghị một quản trị viên khác.`,
    en: (p) => `You cannot grant yourself the ${ROLE_LABELS[p.role].en} role; ask another administrator.`,
  }),
  resumeBelowSuspender: message({
    code: ErrorCode.RESUME_BELOW_SUSPENDER,
    example: { unitName: 'Tỉnh Lào Cai' },
    vi: (p) => `Hồ sơ do ${p.unitName} tạm dừng; chỉ ${p.unitName} hoặc cấp trên mới được cho tiếp tục xử lý.`,
    en: (p) => `${p.unitName} suspended this nomination; only it or a level above it may resume it.`,
  }),
  actorNotAuthorized: message({
    code: ErrorCode.ACTOR_NOT_AUTHORIZED,
    example: { role: 'REVIEWER' as Role },
    vi: (p) =>
      `Người thực hiện không giữ vai trò ${ROLE_LABELS[p.role].vi} tại đơn vị này vào lúc này; thao tác bị từ chối.`,
    en: (p) => `The actor does not hold the ${ROLE_LABELS[p.role].en} role over this unit at this moment; refused.`,
  }),
};
