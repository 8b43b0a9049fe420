import ExcelJS from 'exceljs';
import { AuditAction } from '../../domain/enums';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { as, dataOf, type Gql } from '../support/nomination-fixtures';
import { ATTACH, HA_NOI_INPUTS, PROGRESS, RECORD, seedHaNoi, type HaNoi } from '../support/poverty-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Hà Nội's plan 251/KH-UBND at the commune level (seed 004): wards without poor households from the end of
 * 2023, rural communes −50 % by end-2023 and −70 % by end-2025 against early 2022 (the end-2021 review);
 * the figures entered by a commune or imported, and carried onto the commune the 2025 reform merged.
 */
let platform: TestPlatform;
let hanoi: HaNoi;
let admin: Gql;
let minhTri: Gql;

const IMPORT = `mutation ($input: ImportPovertyCountsInput!) { importPovertyCounts(input: $input) {
  report { dryRun rows imported errors { row code reason reasonVi } } userErrors { code field messageVi } } }`;
const COUNTS = `query ($unitId: ID!, $year: Int) { povertyCounts(unitId: $unitId, year: $year) { year households poorHouseholds source } }`;

const FILE = [
  'STT,Mã đơn vị,Tên đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo,Số hộ nghèo dân tộc thiểu số',
  '1,00004,Phường Trúc Bạch,2023,3200,0,12,0',
  '2,00013,Phường Quán Thánh,2023,2900,1,9,0',
  '3,00382,Xã Minh Trí,2021,2000,40,60,5',
  '4,00397,Xã Minh Phú,2021,1800,30,40,0',
  '5,00415,Xã Tân Dân,2021,2200,50,70,10',
  '6,00397,Xã Minh Phú,2023,1850,15,30,0',
  '7,00415,Xã Tân Dân,2023,2250,20,50,3',
  '8,99999,Xã Không Có,2023,100,1,1,0',
  '9,00004,Phường Trúc Bạch,2022,100,80,30,0',
  '10,00013,Phường Quán Thánh,2023,2900,1,9,0',
  '11,00415,Xã Tân Dân,2022,2230,mười,50,3',
].join('\r\n');
const base64 = (text: string) => Buffer.from(`\uFEFF${text}\r\n`).toString('base64');
const figures = (unitId: string, year: number, households: number, poor: number, nearPoor = 0, ethnic = 0) => ({
  unitId,
  year,
  households,
  poorHouseholds: poor,
  nearPoorHouseholds: nearPoor,
  ethnicMinorityPoorHouseholds: ethnic,
});
const progress = async (unitId: string, year: number) =>
  dataOf(await admin(PROGRESS, { campaignId: hanoi.campaignId, unitId, year })).povertyProgress;

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  hanoi = await seedHaNoi(platform);
  admin = await as(platform, 'hanoi.admin');
  minhTri = await as(platform, 'minhtri.submitter');
  for (const input of HA_NOI_INPUTS) {
    const payload = dataOf(await admin(ATTACH, { campaignId: hanoi.campaignId, input })).attachPovertyTarget;
    expect(payload.userErrors).toEqual([]);
  }
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

