import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { AdminLevel, CommendationKind, NomineeKind } from '../../domain/enums';
import { foldName } from '../../domain/nominee-records';
import { loadViewer } from '../../server/auth/viewer';
import { barChartSvg } from '../../server/documents/bar-chart';
import { yearlyChart } from '../../server/documents/yearly-report/yearly-report-pdf';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { AwardRecord } from '../../server/entities/award-record.entity';
import { AwardType } from '../../server/entities/award-type.entity';
import { GeneratedFile } from '../../server/entities/generated-file.entity';
import { Movement } from '../../server/entities/movement.entity';
import { Nominee } from '../../server/entities/nominee.entity';
import { yearlyStatistics } from '../../server/services/reports/yearly-statistics.service';
import { codeOf, unitIdOf, userIdOf } from '../support/access-fixtures';
import { pdfText, renderPage } from '../support/document-checks';
import { as, dataOf, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * A province reports its year to the Ministry of Home Affairs: the awards proposed by it and the units below
 * it, counted per award and nominee kind, per movement and per subordinate unit, on the TT 02/2023/TT-BNV form.
 */
let platform: TestPlatform;
let admin: Gql;
let provinceId: string;
let origin: string;
const TMP = `${process.cwd()}/.data/tmp`;

const ROW = 'key label total counts';
const STATS = `query ($unitId: ID!, $year: Int!) { yearlyStatistics(unitId: $unitId, year: $year) {
  unit { code } year awards { code } total { ${ROW} } byNomineeKind { ${ROW} } byCommendationKind { ${ROW} }
  byMovement { ${ROW} } byUnit { ${ROW} } byUnitAndMovement { unitKey movement count } } }`;
const REPORT = `mutation ($unitId: ID!, $year: Int!, $format: YearlyReportFormat!) {
  yearlyReport(unitId: $unitId, year: $year, format: $format) {
    file { id kind status fileName contentType downloadPath sha256 } userErrors { code field message messageVi } } }`;

const MOVEMENT_NAME = 'Các hộ gia đình thi đua tham gia lao động, phát triển sản xuất, làm kinh tế, thoát nghèo bền vững';
/** What the test enters: award code, nominee kind, unit code, movement?, commendation kind, year, revoked? */
const ENTRIES: [string, NomineeKind, string, boolean, CommendationKind, number, boolean?][] = [
  ['LAO_DONG_TIEN_TIEN', NomineeKind.INDIVIDUAL, '02656', true, CommendationKind.CONG_TRANG, 2026],
  ['LAO_DONG_TIEN_TIEN', NomineeKind.INDIVIDUAL, '02656', true, CommendationKind.CONG_TRANG, 2026],
  ['LAO_DONG_TIEN_TIEN', NomineeKind.INDIVIDUAL, '02641', false, CommendationKind.CONG_TRANG, 2026],
  ['GIAY_KHEN_CHU_TICH_HUYEN', NomineeKind.COLLECTIVE, '02656', true, CommendationKind.CHUYEN_DE, 2026],
  ['GIAY_KHEN_CHU_TICH_HUYEN', NomineeKind.HOUSEHOLD, '02656', true, CommendationKind.CHUYEN_DE, 2026],
  ['BANG_KHEN_CHU_TICH_TINH', NomineeKind.HOUSEHOLD, 'BX', true, CommendationKind.CHUYEN_DE, 2026],
  ['BANG_KHEN_CHU_TICH_TINH', NomineeKind.INDIVIDUAL, '10', false, CommendationKind.DOT_XUAT, 2026],
  // Not counted: revoked, another year.
  ['LAO_DONG_TIEN_TIEN', NomineeKind.INDIVIDUAL, '02656', false, CommendationKind.CONG_TRANG, 2026, true],
  ['LAO_DONG_TIEN_TIEN', NomineeKind.INDIVIDUAL, '02656', false, CommendationKind.CONG_TRANG, 2025],
];

async function enterRecords() {
  const em = platform.db.orm.em.fork();
  const province = await em.findOneOrFail(AdminUnit, { code: '10' });
  // A second district under the province, so the report has two subordinate units.
  const batXat = em.create(AdminUnit, {
    code: 'BX',
    name: 'Huyện Bát Xát',
    type: 'Huyện',
    level: AdminLevel.DISTRICT,
    parent: province,
    path: '',
    validFrom: '2020-01-01',
  });
  batXat.path = `${province.path}${batXat.id}/`;
  const movement = await em.findOneOrFail(Movement, { name: MOVEMENT_NAME }, { orderBy: { createdAt: 'asc' } });
  const units = new Map((await em.find(AdminUnit, { code: { $in: ['10', '02656', '02641'] } })).map((u) => [u.code, u]));
  units.set('BX', batXat);
  const awards = new Map((await em.find(AwardType, {})).map((a) => [a.code, a]));
  ENTRIES.forEach(([award, kind, unitCode, inMovement, commendationKind, year, revoked], i) => {
    const unit = units.get(unitCode)!;
    const name = `${kind === NomineeKind.INDIVIDUAL ? 'Nguyễn Thị' : 'Đối tượng'} Số ${i + 1}`;
    const nominee = em.create(Nominee, { kind, name, foldedName: foldName(name), unit });
    em.create(AwardRecord, {
      nominee,
      award: awards.get(award)!,
      year,
      commendationKind,
      decisionNumber: `${i + 1}/QĐ-UBND`,
      decisionDate: `${year + 1}-01-10`,
      issuerName: 'Chủ tịch UBND',
      unit,
      movement: inMovement ? movement : null,
      movementName: inMovement ? null : i === 6 ? 'Phong trào "Dân vận khéo"' : null,
      revokedAt: revoked ? new Date() : null,
    });
  });
  await em.flush();
}

const statsOf = async (gql: Gql, year = 2026, unitId = provinceId) =>
  dataOf(await gql(STATS, { unitId, year })).yearlyStatistics;

async function download(path: string, username = 'laocai.admin'): Promise<Buffer> {
  const res = await fetch(`${origin}${path}`, { headers: { authorization: `Bearer ${await platform.tokenFor(username)}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function reportFile(format: 'XLSX' | 'PDF') {
  const payload = dataOf(await admin(REPORT, { unitId: provinceId, year: 2026, format })).yearlyReport;
  expect(payload.userErrors).toEqual([]);
  expect(payload.file).toMatchObject({ kind: 'YEARLY_REPORT', status: 'READY' });
  // Kept with the province, so its officers (and those above it) may download it.
  const stored = await platform.db.orm.em.fork().findOneOrFail(GeneratedFile, payload.file.id, { populate: ['unit'] });
  expect(stored.unit.code).toBe('10');
  return { file: payload.file, bytes: await download(payload.file.downloadPath) };
}

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  origin = new URL(platform.url).origin;
  admin = await as(platform, 'laocai.admin');
  provinceId = await unitIdOf(platform, '10');
  await enterRecords();
  mkdirSync(TMP, { recursive: true });
});

afterAll(async () => {
  await platform?.stop();
});

describe('yearlyStatistics', () => {
  it('counts each award per nominee kind, method, movement and subordinate unit, without revoked awards or other years', async () => {
    const stats = await statsOf(admin);
    const col = (code: string) => stats.awards.findIndex((a: { code: string }) => a.code === code);
    const [ldtt, gk, bk] = ['LAO_DONG_TIEN_TIEN', 'GIAY_KHEN_CHU_TICH_HUYEN', 'BANG_KHEN_CHU_TICH_TINH'].map(col);
    expect(stats.awards[0].code).toBe('BANG_KHEN_THU_TUONG'); // national awards first
    expect(stats.total.total).toBe(7);
    expect([stats.total.counts[ldtt], stats.total.counts[gk], stats.total.counts[bk]]).toEqual([3, 2, 2]);

    const byKind = Object.fromEntries(stats.byNomineeKind.map((r: any) => [r.label, [r.total, r.counts[ldtt], r.counts[gk], r.counts[bk]]]));
    expect(byKind).toEqual({ 'Tập thể': [1, 0, 1, 0], 'Hộ gia đình': [2, 0, 1, 1], 'Cá nhân': [4, 3, 0, 1] });
    expect(stats.byCommendationKind.map((r: any) => [r.label, r.total])).toEqual([
      ['Thường xuyên', 3], ['Chuyên đề', 3], ['Đột xuất', 1], ['Cống hiến', 0], ['Niên hạn', 0],
    ]);
    expect(stats.byMovement.map((r: any) => [r.label, r.total])).toEqual([
      [MOVEMENT_NAME, 5], ['Phong trào "Dân vận khéo"', 1], ['Không gắn với phong trào cụ thể', 1],
    ]);
    expect(stats.byUnit.map((r: any) => [r.label, r.total])).toEqual([
      ['Tỉnh Lào Cai (đơn vị trực tiếp đề nghị)', 1], ['Thành phố Lào Cai', 5], ['Huyện Bát Xát', 1],
    ]);
    const city = stats.byUnit[1].key;
    const cityCounts = stats.byUnitAndMovement.filter((c: any) => c.unitKey === city).map((c: any) => [c.movement, c.count]);
    expect(cityCounts.sort()).toEqual([[MOVEMENT_NAME, 4], ['Không gắn với phong trào cụ thể', 1]].sort());
  });

  it('a year without awards gives zeros, and still a report', async () => {
    const stats = await statsOf(admin, 2024);
    expect(stats.total.total).toBe(0);
    expect(stats.byMovement).toEqual([]);
    expect(stats.byUnit.map((r: any) => [r.label, r.total])).toEqual([['Thành phố Lào Cai', 0], ['Huyện Bát Xát', 0]]);
    const payload = dataOf(await admin(REPORT, { unitId: provinceId, year: 2024, format: 'PDF' })).yearlyReport;
    expect(payload.userErrors).toEqual([]);
    expect(pdfText(await download(payload.file.downloadPath))).toContain('Năm 2024');
  });

  it('a district reads its own subtree; a unit outside and an impossible year are refused', async () => {
    const city = await as(platform, 'laocaicity.reviewer');
    const cityStats = await statsOf(city, 2026, await unitIdOf(platform, '080'));
    expect(cityStats.byUnit.map((r: any) => [r.label, r.total])).toEqual([['Phường Lào Cai', 1], ['Phường Xuân Tăng', 4]]);

    const outsider = await as(platform, 'nghean.admin');
    expect(codeOf(await outsider(STATS, { unitId: provinceId, year: 2026 }))).toBe('FORBIDDEN');
    expect(codeOf(await outsider(REPORT, { unitId: provinceId, year: 2026, format: 'PDF' }))).toBe('FORBIDDEN');
    expect(codeOf(await city(STATS, { unitId: provinceId, year: 2026 }))).toBe('FORBIDDEN');

    const wrongYear = dataOf(await admin(REPORT, { unitId: provinceId, year: 1990, format: 'XLSX' })).yearlyReport;
    expect(wrongYear.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', field: 'year' })]);
    expect(wrongYear.userErrors[0].messageVi).toBe('Năm báo cáo phải trong khoảng 2000–2100; năm đã nhập: 1990.');
  });
});

describe('yearlyReport', () => {
  it('XLSX: the form header, the merged table header and every count, cell by cell', async () => {
    const { file, bytes } = await reportFile('XLSX');
    expect(file.fileName).toBe('bao-cao-thong-ke-thi-dua-khen-thuong-nam-2026-10.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as any);
    const sheet = book.worksheets[0];
    const text = (ref: string) => String(sheet.getCell(ref).value ?? '');
    expect(text('A1')).toBe('Biểu số: 0602.N, 0603.N/BNV-TĐKT');
    expect(text('A2')).toBe('Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023');
    expect(text('A5')).toBe('SỐ LƯỢNG KHEN THƯỞNG');
    expect(text('A6')).toBe('Năm 2026');
    // Row n of the sheet is values[n]; empty cells read as ''.
    const values = Array.from(sheet.getSheetValues(), (row) => (Array.isArray(row) ? Array.from(row.slice(1), (v) => v ?? '') : []));
    const flat = values.flat().map(String);
    expect(flat).toEqual(expect.arrayContaining([
      'Đơn vị báo cáo: Tỉnh Lào Cai', 'Đơn vị nhận báo cáo: Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)',
      'Khen thưởng cấp Nhà nước (Biểu 0602.N)', 'Khen thưởng cấp tỉnh (Biểu 0603.N)', 'Người lập biểu', 'Thủ trưởng đơn vị',
    ]));
    expect([text('B8'), text('C8'), text('D8'), text('E8')]).toEqual(['Mã số', 'Đơn vị tính', 'Tổng số', 'Chia ra']);
    expect(sheet.getCell('E8').isMerged && sheet.getCell('F8').master.address).toBe('E8');
    const headings = values[10].slice(4).map(String);
    const col = (name: string) => 5 + headings.indexOf(name);
    expect(headings).toEqual(expect.arrayContaining(['Bằng khen của Thủ tướng Chính phủ', 'Lao động tiên tiến', 'Bằng khen của Chủ tịch UBND tỉnh']));
    expect(values[11].slice(0, 4)).toEqual(['A', 'B', 'C', '1']);

    const rowOf = (label: string) => sheet.getRow(values.findIndex((r) => r[0] === label));
    const counts = (label: string) => {
      const row = rowOf(label);
      return [row.getCell(2).value, row.getCell(3).value, row.getCell(4).value,
        row.getCell(col('Lao động tiên tiến')).value, row.getCell(col('Giấy khen của Chủ tịch UBND cấp huyện')).value,
        row.getCell(col('Bằng khen của Chủ tịch UBND tỉnh')).value];
    };
    expect(counts('Tổng số')).toEqual(['01', 'Lượt', 7, 3, 2, 2]);
    expect(counts('- Tập thể')).toEqual(['02', 'Tập thể', 1, 0, 1, 0]);
    expect(counts('- Hộ gia đình')).toEqual(['03', 'Hộ', 2, 0, 1, 1]);
    expect(counts('- Cá nhân')).toEqual(['04', 'Người', 4, 3, 0, 1]);
    expect(counts('- Chuyên đề')).toEqual(['06', 'Lượt', 3, 0, 2, 1]);
    expect(counts(`- ${MOVEMENT_NAME}`).slice(2)).toEqual([5, 2, 2, 1]);
    expect(counts('- Thành phố Lào Cai').slice(2)).toEqual([5, 3, 2, 0]);
    expect(counts('- Huyện Bát Xát').slice(2)).toEqual([1, 0, 0, 1]);
    expect(rowOf('1. Chia theo đối tượng khen thưởng').getCell(4).value).toBe('');
  });

  it('PDF: landscape, the title, unit, counts and the chart; page 1 is not blank', async () => {
    const { file, bytes } = await reportFile('PDF');
    expect(file.contentType).toBe('application/pdf');
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    for (const expected of ['SỐ LƯỢNG KHEN THƯỞNG', 'Năm 2026', 'Đơn vị báo cáo: Tỉnh Lào Cai', 'Biểu số: 0602.N, 0603.N/BNV-TĐKT',
      'Thành phố Lào Cai', 'Huyện Bát Xát', MOVEMENT_NAME, 'Số lượt khen thưởng năm 2026 theo đơn vị và phong trào thi đua'])
      expect(text).toContain(expected);
    expect(text).toMatch(/Tổng số 01 Lượt 7/);
    expect(text).toMatch(/- Cá nhân 04 Người 4/);
    const page = renderPage(bytes, 1);
    expect(page.inkShare).toBeGreaterThan(0.01);
    writeFileSync(`${TMP}/yearly-report.pdf`, bytes);

    // The chart on its own, for the README and the lead.
    const em = platform.db.orm.em.fork();
    const viewer = (await loadViewer(em, await userIdOf(platform, 'laocai.admin')))!;
    const svg = barChartSvg(yearlyChart(await yearlyStatistics(em, viewer, provinceId, 2026)));
    expect(svg.match(/class="bar"/g)!.length).toBeGreaterThanOrEqual(3);
    writeFileSync(`${TMP}/yearly-chart.svg`, svg);
  });
});
