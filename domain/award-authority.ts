import { AdminLevel, AwardLevel, isLevelAbove, UnitKind } from './enums';
import { inRange } from './legal-periods';

/** One power to grant an award: the level whose chair (or the agency head) grants it, and when. */
export interface AwardGrant {
  awardCode: string;
  level: AwardLevel;
  from: string;
  to?: string;
  /** Where the power comes from, as an officer cites it. */
  sourceVi: string;
}

const ALWAYS = '1900-01-01';
const BEFORE_REFORM = '2025-06-30';
const REFORM = '2025-07-01';
const ART_80 = 'Luật Thi đua, khen thưởng năm 2022, Điều 80';
// Decree 129/2025 passes the district chair's powers to the commune chair (DOMAIN-RULES: to check the list).
const DECREE_129 = 'Nghị định số 129/2025/NĐ-CP (thẩm quyền của cấp huyện chuyển cho cấp xã)';
const AGENCY_HEAD = 'Luật Thi đua, khen thưởng năm 2022, Điều 80 (thủ trưởng cơ quan có tư cách pháp nhân)';

const at = (level: AwardLevel, from: string, to: string | undefined, sourceVi: string) => ({
  level,
  from,
  to,
  sourceVi,
});

/** The district chair's titles until the reform, the commune chair's after it. */
const DISTRICT_THEN_COMMUNE = [
  at(AwardLevel.DISTRICT, ALWAYS, BEFORE_REFORM, ART_80),
  at(AwardLevel.COMMUNE, REFORM, undefined, DECREE_129),
];
const AGENCY_ALWAYS = at(AwardLevel.AGENCY, ALWAYS, undefined, AGENCY_HEAD);
const PROVINCE_ALWAYS = [at(AwardLevel.PROVINCE, ALWAYS, undefined, ART_80)];
const NATIONAL_ALWAYS = [at(AwardLevel.NATIONAL, ALWAYS, undefined, 'Luật Thi đua, khen thưởng năm 2022, Điều 78')];

/**
 * Who grants what on which day (Law 06/2022 art. 80; DOMAIN-RULES "Who grants what"). Before 2024
 * the 2003 law gave the same levels for these forms and titles (to check per title).
 */
const GRANTS: Record<string, ReturnType<typeof at>[]> = {
  GIAY_KHEN_CHU_TICH_XA: [at(AwardLevel.COMMUNE, ALWAYS, undefined, ART_80)],
  LAO_DONG_TIEN_TIEN: [
    at(AwardLevel.COMMUNE, ALWAYS, undefined, ART_80),
    at(AwardLevel.DISTRICT, ALWAYS, BEFORE_REFORM, ART_80),
    AGENCY_ALWAYS,
  ],
  GIA_DINH_VAN_HOA: [at(AwardLevel.COMMUNE, ALWAYS, undefined, ART_80)],
  GIAY_KHEN_CHU_TICH_HUYEN: [at(AwardLevel.DISTRICT, ALWAYS, BEFORE_REFORM, ART_80)],
  THON_TO_DAN_PHO_VAN_HOA: DISTRICT_THEN_COMMUNE,
  TAP_THE_LAO_DONG_TIEN_TIEN: [...DISTRICT_THEN_COMMUNE, AGENCY_ALWAYS],
  CHIEN_SI_THI_DUA_CO_SO: [...DISTRICT_THEN_COMMUNE, AGENCY_ALWAYS],
  GIAY_KHEN_THU_TRUONG: [AGENCY_ALWAYS],
  BANG_KHEN_CHU_TICH_TINH: PROVINCE_ALWAYS,
  CHIEN_SI_THI_DUA_TINH: PROVINCE_ALWAYS,
  TAP_THE_LAO_DONG_XUAT_SAC: PROVINCE_ALWAYS,
  CO_THI_DUA_TINH: PROVINCE_ALWAYS,
  BANG_KHEN_THU_TUONG: NATIONAL_ALWAYS,
  CO_THI_DUA_CHINH_PHU: NATIONAL_ALWAYS,
  CHIEN_SI_THI_DUA_TOAN_QUOC: NATIONAL_ALWAYS,
};

/** Every grant of an award, in force or not (empty for an award outside the catalogue). */
export function grantsOf(awardCode: string): AwardGrant[] {
  return (GRANTS[awardCode] ?? []).map((g) => ({ awardCode, ...g }));
}

export function grantsInForce(awardCode: string, day: string): AwardGrant[] {
  return grantsOf(awardCode).filter((g) => inRange(g, day));
}

const DEPTH: Record<AwardLevel, number> = {
  NATIONAL: -1,
  PROVINCE: 0,
  DISTRICT: 1,
  COMMUNE: 2,
  AGENCY: 3,
};

/** The unit that proposes: its level (an organisation takes its parent's) and kind. */
export interface Nominator {
  level: AdminLevel;
  kind: UnitKind;
}

/**
 * The level that decides an award a unit proposes on a day: an agency's own head for the titles
 * and forms agency heads grant; otherwise the lowest level at or above the unit that holds the power
 * that day. Null when nobody the unit can reach grants it then (a district Giấy khen after 1 July 2025).
 */
export function decidingLevel(awardCode: string, nominator: Nominator, day: string): AwardLevel | null {
  const grants = grantsInForce(awardCode, day);
  if (nominator.kind === UnitKind.AGENCY && grants.some((g) => g.level === AwardLevel.AGENCY)) return AwardLevel.AGENCY;
  const reachable = grants
    .filter((g) => g.level !== AwardLevel.AGENCY)
    .filter((g) => g.level === AwardLevel.NATIONAL || !isLevelAbove(nominator.level, g.level as unknown as AdminLevel));
  reachable.sort((a, b) => DEPTH[b.level] - DEPTH[a.level]);
  return reachable[0]?.level ?? null;
}
