import { AdminLevel, NomineeKind, PeriodKind, Role } from '../../domain/enums';

/** Units from the seed plans, with their official GSO codes (list in force before 1 July 2025). */
export const DEMO_UNITS_VALID_FROM = '2020-01-01';
export const DEMO_UNITS_VALID_TO = '2025-06-30';

export interface DemoUnit {
  code: string;
  name: string;
  type: string;
  level: AdminLevel;
  parentCode?: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { code: '10', name: 'Tỉnh Lào Cai', type: 'Tỉnh', level: AdminLevel.PROVINCE },
  { code: '080', name: 'Thành phố Lào Cai', type: 'Thành phố', level: AdminLevel.DISTRICT, parentCode: '10' },
  { code: '02656', name: 'Phường Xuân Tăng', type: 'Phường', level: AdminLevel.COMMUNE, parentCode: '080' },
  { code: '02641', name: 'Phường Lào Cai', type: 'Phường', level: AdminLevel.COMMUNE, parentCode: '080' },
  { code: '40', name: 'Tỉnh Nghệ An', type: 'Tỉnh', level: AdminLevel.PROVINCE },
  { code: '412', name: 'Thành phố Vinh', type: 'Thành phố', level: AdminLevel.DISTRICT, parentCode: '40' },
  { code: '16663', name: 'Phường Đông Vĩnh', type: 'Phường', level: AdminLevel.COMMUNE, parentCode: '412' },
  { code: '16666', name: 'Phường Hà Huy Tập', type: 'Phường', level: AdminLevel.COMMUNE, parentCode: '412' },
  { code: '89', name: 'Tỉnh An Giang', type: 'Tỉnh', level: AdminLevel.PROVINCE },
  { code: '890', name: 'Thị xã Tịnh Biên', type: 'Thị xã', level: AdminLevel.DISTRICT, parentCode: '89' },
  { code: '30520', name: 'Phường Tịnh Biên', type: 'Phường', level: AdminLevel.COMMUNE, parentCode: '890' },
];

export interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  unitCode: string;
}

/** One user per role and level; `npm run token -- <username>` prints a token for any of them. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'xuantang.submitter', fullName: 'Nguyễn Thị Hoa (Phường Xuân Tăng)', role: Role.SUBMITTER, unitCode: '02656' },
  { username: 'phuonglaocai.submitter', fullName: 'Lò Văn Minh (Phường Lào Cai)', role: Role.SUBMITTER, unitCode: '02641' },
  { username: 'laocaicity.reviewer', fullName: 'Trần Văn Bình (TP Lào Cai)', role: Role.REVIEWER, unitCode: '080' },
  { username: 'laocaicity.observer', fullName: 'Vũ Thị Lan (TP Lào Cai)', role: Role.OBSERVER, unitCode: '080' },
  { username: 'laocai.reviewer', fullName: 'Đỗ Minh Tuấn (Sở Nội vụ Lào Cai)', role: Role.REVIEWER, unitCode: '10' },
  { username: 'laocai.approver', fullName: 'Phạm Quốc Hùng (UBND tỉnh Lào Cai)', role: Role.APPROVER, unitCode: '10' },
  { username: 'laocai.admin', fullName: 'Hoàng Thu Trang (Ban Thi đua – Khen thưởng Lào Cai)', role: Role.ADMIN, unitCode: '10' },
  { username: 'dongvinh.submitter', fullName: 'Lê Thị Mai (Phường Đông Vĩnh)', role: Role.SUBMITTER, unitCode: '16663' },
  { username: 'vinh.reviewer', fullName: 'Hồ Văn Nam (TP Vinh)', role: Role.REVIEWER, unitCode: '412' },
  { username: 'nghean.approver', fullName: 'Nguyễn Văn Quang (UBND tỉnh Nghệ An)', role: Role.APPROVER, unitCode: '40' },
  { username: 'nghean.admin', fullName: 'Phan Thị Thu (Ban Thi đua – Khen thưởng Nghệ An)', role: Role.ADMIN, unitCode: '40' },
  { username: 'tinhbien.submitter', fullName: 'Châu Văn Sang (Phường Tịnh Biên)', role: Role.SUBMITTER, unitCode: '30520' },
];

export const DEMO_CAMPAIGN = {
  code: 'VI-NGUOI-NGHEO-2021-2025',
  name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
  startYear: 2021,
  endYear: 2025,
  issuingUnitCode: '10',
};

const ALL_KINDS = [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE];

/** The six sub-movements of the Tịnh Biên plan. */
export const DEMO_MOVEMENTS = [
  { name: 'Hộ gia đình vượt khó vươn lên thoát nghèo', targetGroup: 'Hộ gia đình vượt khó', nomineeKinds: [NomineeKind.HOUSEHOLD] },
  { name: 'Cộng đồng giúp nhau thoát nghèo', targetGroup: 'Cộng đồng, ấp, tổ tự quản', nomineeKinds: [NomineeKind.COLLECTIVE] },
  { name: 'UBND cấp xã thực hiện tốt giảm nghèo', targetGroup: 'UBND cấp xã', nomineeKinds: [NomineeKind.COLLECTIVE] },
  { name: 'Cơ quan, đơn vị chung tay vì người nghèo', targetGroup: 'Tập thể, cá nhân các cơ quan, đơn vị', nomineeKinds: ALL_KINDS },
  { name: 'Cán bộ làm công tác giảm nghèo', targetGroup: 'Cán bộ giảm nghèo', nomineeKinds: [NomineeKind.INDIVIDUAL] },
  { name: 'Tổ chức, cá nhân làm từ thiện xã hội', targetGroup: 'Tổ chức, cá nhân từ thiện xã hội', nomineeKinds: ALL_KINDS },
];

/** Yearly rounds, the 2023 mid-term review and the 2025 final review (after the reform: two tiers). */
export const DEMO_PERIODS = [
  { kind: PeriodKind.ANNUAL, year: 2021, name: 'Năm 2021', startsOn: '2021-01-01', endsOn: '2021-12-31', routingPolicyCode: 'THREE_TIER' },
  { kind: PeriodKind.ANNUAL, year: 2022, name: 'Năm 2022', startsOn: '2022-01-01', endsOn: '2022-12-31', routingPolicyCode: 'THREE_TIER' },
  { kind: PeriodKind.MIDTERM, year: 2023, name: 'Sơ kết 2021–2023', startsOn: '2023-01-01', endsOn: '2023-12-31', routingPolicyCode: 'THREE_TIER' },
  { kind: PeriodKind.ANNUAL, year: 2024, name: 'Năm 2024', startsOn: '2024-01-01', endsOn: '2024-12-31', routingPolicyCode: 'THREE_TIER' },
  { kind: PeriodKind.FINAL, year: 2025, name: 'Tổng kết 2021–2025', startsOn: '2025-07-01', endsOn: '2025-12-31', routingPolicyCode: 'TWO_TIER' },
];
