/**
 * The yearly statistics laid out as the Ministry of Home Affairs' forms for emulation and commendation under
 * Thông tư 02/2023/TT-BNV ngày 23/3/2023 (chế độ báo cáo thống kê ngành Nội vụ): Biểu số 0602.N/BNV-TĐKT "Số lượng
 * khen thưởng cấp Nhà nước" and 0603.N/BNV-TĐKT "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và
 * tỉnh, thành phố trực thuộc Trung ương". The library holds no copy of the circular's annex itself; the header,
 * the columns A/B/C/1… ("Mã số", "Đơn vị tính", "Tổng số", "Chia ra"), the rows "1. Chia theo đối tượng khen
 * thưởng" (Tập thể / Hộ gia đình / Cá nhân) and "Chia theo phương thức khen thưởng" (Thường xuyên, Chuyên đề, Đột
 * xuất, Cống hiến, Niên hạn), the reception date and the signatures follow the public implementation of those forms
 * in github.com/lifephongphanmem/thiduakhenthuong (resources/views/BaoCao/TT022023/Mau0602, Mau0603.blade.php).
 * One table carries both forms' columns, grouped by level, plus the awards granted below the province; rows the
 * registry cannot fill (the individuals' positions, enterprises, Đối ngoại, Kháng chiến) are left out, and rows per
 * movement and per subordinate unit are added, as the province's own report asks.
 */
import { AdminLevel, AwardLevel } from '../../../domain/enums';
import {
  COMMENDATION_KIND_ROWS,
  NOMINEE_KIND_ROWS,
  type StatisticsRow,
  type YearlyStatistics,
} from './yearly-statistics.service';

export const FORM_NUMBER = 'Biểu số: 0602.N, 0603.N/BNV-TĐKT';
export const FORM_BASIS = 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023';
export const FORM_TITLE = 'SỐ LƯỢNG KHEN THƯỞNG';
export const FORM_RECEPTION = 'Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo';

export interface FormColumnGroup {
  label: string;
  /** How many award columns it spans. */
  span: number;
}

export interface FormRow {
  label: string;
  code: string;
  measure: string;
  /** Null on a section heading. */
  total: number | null;
  counts: (number | null)[];
  style: 'total' | 'section' | 'item';
}

export interface YearlyForm {
  formNumber: string;
  basis: string;
  reception: string;
  title: string;
  period: string;
  reportingUnit: string;
  receivingUnit: string;
  groups: FormColumnGroup[];
  awardNames: string[];
  /** The column letters and numbers under the header: A, B, C, 1, 2… */
  columnKeys: string[];
  rows: FormRow[];
  signatures: { place: string; left: string[]; right: string[] };
}

const GROUPS: { levels: AwardLevel[]; label: string }[] = [
  { levels: [AwardLevel.NATIONAL], label: 'Khen thưởng cấp Nhà nước (Biểu 0602.N)' },
  { levels: [AwardLevel.PROVINCE], label: 'Khen thưởng cấp tỉnh (Biểu 0603.N)' },
  {
    levels: [AwardLevel.DISTRICT, AwardLevel.COMMUNE, AwardLevel.AGENCY],
    label: 'Khen thưởng cấp huyện, cấp xã, cơ quan, đơn vị',
  },
];

/** Award names as column headings: the catalogue's "Danh hiệu …" prefix adds nothing under a heading. */
const heading = (name: string) => name.replace(/^Danh hiệu /, '');

function receivingUnit(stats: YearlyStatistics): string {
  if (stats.unit.level === AdminLevel.PROVINCE) return 'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)';
  return stats.unit.parent ? `${stats.unit.parent.name} (cơ quan thi đua, khen thưởng)` : 'Bộ Nội vụ';
}

export function buildYearlyForm(stats: YearlyStatistics): YearlyForm {
  const order = GROUPS.flatMap((g) =>
    stats.awards.map((a, i) => ({ a, i })).filter(({ a }) => g.levels.includes(a.grantingLevel)),
  );
  const pickCounts = (row: StatisticsRow) => order.map(({ i }) => row.counts[i]);
  const groups = GROUPS.map((g) => ({
    label: g.label,
    span: stats.awards.filter((a) => g.levels.includes(a.grantingLevel)).length,
  })).filter((g) => g.span > 0);

  let serial = 0;
  const code = () => String(++serial).padStart(2, '0');
  const item = (row: StatisticsRow, measure: string, label = `- ${row.label}`): FormRow => ({
    label,
    code: code(),
    measure,
    total: row.total,
    counts: pickCounts(row),
    style: 'item',
  });
  const section = (label: string): FormRow => ({
    label,
    code: '',
    measure: '',
    total: null,
    counts: order.map(() => null),
    style: 'section',
  });
  const kindRow = (kind: string) => stats.byNomineeKind.find((r) => r.key === `KIND:${kind}`)!;
  const methodRow = (kind: string) => stats.byCommendationKind.find((r) => r.key === `METHOD:${kind}`)!;

  const rows: FormRow[] = [
    { ...item(stats.total, 'Lượt', 'Tổng số'), style: 'total' },
    section('1. Chia theo đối tượng khen thưởng'),
    ...NOMINEE_KIND_ROWS.map((k) => item(kindRow(k.kind), k.measure)),
    section('2. Chia theo phương thức khen thưởng'),
    ...COMMENDATION_KIND_ROWS.map((k) => item(methodRow(k.kind), 'Lượt')),
    section('3. Chia theo phong trào thi đua'),
    ...stats.byMovement.map((r) => item(r, 'Lượt')),
    section('4. Chia theo đơn vị'),
    ...stats.byUnit.map((r) => item(r, 'Lượt')),
  ];
  return {
    formNumber: FORM_NUMBER,
    basis: FORM_BASIS,
    reception: FORM_RECEPTION,
    title: FORM_TITLE,
    period: `Năm ${stats.year}`,
    reportingUnit: stats.unit.name,
    receivingUnit: receivingUnit(stats),
    groups,
    awardNames: order.map(({ a }) => heading(a.name)),
    columnKeys: ['A', 'B', 'C', '1', ...order.map((_, i) => String(i + 2))],
    rows,
    signatures: {
      place: '…, ngày … tháng … năm …',
      left: ['Người lập biểu', '(Ký, họ tên)'],
      right: ['Thủ trưởng đơn vị', '(Ký, họ tên, đóng dấu)'],
    },
  };
}
