import ExcelJS from 'exceljs';
import { AuditAction, AwardRecordSource, CommendationKind, NomineeKind } from '../../domain/enums';
import { foldName } from '../../domain/nominee-records';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { AwardRecord } from '../../server/entities/award-record.entity';
import { AwardType } from '../../server/entities/award-type.entity';
import { Nominee } from '../../server/entities/nominee.entity';
import { codeOf, unitIdOf } from '../support/access-fixtures';
import { as, dataOf, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * A province enters the register of awards it kept before the platform (sổ theo dõi khen thưởng):
 * rows that match are imported as IMPORTED records, the others are reported by row number with the
 * reason; a dry run writes nothing and importing the same file again changes nothing.
 */
let platform: TestPlatform;
let admin: Gql;
let provinceId: string;

const IMPORT = `mutation ($input: ImportAwardRegistryInput!) { importAwardRegistry(input: $input) {
  report { dryRun rows imported unchanged unmatched { row code reason reasonVi } } userErrors { code field message messageVi } } }`;

const HEADER = 'STT,Họ và tên,Ngày sinh,Số CCCD,Loại đối tượng,Đơn vị,Hình thức khen thưởng,Năm,Số quyết định,Ngày quyết định,Người ký,Phong trào,Loại khen thưởng,Số vào sổ';
const REGISTER = [
  HEADER,
  '1,Phạm Thị Mai,12/05/1980,010180000222,Cá nhân,02656,LAO_DONG_TIEN_TIEN,2022,15/QĐ-UBND,10/01/2023,Chủ tịch UBND phường Xuân Tăng,,,',
  '2,Phạm Thị Mai,1980-05-12,,Cá nhân,Phường Xuân Tăng,Danh hiệu Lao động tiên tiến,2023,09/QĐ-UBND,2024-01-08,Chủ tịch UBND phường Xuân Tăng,,,',
  '3,"Tổ dân phố số 1, phường Xuân Tăng",,,Tập thể,080,Giấy khen của Chủ tịch UBND cấp huyện,2023,120/QĐ-UBND,20/01/2024,Chủ tịch UBND thành phố Lào Cai,"Phong trào ""Vì người nghèo""",Chuyên đề,GK-2024-0031',
  '4,Hoàng Văn Dũng,,,Cá nhân,02656,Huy chương Vì sự nghiệp thi đua,2023,16/QĐ-UBND,10/01/2024,Chủ tịch UBND phường Xuân Tăng,,,',
  '5,Hồ Thị Lan,,,Cá nhân,16663,LAO_DONG_TIEN_TIEN,2023,17/QĐ-UBND,10/01/2024,Chủ tịch UBND phường Đông Vĩnh,,,',
  '6,Lê Văn Cường,,010190000111,Cá nhân,02656,LAO_DONG_TIEN_TIEN,2023,18/QĐ-UBND,10/01/2024,Chủ tịch UBND phường Xuân Tăng,,,',
  '7,Nguyễn Văn An,,,Cá nhân,02656,LAO_DONG_TIEN_TIEN,2023,19/QĐ-UBND,10/01/2024,Chủ tịch UBND phường Xuân Tăng,,,',
  '8,Đỗ Thị Hằng,,,Cá nhân,02656,LAO_DONG_TIEN_TIEN,2023,20/QĐ-UBND,31/02/2024,Chủ tịch UBND phường Xuân Tăng,,,',
  '9,Trần Thị Bích,,010190000111,Cá nhân,02656,LAO_DONG_TIEN_TIEN,2023,021/QĐ-UBND,12/01/2024,Chủ tịch UBND phường Xuân Tăng,,,',
].join('\r\n');

const base64 = (text: string | Buffer) => Buffer.from(typeof text === 'string' ? `\uFEFF${text}\r\n` : text).toString('base64');
const run = (gql: Gql, input: Record<string, unknown>) =>
  gql(IMPORT, { input: { unitId: provinceId, fileName: 'so-khen-thuong.csv', contentBase64: base64(REGISTER), ...input } });
const reportOf = async (gql: Gql, input: Record<string, unknown> = {}) => {
  const payload = dataOf(await run(gql, input)).importAwardRegistry;
  expect(payload.userErrors).toEqual([]);
  return payload.report;
};

/** What the database holds: imported records, nominees, registry-import audit events. */
async function stored() {
  const em = platform.db.orm.em.fork();
  return {
    records: await em.count(AwardRecord, {}),
    nominees: await em.count(Nominee, {}),
    audits: await em.count(AuditEvent, { action: AuditAction.REGISTRY_IMPORTED }),
  };
}

const UNMATCHED = [
  [5, 'NOT_FOUND', 'Hình thức khen thưởng "Huy chương Vì sự nghiệp thi đua" không có trong danh mục'],
  [6, 'ROLE_ABOVE_OWN', 'Đơn vị "16663" (Phường Đông Vĩnh) không thuộc Tỉnh Lào Cai'],
  [7, 'IDENTITY_NUMBER_TAKEN', 'Số căn cước 010190000111 đã ghi cho "Trần Thị Bích"'],
  [8, 'DUPLICATE', 'Phường Xuân Tăng có 2 đối tượng cùng tên "Nguyễn Văn An"'],
  [9, 'INVALID_VALUE', 'Cột "Ngày quyết định": "31/02/2024" không phải một ngày'],
];

function expectUnmatched(report: { unmatched: { row: number; code: string; reason: string; reasonVi: string }[] }) {
  expect(report.unmatched.map((u) => [u.row, u.code])).toEqual(UNMATCHED.map(([row, code]) => [row, code]));
  report.unmatched.forEach((u, i) => {
    expect(u.reasonVi).toContain(UNMATCHED[i][2]);
    expect(u.reason).not.toBe(u.reasonVi);
  });
}

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  admin = await as(platform, 'laocai.admin');
  provinceId = await unitIdOf(platform, '10');
  // Records the commune already holds: a CCCD under another name, two namesakes without a date of birth,
  // and an award signed through the platform that the old register lists too.
  const em = platform.db.orm.em.fork();
  const xuanTang = await em.findOneOrFail(AdminUnit, { code: '02656' });
  const nominee = (name: string, identityNumber: string | null = null) =>
    em.create(Nominee, { kind: NomineeKind.INDIVIDUAL, name, foldedName: foldName(name), unit: xuanTang, identityNumber });
  const bich = nominee('Trần Thị Bích', '010190000111');
  nominee('Nguyễn Văn An');
  nominee('Nguyễn Văn An');
  em.create(AwardRecord, {
    nominee: bich, award: await em.findOneOrFail(AwardType, { code: 'LAO_DONG_TIEN_TIEN' }), year: 2023,
    commendationKind: CommendationKind.CONG_TRANG, decisionNumber: '21/QĐ-UBND', decisionDate: '2024-01-12',
    issuerUnit: xuanTang, issuerName: 'Chủ tịch UBND phường Xuân Tăng', unit: xuanTang,
  });
  await em.flush();
});
afterAll(() => platform?.stop());

