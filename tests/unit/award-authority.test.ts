import { decidingLevel, grantsInForce } from '../../domain/award-authority';
import { AdminLevel, AwardLevel, UnitKind } from '../../domain/enums';
import { legalPeriodOn } from '../../domain/legal-periods';
import { AWARD_CATALOGUE } from '../../server/seeds/award-catalogue';

const commune = { level: AdminLevel.COMMUNE, kind: UnitKind.ADMINISTRATIVE };
const district = { level: AdminLevel.DISTRICT, kind: UnitKind.ADMINISTRATIVE };
const province = { level: AdminLevel.PROVINCE, kind: UnitKind.ADMINISTRATIVE };
const so = { level: AdminLevel.PROVINCE, kind: UnitKind.AGENCY };
const mttq = { level: AdminLevel.PROVINCE, kind: UnitKind.ORGANISATION };
const htx = { level: AdminLevel.COMMUNE, kind: UnitKind.ENTERPRISE };

describe('who decides an award proposed by a unit on a day (Law 06/2022 art. 80)', () => {
  it.each([
    // The commune chair's own awards, before and after the reform (item 2 of issue 10).
    ['GIAY_KHEN_CHU_TICH_XA', commune, '2023-11-20', AwardLevel.COMMUNE],
    ['GIAY_KHEN_CHU_TICH_XA', commune, '2024-11-20', AwardLevel.COMMUNE],
    ['GIAY_KHEN_CHU_TICH_XA', commune, '2026-11-20', AwardLevel.COMMUNE],
    ['LAO_DONG_TIEN_TIEN', commune, '2024-11-20', AwardLevel.COMMUNE],
    ['GIA_DINH_VAN_HOA', commune, '2025-06-30', AwardLevel.COMMUNE],
    ['LAO_DONG_TIEN_TIEN', district, '2024-11-20', AwardLevel.DISTRICT],
    // Chiến sĩ thi đua cơ sở: the district chair until 30/6/2025, the commune chair from 1/7/2025.
    ['CHIEN_SI_THI_DUA_CO_SO', commune, '2023-12-31', AwardLevel.DISTRICT],
    ['CHIEN_SI_THI_DUA_CO_SO', commune, '2024-01-01', AwardLevel.DISTRICT],
    ['CHIEN_SI_THI_DUA_CO_SO', commune, '2025-06-30', AwardLevel.DISTRICT],
    ['CHIEN_SI_THI_DUA_CO_SO', commune, '2025-07-01', AwardLevel.COMMUNE],
    ['THON_TO_DAN_PHO_VAN_HOA', commune, '2025-06-30', AwardLevel.DISTRICT],
    ['THON_TO_DAN_PHO_VAN_HOA', commune, '2025-07-01', AwardLevel.COMMUNE],
    ['TAP_THE_LAO_DONG_TIEN_TIEN', commune, '2026-03-02', AwardLevel.COMMUNE],
    ['GIAY_KHEN_CHU_TICH_HUYEN', commune, '2025-06-30', AwardLevel.DISTRICT],
    ['GIAY_KHEN_CHU_TICH_HUYEN', commune, '2025-07-01', null],
    // An agency head grants the agency's own titles and Giấy khen; the province chair its Bằng khen.
    ['CHIEN_SI_THI_DUA_CO_SO', so, '2026-03-02', AwardLevel.AGENCY],
    ['GIAY_KHEN_THU_TRUONG', so, '2024-11-20', AwardLevel.AGENCY],
    ['BANG_KHEN_CHU_TICH_TINH', so, '2026-03-02', AwardLevel.PROVINCE],
    ['GIAY_KHEN_THU_TRUONG', commune, '2026-03-02', null],
    // An organisation is not an agency head: its titles go to the administrative level it sits at.
    ['LAO_DONG_TIEN_TIEN', mttq, '2026-03-02', null],
    ['BANG_KHEN_CHU_TICH_TINH', mttq, '2026-03-02', AwardLevel.PROVINCE],
    ['GIAY_KHEN_CHU_TICH_XA', htx, '2026-03-02', AwardLevel.COMMUNE],
    ['GIAY_KHEN_CHU_TICH_XA', province, '2026-03-02', null],
    ['BANG_KHEN_CHU_TICH_TINH', commune, '2024-11-20', AwardLevel.PROVINCE],
    ['BANG_KHEN_THU_TUONG', province, '2026-03-02', AwardLevel.NATIONAL],
    ['NOT_IN_THE_CATALOGUE', commune, '2026-03-02', null],
  ])('%s from %o on %s → %s', (code, unit, day, expected) => {
    expect(decidingLevel(code, unit, day)).toBe(expected);
  });

  it('every award of the catalogue has a grant in force today, except the district Giấy khen', () => {
    const withoutGrant = AWARD_CATALOGUE.filter((a) => !grantsInForce(a.code, '2026-12-02').length).map((a) => a.code);
    expect(withoutGrant).toEqual(['GIAY_KHEN_CHU_TICH_HUYEN']);
  });
});

describe('the law a decision of a day cites', () => {
  it.each([
    ['2023-12-31', 'LAW_2003', 'Nghị định số 91/2017/NĐ-CP'],
    ['2024-01-01', 'LAW_2022_THREE_TIER', 'Nghị định số 98/2023/NĐ-CP'],
    ['2025-06-30', 'LAW_2022_THREE_TIER', 'Nghị định số 98/2023/NĐ-CP'],
    ['2025-07-01', 'LAW_2022_TWO_TIER', 'Nghị định số 152/2025/NĐ-CP'],
  ])('%s → %s', (day, code, decree) => {
    const period = legalPeriodOn(day);
    expect(period.code).toBe(code);
    expect(period.basisVi.join(' ')).toContain(decree);
  });
});
