import { AdminLevel, UnitKind } from './enums';

/**
 * The law in force on a day (DOMAIN-RULES "Which law applies when"). A decision cites the law and
 * decree of its own date; a nomination is decided under the authority in force on the day it is
 * submitted. Dates of documents are written where they were checked; the others name the document only.
 */
export interface LegalPeriod {
  code: 'LAW_2003' | 'LAW_2022_THREE_TIER' | 'LAW_2022_TWO_TIER';
  /** First and last day (YYYY-MM-DD) the period covers; no end while in force. */
  from: string;
  to?: string;
  nameVi: string;
  nameEn: string;
  /** The "Căn cứ …" lines a decision of this period opens with, before the plan and the proposals. */
  basisVi: string[];
}

export const REFORM_DAY = '2025-07-01';

export const LEGAL_PERIODS: readonly LegalPeriod[] = [
  {
    code: 'LAW_2003',
    from: '1900-01-01',
    to: '2023-12-31',
    nameVi: 'Luật Thi đua, Khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013) và Nghị định số 91/2017/NĐ-CP',
    nameEn: 'Law on Emulation and Commendation 2003 (amended 2005, 2013) and Decree 91/2017',
    basisVi: [
      'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    ],
  },
  {
    code: 'LAW_2022_THREE_TIER',
    from: '2024-01-01',
    to: '2025-06-30',
    nameVi: 'Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP (chính quyền ba cấp)',
    nameEn: 'Law 06/2022/QH15 and Decree 98/2023 (three tiers)',
    basisVi: [
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    ],
  },
  {
    code: 'LAW_2022_TWO_TIER',
    from: REFORM_DAY,
    nameVi: 'Luật Thi đua, khen thưởng năm 2022 và Nghị định số 152/2025/NĐ-CP (chính quyền địa phương hai cấp)',
    nameEn: 'Law 06/2022/QH15 and Decree 152/2025 (two-tier local government)',
    basisVi: [
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      // To check: the decrees' dates; Decree 129/2025 divides the district's powers between the two tiers.
      'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      'Nghị định số 129/2025/NĐ-CP của Chính phủ quy định việc phân định thẩm quyền của chính quyền địa phương 02 cấp',
    ],
  },
];

export function inRange(range: { from: string; to?: string | null }, day: string): boolean {
  return range.from <= day && (!range.to || day <= range.to);
}

/** The legal period of a day (YYYY-MM-DD); every day has one. */
export function legalPeriodOn(day: string): LegalPeriod {
  return LEGAL_PERIODS.find((p) => inRange(p, day)) ?? LEGAL_PERIODS[LEGAL_PERIODS.length - 1];
}

/** What a commendation decision rests on besides the law: the movement's plan and who proposed it. */
export interface DecisionGrounds {
  /** The decision's date (YYYY-MM-DD), or today for one not yet signed. */
  day: string;
  campaignName: string;
  /** The deciding unit, e.g. "Tỉnh Lào Cai". */
  unitName: string;
  /** The office that appraised the dossiers, e.g. "Sở Nội vụ"; absent where the council alone proposes. */
  appraisedBy?: string;
  /** A People's Committee decides: it cites the Law on the Organisation of Local Government first. */
  localGovernment?: boolean;
}

/**
 * The Law on the Organisation of Local Government a People's Committee's decision cites on its date.
 * To check: Law 65/2025/QH15 of 19/02/2025 in force from 01/3/2025; Law 72/2025/QH15 of 16/6/2025
 * in force from its adoption (the two-tier reform runs from 1/7/2025).
 */
export const LOCAL_GOVERNMENT_LAWS: readonly { from: string; to?: string; basisVi: string }[] = [
  {
    from: '1900-01-01',
    to: '2025-02-28',
    basisVi:
      'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
  },
  { from: '2025-03-01', to: '2025-06-15', basisVi: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025' },
  { from: '2025-06-16', basisVi: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025' },
];

export function localGovernmentLawOn(day: string): string {
  return (LOCAL_GOVERNMENT_LAWS.find((law) => inRange(law, day)) ?? LOCAL_GOVERNMENT_LAWS[0]).basisVi;
}

/** The appraising office of a deciding People's Committee: Sở Nội vụ for a province, Phòng Nội vụ for a district. */
export function appraisingOffice(unit: { kind: UnitKind; level: AdminLevel }): string | undefined {
  if (unit.kind !== UnitKind.ADMINISTRATIVE) return undefined;
  if (unit.level === AdminLevel.PROVINCE) return 'Giám đốc Sở Nội vụ';
  if (unit.level === AdminLevel.DISTRICT) return 'Trưởng phòng Nội vụ';
  return undefined;
}

/** The grounds of a unit's decision on a day: its appraising office, and the local-government law if a committee. */
export function decisionGroundsOf(
  unit: { kind: UnitKind; level: AdminLevel; name: string },
  campaignName: string,
  day: string,
): DecisionGrounds {
  return {
    day,
    campaignName,
    unitName: unit.name,
    appraisedBy: appraisingOffice(unit),
    localGovernment: unit.kind === UnitKind.ADMINISTRATIVE,
  };
}

/**
 * The "Căn cứ …" and "Xét đề nghị …" lines of a decision (DOMAIN-RULES "Which law applies when"):
 * the law and decree in force on its date, the plan of the movement, the council's minutes and the
 * appraising office's submission.
 */
export function decisionBasisVi(grounds: DecisionGrounds): string[] {
  const laws = [
    ...(grounds.localGovernment ? [localGovernmentLawOn(grounds.day)] : []),
    ...legalPeriodOn(grounds.day).basisVi,
  ];
  const law = laws.map((line) => `Căn cứ ${line};`);
  // Mid-sentence the unit's kind is written in lower case: "Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai".
  const unit = grounds.unitName.charAt(0).toLocaleLowerCase('vi') + grounds.unitName.slice(1);
  const proposers = [`Hội đồng Thi đua - Khen thưởng ${unit} (biên bản họp xét)`];
  if (grounds.appraisedBy) proposers.push(`${grounds.appraisedBy} (tờ trình thẩm định)`);
  return [
    ...law,
    `Căn cứ Kế hoạch tổ chức thực hiện phong trào thi đua “${grounds.campaignName}”;`,
    `Xét đề nghị của ${proposers.join(' và ')}.`,
  ];
}