describe('importing a register kept before the platform', () => {
  it('a dry run reports what would be imported and every row it cannot match, writing nothing', async () => {
    const before = await stored();
    const report = await reportOf(admin, { dryRun: true });
    // Row 10 is the award signed through the platform: 021/QĐ-UBND and 21/QĐ-UBND are one decision.
    expect(report).toMatchObject({ dryRun: true, rows: 9, imported: 3, unchanged: 1 });
    expectUnmatched(report);
    expect(await stored()).toEqual(before);
  });

  it('imports the rows that match as IMPORTED records, one nominee per person, and audits the import once', async () => {
    const before = await stored();
    const report = await reportOf(admin);
    expect(report).toMatchObject({ dryRun: false, rows: 9, imported: 3, unchanged: 1 });
    expectUnmatched(report);
    expect(await stored()).toEqual({ records: before.records + 3, nominees: before.nominees + 2, audits: before.audits + 1 });

    const em = platform.db.orm.em.fork();
    const records = await em.find(
      AwardRecord,
      { source: AwardRecordSource.IMPORTED },
      { populate: ['nominee', 'award', 'unit'], orderBy: { decisionDate: 'asc' } },
    );
    const shown = records.map((r) => ({
      nominee: r.nominee.name, award: r.award.code, year: r.year, decisionNumber: r.decisionNumber, decisionDate: r.decisionDate,
      issuerName: r.issuerName, unit: r.unit.code, commendationKind: r.commendationKind, movementName: r.movementName,
      certificateNumber: r.certificateNumber,
    }));
    expect(shown).toEqual([
      { nominee: 'Phạm Thị Mai', award: 'LAO_DONG_TIEN_TIEN', year: 2022, decisionNumber: '15/QĐ-UBND', decisionDate: '2023-01-10',
        issuerName: 'Chủ tịch UBND phường Xuân Tăng', unit: '02656', commendationKind: 'CONG_TRANG', movementName: null, certificateNumber: null },
      { nominee: 'Phạm Thị Mai', award: 'LAO_DONG_TIEN_TIEN', year: 2023, decisionNumber: '09/QĐ-UBND', decisionDate: '2024-01-08',
        issuerName: 'Chủ tịch UBND phường Xuân Tăng', unit: '02656', commendationKind: 'CONG_TRANG', movementName: null, certificateNumber: null },
      { nominee: 'Tổ dân phố số 1, phường Xuân Tăng', award: 'GIAY_KHEN_CHU_TICH_HUYEN', year: 2023, decisionNumber: '120/QĐ-UBND',
        decisionDate: '2024-01-20', issuerName: 'Chủ tịch UBND thành phố Lào Cai', unit: '080', commendationKind: 'CHUYEN_DE',
        movementName: 'Phong trào "Vì người nghèo"', certificateNumber: 'GK-2024-0031' },
    ]);
    expect(records[0].nominee.id).toBe(records[1].nominee.id);
    expect(records[0].nominee).toMatchObject({ dateOfBirth: '1980-05-12', identityNumber: '010180000222', kind: 'INDIVIDUAL' });
    expect(records[2].nominee).toMatchObject({ kind: 'COLLECTIVE', identityNumber: null });
    expect(records.every((r) => /^[0-9a-f]{64}$/.test(r.importKey ?? ''))).toBe(true);

    const [audit] = await em.find(AuditEvent, { action: AuditAction.REGISTRY_IMPORTED }, { populate: ['actor'] });
    expect(audit).toMatchObject({ entityType: 'AdminUnit', entityId: provinceId, actorRole: 'ADMIN' });
    expect(audit.actor?.username).toBe('laocai.admin');
    expect(audit.after).toEqual({ fileName: 'so-khen-thuong.csv', rows: 9, imported: 3, unchanged: 1, unmatched: 5 });
  });

  it('importing the same file again changes nothing and reports every matched row unchanged', async () => {
    const before = await stored();
    const report = await reportOf(admin);
    expect(report).toMatchObject({ rows: 9, imported: 0, unchanged: 4 });
    expectUnmatched(report);
    expect(await stored()).toEqual(before);
    // A dry run of it says the same.
    expect(await reportOf(admin, { dryRun: true })).toMatchObject({ imported: 0, unchanged: 4 });
  });

  it('reads the first sheet of an XLSX, with Excel date cells and a decision number written another way', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sổ');
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Cấp khen thưởng']);
    sheet.addRow(['Phạm Thị Mai', new Date(Date.UTC(1980, 4, 12)), '02656', 'LAO_DONG_TIEN_TIEN', 2023, '9/QĐ-UBND', new Date(Date.UTC(2024, 0, 8)), 'UBND phường Xuân Tăng']);
    sheet.addRow(['Phạm Thị Mai', new Date(Date.UTC(1980, 4, 12)), '02656', 'Bằng khen của Chủ tịch UBND tỉnh', 2024, '88/QĐ-UBND', new Date(Date.UTC(2025, 1, 3)), 'Chủ tịch UBND tỉnh Lào Cai']);
    const contentBase64 = base64(Buffer.from(await book.xlsx.writeBuffer()));
    const before = await stored();
    const report = await reportOf(admin, { fileName: 'So KT.xlsx', contentBase64 });
    expect(report).toMatchObject({ rows: 2, imported: 1, unchanged: 1, unmatched: [] });
    expect(await stored()).toMatchObject({ records: before.records + 1, nominees: before.nominees });
    const record = await platform.db.orm.em.fork().findOneOrFail(AwardRecord, { decisionNumber: '88/QĐ-UBND' }, { populate: ['nominee'] });
    expect(record).toMatchObject({ decisionDate: '2025-02-03', year: 2024, commendationKind: 'CHUYEN_DE', source: 'IMPORTED' });
    expect(record.nominee.identityNumber).toBe('010180000222');
  });
});

