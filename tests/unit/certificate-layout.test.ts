import {
  CertificateAlign,
  CertificateOrientation,
  CertificatePageSize,
  DEFAULT_PAGE,
  defaultLayout,
  layoutProblems,
  sheetSize,
} from '../../domain/certificate-layout';
import { Gender, NomineeKind, UnitKind } from '../../domain/enums';
import { achievementLine, certificateContent, placeName } from '../../server/documents/certificates/certificate-content';

describe('certificate sheets and positions', () => {
  it.each([
    [CertificatePageSize.A4, CertificateOrientation.LANDSCAPE, 297, 210],
    [CertificatePageSize.A4, CertificateOrientation.PORTRAIT, 210, 297],
    [CertificatePageSize.A3, CertificateOrientation.LANDSCAPE, 420, 297],
  ])('%s %s is %d × %d mm', (pageSize, orientation, width, height) => {
    expect(sheetSize({ pageSize, orientation })).toEqual({ width, height });
  });

  it.each([
    [CertificatePageSize.A4, CertificateOrientation.LANDSCAPE],
    [CertificatePageSize.A3, CertificateOrientation.LANDSCAPE],
    [CertificatePageSize.A4, CertificateOrientation.PORTRAIT],
  ])('the built-in layout fits an %s %s sheet', (pageSize, orientation) => {
    const page = { pageSize, orientation };
    expect(layoutProblems(page, defaultLayout(page))).toEqual([]);
  });

  it('on A3 the built-in places grow with the sheet', () => {
    const a3 = defaultLayout({ pageSize: CertificatePageSize.A3, orientation: CertificateOrientation.LANDSCAPE });
    expect(a3.recipientName).toEqual({ ...defaultLayout().recipientName, x: 42.4, y: 127.3, width: 335.2, fontSize: 31.1 });
  });

  it.each([
    [{ x: -1, y: 10, width: 50, fontSize: 12 }, 'OUTSIDE_PAGE'],
    [{ x: 250, y: 10, width: 50, fontSize: 12 }, 'OUTSIDE_PAGE'],
    [{ x: 10, y: 207, width: 50, fontSize: 12 }, 'OUTSIDE_PAGE'],
    [{ x: 10, y: 10, width: 5, fontSize: 12 }, 'TOO_NARROW'],
    [{ x: 10, y: 10, width: 50, fontSize: 5 }, 'FONT_SIZE'],
    [{ x: 10, y: 10, width: 50, fontSize: 80 }, 'FONT_SIZE'],
    [{ x: 10, y: 10, width: 50, fontSize: Number.NaN }, 'FONT_SIZE'],
  ])('refuses %j as %s', (position, problem) => {
    const layout = { ...defaultLayout(), signerName: { ...position, align: CertificateAlign.LEFT } };
    expect(layoutProblems(DEFAULT_PAGE, layout)).toEqual([expect.objectContaining({ field: 'signerName', problem })]);
  });
});

describe('what a certificate says', () => {
  const facts = {
    issuingUnit: { name: 'Tỉnh An Giang', type: 'Tỉnh', kind: UnitKind.ADMINISTRATIVE },
    award: { code: 'BANG_KHEN_CHU_TICH_TINH', name: 'Bằng khen của Chủ tịch UBND tỉnh' },
    nominee: { kind: NomineeKind.INDIVIDUAL, name: 'Trần Thị Bình', gender: Gender.FEMALE, position: 'Chi hội trưởng', workplace: 'Chi hội Phụ nữ ấp Voi 1', unitName: 'Xã Tịnh Biên' },
    achievements: 'Vận động 12 hộ nghèo thoát nghèo.',
    campaignName: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
    periodName: 'Năm 2026',
    decisionNumber: '07/QĐ-UBND',
    decisionDate: '2026-12-05',
    signatureBlock: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signerName: 'Lê Văn Phước (UBND tỉnh An Giang)',
    certificateNumber: 'BK-2026-0007',
  };

  it('words every field as the văn thư writes it', () => {
    expect(certificateContent(facts)).toEqual({
      issuer: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG',
      title: 'BẰNG KHEN',
      fields: {
        recipientName: 'Bà Trần Thị Bình',
        recipientUnit: 'Chi hội trưởng, Chi hội Phụ nữ ấp Voi 1',
        achievement: 'Đã có thành tích vận động 12 hộ nghèo thoát nghèo trong phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” năm 2026.',
        decisionNumber: 'Quyết định số 07/QĐ-UBND, ngày 05/12/2026',
        placeDate: 'An Giang, ngày 05 tháng 12 năm 2026',
        signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
        signerName: 'Lê Văn Phước',
        certificateNumber: 'Số sổ: BK-2026-0007',
      },
    });
  });

  it.each([
    [{ name: 'Thành phố Hà Nội', type: 'Thành phố' }, 'Hà Nội'],
    [{ name: 'Phường Xuân Tăng', type: 'Phường' }, 'Xuân Tăng'],
  ])('the place of %j is %s', (unit, place) => expect(placeName(unit)).toBe(place));

  it('an agency writes its province as the place', () => {
    const agency = { name: 'Sở Nội vụ', type: 'Sở', kind: UnitKind.AGENCY };
    const content = certificateContent({ ...facts, issuingUnit: agency, placeUnit: facts.issuingUnit });
    expect([content.issuer, content.fields.placeDate]).toEqual(['GIÁM ĐỐC SỞ NỘI VỤ', 'An Giang, ngày 05 tháng 12 năm 2026']);
  });

  it('a Giấy khen of a commune chair, and a long report cut at a word', () => {
    const content = certificateContent({ ...facts, award: { code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen' }, issuingUnit: { name: 'Xã Tịnh Biên', type: 'Xã', kind: UnitKind.ADMINISTRATIVE } });
    expect([content.title, content.issuer, content.fields.placeDate]).toEqual(['GIẤY KHEN', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TỊNH BIÊN', 'Tịnh Biên, ngày 05 tháng 12 năm 2026']);
    const line = achievementLine('Đã có thành tích '.concat('giúp đỡ hộ nghèo '.repeat(40)), 'Phong trào', 'Năm 2026');
    expect(line.length).toBeLessThan(340);
    expect(line).toMatch(/^Đã có thành tích (giúp đỡ hộ nghèo )+\S+… trong phong trào thi đua “Phong trào” năm 2026\.$/);
  });
});
