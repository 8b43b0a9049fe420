import { AdminLevel, Role } from '../../domain/enums';

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

/** A few units of the two-tier list in force from 1 July 2025 (provinces and communes only). */
export const DEMO_UNITS_2025_VALID_FROM = '2025-07-01';

export const DEMO_UNITS_2025: DemoUnit[] = [
  { code: '15', name: 'Tỉnh Lào Cai', type: 'Tỉnh', level: AdminLevel.PROVINCE },
  { code: '02671', name: 'Phường Cam Đường', type: 'Phường', level: AdminLevel.COMMUNE, parentCode: '15' },
  { code: '40', name: 'Tỉnh Nghệ An', type: 'Tỉnh', level: AdminLevel.PROVINCE },
  { code: '16681', name: 'Phường Thành Vinh', type: 'Phường', level: AdminLevel.COMMUNE, parentCode: '40' },
];

export interface DemoUser {
  username: string;
  fullName: string;
  role: Role;
  unitCode: string;
  /** The list the unit belongs to: the three-tier one (default) or the 2025 two-tier one. */
  list?: '2025';
}

/** One user per role and level; `npm run token -- <username>` prints a token for any of them. */
export const DEMO_USERS: DemoUser[] = [
  {
    username: 'xuantang.submitter',
    fullName: 'Nguyễn Thị Hoa (Phường Xuân Tăng)',
    role: Role.SUBMITTER,
    unitCode: '02656',
  },
  {
    username: 'phuonglaocai.submitter',
    fullName: 'Lò Văn Minh (Phường Lào Cai)',
    role: Role.SUBMITTER,
    unitCode: '02641',
  },
  { username: 'laocaicity.reviewer', fullName: 'Trần Văn Bình (TP Lào Cai)', role: Role.REVIEWER, unitCode: '080' },
  { username: 'laocaicity.observer', fullName: 'Vũ Thị Lan (TP Lào Cai)', role: Role.OBSERVER, unitCode: '080' },
  { username: 'laocai.reviewer', fullName: 'Đỗ Minh Tuấn (Sở Nội vụ Lào Cai)', role: Role.REVIEWER, unitCode: '10' },
  { username: 'laocai.approver', fullName: 'Phạm Quốc Hùng (UBND tỉnh Lào Cai)', role: Role.APPROVER, unitCode: '10' },
  {
    username: 'laocai.admin',
    fullName: 'Hoàng Thu Trang (Ban Thi đua – Khen thưởng Lào Cai)',
    role: Role.ADMIN,
    unitCode: '10',
  },
  {
    username: 'dongvinh.submitter',
    fullName: 'Lê Thị Mai (Phường Đông Vĩnh)',
    role: Role.SUBMITTER,
    unitCode: '16663',
  },
  { username: 'vinh.reviewer', fullName: 'Hồ Văn Nam (TP Vinh)', role: Role.REVIEWER, unitCode: '412' },
  {
    username: 'nghean.approver',
    fullName: 'Nguyễn Văn Quang (UBND tỉnh Nghệ An)',
    role: Role.APPROVER,
    unitCode: '40',
  },
  {
    username: 'nghean.admin',
    fullName: 'Phan Thị Thu (Ban Thi đua – Khen thưởng Nghệ An)',
    role: Role.ADMIN,
    unitCode: '40',
  },
  {
    username: 'tinhbien.submitter',
    fullName: 'Châu Văn Sang (Phường Tịnh Biên)',
    role: Role.SUBMITTER,
    unitCode: '30520',
  },
  {
    username: 'camduong.submitter',
    fullName: 'Hà Thị Nga (Phường Cam Đường, từ 1/7/2025)',
    role: Role.SUBMITTER,
    unitCode: '02671',
    list: '2025',
  },
  {
    username: 'laocai2025.reviewer',
    fullName: 'Đinh Văn Khải (Sở Nội vụ Lào Cai, từ 1/7/2025)',
    role: Role.REVIEWER,
    unitCode: '15',
    list: '2025',
  },
  {
    username: 'laocai2025.approver',
    fullName: 'Giàng Seo Phử (UBND tỉnh Lào Cai, từ 1/7/2025)',
    role: Role.APPROVER,
    unitCode: '15',
    list: '2025',
  },
  {
    username: 'laocai2025.admin',
    fullName: 'Bùi Thị Hằng (Sở Nội vụ Lào Cai, từ 1/7/2025)',
    role: Role.ADMIN,
    unitCode: '15',
    list: '2025',
  },
];

/**
 * National administrators: they hold no unit (none of ours sits at the national level) and set the
 * Government's working calendar. Only the seed and `npm run national-admin` make one.
 */
export const DEMO_NATIONAL_ADMINS = [{ username: 'national.admin', fullName: 'Lê Văn Quốc (Bộ Nội vụ)' }];

/** The demo campaigns: the "Vì người nghèo" template, run by Tỉnh Lào Cai and by Tỉnh Nghệ An, launched. */
export const DEMO_CAMPAIGNS = [
  { templateCode: 'VI_NGUOI_NGHEO_2021_2025', code: 'VI_NGUOI_NGHEO_2021_2025', issuingUnitCode: '10' },
  { templateCode: 'VI_NGUOI_NGHEO_2021_2025', code: 'VI_NGUOI_NGHEO_2021_2025_NGHE_AN', issuingUnitCode: '40' },
];