describe('entering counts', () => {
  it('lets the commune enter its review, and a second entry corrects it', async () => {
    const first = dataOf(await minhTri(RECORD, { input: figures(hanoi.before['00382'], 2023, 2050, 16, 40, 2) }));
    expect(first.recordPovertyCount).toMatchObject({ userErrors: [], count: { year: 2023, poorHouseholds: 16, source: 'MANUAL', unit: { code: '00382' } } });
    await minhTri(RECORD, { input: figures(hanoi.before['00382'], 2023, 2050, 15, 40, 2) });
    const counts = dataOf(await minhTri(COUNTS, { unitId: hanoi.before['00382'] })).povertyCounts;
    expect(counts).toEqual([{ year: 2023, households: 2050, poorHouseholds: 15, source: 'MANUAL' }]);
    // The correction keeps what the figures were on the audit trail.
    const em = platform.db.orm.em.fork();
    const trail = await em.find(AuditEvent, { action: AuditAction.POVERTY_COUNT_RECORDED, entityType: 'PovertyCount' }, { orderBy: { createdAt: 'asc' } });
    expect(trail.map((e) => [e.before?.poorHouseholds ?? null, e.after?.poorHouseholds, e.actorRole])).toEqual([
      [null, 16, 'SUBMITTER'],
      [16, 15, 'SUBMITTER'],
    ]);
  });

  it.each([
    [figures('', 2023, 100, 60, 50), 'POVERTY_COUNTS_INCONSISTENT', 'poorHouseholds', 'Số hộ nghèo (60) cộng số hộ cận nghèo (50) vượt quá tổng số hộ (100).'],
    [figures('', 2023, 100, 5, 0, 6), 'POVERTY_COUNTS_INCONSISTENT', 'ethnicMinorityPoorHouseholds', 'Số hộ nghèo dân tộc thiểu số (6) nhiều hơn số hộ nghèo (5).'],
    [figures('', 2023, 100, -1), 'INVALID_VALUE', 'poorHouseholds', 'Số hộ nghèo không được là số âm (đang ghi -1).'],
    [figures('', 1890, 100, 1), 'INVALID_VALUE', 'year', 'Năm 1890 không hợp lệ: hãy ghi năm từ 2000 đến 2100.'],
  ])('refuses wrong figures (case %#)', async (input, code, field, messageVi) => {
    const res = dataOf(await minhTri(RECORD, { input: { ...input, unitId: hanoi.before['00382'] } })).recordPovertyCount;
    expect(res.count).toBeNull();
    expect(res.userErrors).toEqual([expect.objectContaining({ code, field, messageVi })]);
  });

  it('refuses an observer and an officer of another commune', async () => {
    const observer = await as(platform, 'trucbach.observer');
    const res = await observer(RECORD, { input: figures(hanoi.before['00004'], 2023, 100, 0) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const other = await minhTri(RECORD, { input: figures(hanoi.before['00397'], 2023, 100, 0) });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('importing counts', () => {
  it('writes the rows that hold and reports the others by row number', async () => {
    const input = { unitId: hanoi.before['01'], fileName: 'ho-ngheo-2023.csv', contentBase64: base64(FILE) };
    const dry = dataOf(await admin(IMPORT, { input: { ...input, dryRun: true } })).importPovertyCounts.report;
    expect(dry).toMatchObject({ dryRun: true, rows: 11, imported: 7 });
    expect(dataOf(await admin(COUNTS, { unitId: hanoi.before['00004'] })).povertyCounts).toEqual([]);
    const report = dataOf(await admin(IMPORT, { input })).importPovertyCounts.report;
    expect(report).toMatchObject({ dryRun: false, rows: 11, imported: 7 });
    expect(report.errors.map((e: { row: number; code: string; reasonVi: string }) => [e.row, e.code, e.reasonVi])).toEqual([
      [9, 'NOT_FOUND', 'Không có đơn vị hành chính mã "99999" trong danh mục.'],
      [10, 'POVERTY_COUNTS_INCONSISTENT', 'Số hộ nghèo (80) cộng số hộ cận nghèo (30) vượt quá tổng số hộ (100).'],
      [11, 'DUPLICATE', 'Đơn vị "00013" năm 2023 đã có ở dòng 3 của tệp.'],
      [12, 'INVALID_VALUE', 'Cột "Số hộ nghèo": "mười" không phải một số.'],
    ]);
    const counts = dataOf(await admin(COUNTS, { unitId: hanoi.before['00415'] })).povertyCounts;
    expect(counts).toEqual([
      { year: 2023, households: 2250, poorHouseholds: 20, source: 'IMPORT' },
      { year: 2021, households: 2200, poorHouseholds: 50, source: 'IMPORT' },
    ]);
  });
  it('reads an XLSX sheet below its title rows, numbers as Excel keeps them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Rà soát 2022');
    sheet.addRow(['Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2022']);
    sheet.addRow(['Mã đơn vị', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo', 'Số hộ nghèo DTTS']);
    sheet.addRow(['00013', 2022, 2880, 3, 10, 0]);
    sheet.addRow(['00004', 2022, 3180, 2, 11, 5]);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const input = { unitId: hanoi.before['01'], fileName: 'ra-soat-2022.xlsx', contentBase64 };
    const report = dataOf(await admin(IMPORT, { input })).importPovertyCounts.report;
    expect(report).toMatchObject({ rows: 2, imported: 1 });
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 4, code: 'POVERTY_COUNTS_INCONSISTENT', reasonVi: 'Số hộ nghèo dân tộc thiểu số (5) nhiều hơn số hộ nghèo (2).' }),
    ]);
    const counts = dataOf(await admin(COUNTS, { unitId: hanoi.before['00013'], year: 2022 })).povertyCounts;
    expect(counts).toEqual([{ year: 2022, households: 2880, poorHouseholds: 3, source: 'IMPORT' }]);
  });
});

describe('progress on the Hà Nội rules', () => {
  it('wards: no poor household at the end of 2023; communes: more than half fewer than early 2022', async () => {
    const rows = await progress(hanoi.before['01'], 2023);
    const byCode = Object.fromEntries(rows.map((r: { unit: { code: string } }) => [r.unit.code, r]));
    expect(rows.map((r: { unit: { code: string } }) => r.unit.code)).toEqual(['01', '001', '016', '00004', '00013', '00382', '00397', '00415']);
    expect(byCode['00004']).toMatchObject({ status: 'MET', poorHouseholds: 0, targets: [{ status: 'MET', required: 0, target: { kind: 'NO_POOR_BY_YEAR' } }] });
    expect(byCode['00013']).toMatchObject({ status: 'NOT_MET', poorHouseholds: 1, targets: [{ status: 'NOT_MET', current: expect.closeTo(0.0345, 3) }] });
    // Minh Trí: 40 → 15 (−62,5 %); Minh Phú: 30 → 15, exactly half, not "trên 50%"; Tân Dân: 50 → 20.
    const commune = (code: string) => byCode[code].targets.map((t: { status: string; base: number; current: number; required: number; target: { targetYear: number } }) => [t.target.targetYear, t.status, t.base, t.current, t.required]);
    expect(commune('00382')).toEqual([[2023, 'MET', 40, 15, 20], [2025, 'NOT_YET_DUE', 40, 15, expect.closeTo(12)]]);
    expect(commune('00397')).toEqual([[2023, 'NOT_MET', 30, 15, 15], [2025, 'NOT_YET_DUE', 30, 15, expect.closeTo(9)]]);
    expect(commune('00415')).toEqual([[2023, 'MET', 50, 20, 25], [2025, 'NOT_YET_DUE', 50, 20, expect.closeTo(15)]]);
    expect(byCode['01']).toMatchObject({ status: 'NOT_YET_DUE', targets: [] });
  });

  it('says a ward has no data rather than guess', async () => {
    const [row] = await progress(hanoi.before['00004'], 2024);
    expect(row).toMatchObject({ status: 'NO_DATA', households: null, targets: [{ status: 'NO_DATA' }] });
  });
});

describe('across the 2025 merger', () => {
  it("takes a merged commune's base year as the sum of its predecessors'", async () => {
    const input = figures(hanoi.kimAnh, 2025, 6200, 30, 80, 4);
    expect(dataOf(await admin(RECORD, { input })).recordPovertyCount.userErrors).toEqual([]);
    const [row] = await progress(hanoi.kimAnh, 2025);
    expect(row).toMatchObject({ unit: { code: '00382', name: 'Xã Kim Anh' }, poorHouseholds: 30, fromPredecessors: [], status: 'MET' });
    // 40 + 30 + 50 = 120 poor households early 2022; "giảm trên 70%": fewer than 36.
    expect(row.targets).toEqual([
      expect.objectContaining({ status: 'MET', base: 120, current: 30, required: expect.closeTo(36), baseFromPredecessors: ['00382', '00397', '00415'], target: { kind: 'REDUCTION_VS_BASE', targetYear: 2025 } }),
    ]);
    const [before] = await progress(hanoi.kimAnh, 2021);
    expect(before).toMatchObject({ poorHouseholds: 120, households: 6000, fromPredecessors: ['00382', '00397', '00415'] });
  });
});

describe('targets', () => {
  it('refuses a reduction without its percentage or base year', async () => {
    const input = { kind: 'REDUCTION_VS_BASE', targetYear: 2023, planText: 'giảm' };
    const payload = dataOf(await admin(ATTACH, { campaignId: hanoi.campaignId, input })).attachPovertyTarget;
    expect(payload.userErrors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
      ['REQUIRED', 'baseYear'],
      ['REQUIRED', 'reductionPercent'],
    ]);
    const list = dataOf(await admin(`query ($id: ID!) { povertyTargets(campaignId: $id) { kind planText } }`, { id: hanoi.campaignId }));
    expect(list.povertyTargets).toHaveLength(3);
    expect(list.povertyTargets[0].planText).toContain('Các phường, từ cuối năm 2023 đến năm 2025, không còn hộ nghèo');
  });
});
