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
}

/**
 * The "Căn cứ …" and "Xét đề nghị …" lines of a decision (DOMAIN-RULES "Which law applies when"):
 * the law and decree in force on its date, the plan of the movement, the council's minutes and the
 * appraising office's submission.
 */
export function decisionBasisVi(grounds: DecisionGrounds): string[] {
  const law = legalPeriodOn(grounds.day).basisVi.map((line) => `Căn cứ ${line};`);
  const proposers = [`Hội đồng Thi đua - Khen thưởng ${grounds.unitName} (biên bản họp xét)`];
  if (grounds.appraisedBy) proposers.push(`${grounds.appraisedBy} (tờ trình thẩm định)`);
  return [
    ...law,
    `Căn cứ Kế hoạch tổ chức thực hiện phong trào thi đua "${grounds.campaignName}";`,
    `Xét đề nghị của ${proposers.join(' và ')}.`,
  ];
}