describe('who imports, and files refused as a whole', () => {
  it('is refused to someone who is not an ADMIN, and to an ADMIN of another province', async () => {
    const before = await stored();
    expect(codeOf(await run(await as(platform, 'laocai.approver'), {}))).toBe('FORBIDDEN');
    const other = dataOf(await run(await as(platform, 'nghean.admin'), {})).importAwardRegistry;
    expect(other.report).toBeNull();
    expect(other.userErrors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([['ROLE_ABOVE_OWN', 'unitId']]);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['a file missing columns', { contentBase64: base64('Họ và tên,Đơn vị,Năm\nA,02656,2023') }, 'REQUIRED', 'contentBase64', '"Hình thức khen thưởng"'],
    ['an .xls file', { fileName: 'so.xls' }, 'FILE_TYPE_NOT_ALLOWED', 'fileName', '.csv hoặc .xlsx'],
    ['content that is not base64', { contentBase64: '***' }, 'INVALID_VALUE', 'contentBase64', 'base64'],
  ])('refuses %s with one error and imports nothing', async (_what, input, code, field, text) => {
    const before = await stored();
    const payload = dataOf(await run(admin, input)).importAwardRegistry;
    expect(payload.userErrors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([[code, field]]);
    expect(payload.userErrors[0].messageVi).toContain(text);
    expect(await stored()).toEqual(before);
  });
});
