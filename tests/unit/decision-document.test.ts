import { countsVi, decisionFileStem, issuingBodyLines, placeAndDateVi, placeName } from '../../domain/decision-document';
import { AdminLevel, NomineeKind, UnitKind } from '../../domain/enums';
import { decisionBasisVi, decisionGroundsOf, localGovernmentLawOn } from '../../domain/legal-periods';

const province = { name: 'Tỉnh Lào Cai', kind: UnitKind.ADMINISTRATIVE, level: AdminLevel.PROVINCE };

describe('the legal bases of a decision follow its date', () => {
  it.each([
    ['2023-12-20', 'ngày 19 tháng 6 năm 2015', 'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003', 'Nghị định số 91/2017/NĐ-CP'],
    ['2024-12-20', 'ngày 19 tháng 6 năm 2015', 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Nghị định số 98/2023/NĐ-CP'],
    ['2025-04-10', 'ngày 19 tháng 02 năm 2025', 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Nghị định số 98/2023/NĐ-CP'],
    ['2025-07-01', 'ngày 16 tháng 6 năm 2025', 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Nghị định số 152/2025/NĐ-CP'],
    ['2026-12-05', 'ngày 16 tháng 6 năm 2025', 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Nghị định số 152/2025/NĐ-CP'],
  ])('on %s: local government law of %s, %s, %s', (day, localLaw, law, decree) => {
    const lines = decisionBasisVi(decisionGroundsOf(province, 'Vì người nghèo - Không để ai bị bỏ lại phía sau', day));
    expect(lines[0]).toBe(`Căn cứ ${localGovernmentLawOn(day)};`);
    expect(lines[0]).toContain(localLaw);
    expect(lines[1]).toContain(law);
    expect(lines[2]).toContain(decree);
    expect(lines.at(-2)).toBe('Căn cứ Kế hoạch tổ chức thực hiện phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”;');
    expect(lines.at(-1)).toBe('Xét đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai (biên bản họp xét) và Giám đốc Sở Nội vụ (tờ trình thẩm định).');
  });

  it('an agency does not cite the local government law', () => {
    const agency = { name: 'Sở Y tế', kind: UnitKind.AGENCY, level: AdminLevel.PROVINCE };
    expect(decisionBasisVi(decisionGroundsOf(agency, 'X', '2026-01-05'))[0]).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
  });
});

describe('the wording of the header', () => {
  it.each([
    ['2026-12-05', 'Lào Cai, ngày 05 tháng 12 năm 2026'],
    ['2026-02-14', 'Lào Cai, ngày 14 tháng 02 năm 2026'],
    ['2026-03-09', 'Lào Cai, ngày 09 tháng 3 năm 2026'],
  ])('%s is written %s (Decree 30/2020: a leading zero below 10 for days, months 1 and 2)', (day, line) => {
    expect(placeAndDateVi(placeName('Tỉnh Lào Cai'), day, 2026)).toBe(line);
  });

  it('names the issuing body and its governing body; ASCII file names; counts', () => {
    expect(issuingBodyLines(province, null)).toEqual([{ text: 'ỦY BAN NHÂN DÂN', bold: true }, { text: 'TỈNH LÀO CAI', bold: true }]);
    const agency = { name: 'Sở Y tế', kind: UnitKind.AGENCY, level: AdminLevel.PROVINCE };
    expect(issuingBodyLines(agency, province).map((l) => l.text)).toEqual(['UBND TỈNH LÀO CAI', 'SỞ Y TẾ']);
    expect(placeName('Phường Cam Đường')).toBe('Cam Đường');
    expect(decisionFileStem('07/QĐ-UBND', 'UBND')).toBe('QD-07-QD-UBND');
    expect(decisionFileStem(null, 'SNV')).toBe('DU-THAO-QD-SNV');
    expect(countsVi({ [NomineeKind.INDIVIDUAL]: 2, [NomineeKind.COLLECTIVE]: 12 })).toBe('12 tập thể, 02 cá nhân');
  });
});
