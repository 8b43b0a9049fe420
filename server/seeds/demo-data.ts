import { AdminLevel, Role, UnitKind } from '../../domain/enums';
import { UNIT_KIND_LABELS } from '../../domain/messages/labels';

/** Units from the seed plans, with their official GSO codes (list in force before 1 July 2025). */
export const DEMO_UNITS_VALID_FROM = '2020-01-01';
export const DEMO_UNITS_VALID_TO = '2025-06-30';

export interface DemoUnit {
  code: string;
  name: string;
  type: string;
  level: AdminLevel;
  parentCode?: string;
  /** A nominating organisation (absent: an administrative unit). */
  kind?: UnitKind;
}

/**
 * A nominating organisation as the organisation importer writes it: its code has a letter (GSO codes are
 * digits), its level is its parent's, its type the Vietnamese name of its kind.
 */
function organisation(code: string, name: string, kind: UnitKind, parentCode: string, level: AdminLevel): DemoUnit {
  return { code, name, type: UNIT_KIND_LABELS[kind].vi, level, parentCode, kind };
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
  // Nominating organisations (sub-movements 4–6 of the plans: agencies, officials, outside donors).
  organisation('SYT-15', 'Sở Y tế tỉnh Lào Cai', UnitKind.AGENCY, '15', AdminLevel.PROVINCE),
  organisation(
    'MTTQ-15',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai',
    UnitKind.ORGANISATION,
    '15',
    AdminLevel.PROVINCE,
  ),
  organisation(
    'CTD1-15',
    'Cụm thi đua số 1 các sở, ban, ngành tỉnh Lào Cai',
    UnitKind.EMULATION_CLUSTER,
    '15',
    AdminLevel.PROVINCE,
  ),
  organisation('HTX-02671', 'Hợp tác xã Nông nghiệp Cam Đường', UnitKind.ENTERPRISE, '02671', AdminLevel.COMMUNE),
  organisation('SGDDT-40', 'Sở Giáo dục và Đào tạo tỉnh Nghệ An', UnitKind.AGENCY, '40', AdminLevel.PROVINCE),
  organisation('HPN-40', 'Hội Liên hiệp Phụ nữ tỉnh Nghệ An', UnitKind.ORGANISATION, '40', AdminLevel.PROVINCE),
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
  ...organisationUsers(),
];

/** The officers of the demo nominating organisations (two-tier list): each nominates its own people. */
function organisationUsers(): DemoUser[] {
  const officer = (username: string, fullName: string, role: Role, unitCode: string): DemoUser => ({
    username,
    fullName,
    role,
    unitCode,
    list: '2025',
  });
  return [
    officer('soyte.submitter', 'Lương Thị Thu (Sở Y tế Lào Cai)', Role.SUBMITTER, 'SYT-15'),
    officer('soyte.approver', 'Nông Văn Đức (Giám đốc Sở Y tế Lào Cai)', Role.APPROVER, 'SYT-15'),
    officer('mttqlaocai.submitter', 'Sần Thị Hiền (Ủy ban MTTQ tỉnh Lào Cai)', Role.SUBMITTER, 'MTTQ-15'),
    officer('cumthidua1.submitter', 'Vương Văn Tài (Cụm thi đua số 1, Lào Cai)', Role.SUBMITTER, 'CTD1-15'),
    officer('htxcamduong.submitter', 'Tẩn Thị Sử (HTX Nông nghiệp Cam Đường)', Role.SUBMITTER, 'HTX-02671'),
    officer('sogddt.submitter', 'Thái Văn Hòa (Sở GD&ĐT Nghệ An)', Role.SUBMITTER, 'SGDDT-40'),
    officer('phunu.nghean.submitter', 'Cao Thị Liên (Hội LHPN tỉnh Nghệ An)', Role.SUBMITTER, 'HPN-40'),
  ];
}

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
