import ExcelJS from 'exceljs';
import { CommendationKind, NomineeKind } from '../../domain/enums';
import { DomainError } from '../../domain/error-codes';
import { columnOfHeader, readRegistryFile, registryFormatOf, type RegistryFileRow } from '../../server/importers/award-registry-file';
import { decisionKey, readDay, readRegistryRow } from '../../server/importers/award-registry-row';
import { readCsvRecords } from '../../server/importers/csv-records';

/**
 * Reading the register of awards a province kept before the platform: the headers a văn thư writes,
 * CSV as Excel saves it (BOM, quotes, CRLF, semicolons) and XLSX with real date cells.
 */
const TODAY = '2026-12-02';
const HEADER = 'STT,Họ và tên,Ngày sinh,Số CCCD,Loại đối tượng,Đơn vị,Hình thức khen thưởng,Năm,Số quyết định,Ngày quyết định,Người ký,Phong trào,Loại khen thưởng,Số vào sổ';

const csv = (...lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

async function refusalOf(work: Promise<unknown>): Promise<{ code: string; messageVi: string }> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return { code: (error as DomainError).code, messageVi: (error as DomainError).error.messageVi };
}

describe('reading a CSV register', () => {
  it('drops the BOM and keeps quoted commas, doubled quotes, line breaks and Vietnamese as written', async () => {
    const sheet = await readRegistryFile(
      csv(
        HEADER,
        '1,Nguyễn Thị Hoa,15/03/1985,035185001234,Cá nhân,02656,Danh hiệu Lao động tiên tiến,2023,07/QĐ-UBND,2024-01-12,"Chủ tịch UBND phường Xuân Tăng","Phong trào ""Vì người nghèo""",Công trạng,',
        '2,"Tổ dân phố số 3, phường Xuân Tăng",,,Tập thể,02656,"Giấy khen của Chủ tịch UBND cấp xã",2023,"12/QĐ-UBND",20/01/2024,"Chủ tịch UBND phường,\nXuân Tăng",,,GK-2024-0001',
        ',,,,,,,,,,,,,',
      ),
      'csv',
    );
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(sheet.rows[0].cells).toEqual({
      name: 'Nguyễn Thị Hoa', dateOfBirth: '15/03/1985', identityNumber: '035185001234', kind: 'Cá nhân', unit: '02656',
      award: 'Danh hiệu Lao động tiên tiến', year: '2023', decisionNumber: '07/QĐ-UBND', decisionDate: '2024-01-12',
      issuer: 'Chủ tịch UBND phường Xuân Tăng', movement: 'Phong trào "Vì người nghèo"', commendationKind: 'Công trạng',
    });
    expect(sheet.rows[1].cells.name).toBe('Tổ dân phố số 3, phường Xuân Tăng');
    expect(sheet.rows[1].cells.issuer).toBe('Chủ tịch UBND phường, Xuân Tăng');
    expect(sheet.rows[1].cells.certificateNumber).toBe('GK-2024-0001');
  });

  it('reads semicolons (Excel on a Vietnamese Windows) and a title above the header row', async () => {
    const sheet = await readRegistryFile(
      Buffer.from('SỔ THEO DÕI KHEN THƯỞNG;;;\n\nHọ tên (*);Đơn vị;Hình thức;Năm;Số QĐ;Ngày QĐ;Cấp khen thưởng\nLê Văn Nam;02656;LAO_DONG_TIEN_TIEN;2022;3/QĐ-UBND;05/01/2023;UBND phường\n'),
      'csv',
    );
    expect(sheet.rows).toEqual([
      { row: 4, cells: { name: 'Lê Văn Nam', unit: '02656', award: 'LAO_DONG_TIEN_TIEN', year: '2022', decisionNumber: '3/QĐ-UBND', decisionDate: '05/01/2023', issuer: 'UBND phường' } },
    ]);
  });

  it('refuses a file missing required columns, naming them all in one error', async () => {
    const refused = await refusalOf(readRegistryFile(csv('Họ và tên,Đơn vị,Hình thức khen thưởng,Năm', 'A,02656,X,2023'), 'csv'));
    expect(refused.code).toBe('REQUIRED');
    expect(refused.messageVi).toContain('"Số quyết định", "Ngày quyết định", "Người ký"');
  });

  it.each([
    ['an unclosed quote', Buffer.from('Họ và tên,Đơn vị\n"Nguyễn Văn A,02656\n'), 'INVALID_VALUE', 'dòng 2'],
    ['a Windows-1258 file', Buffer.from([0x48, 0xe4, 0x2c, 0x0a]), 'INVALID_VALUE', 'Unicode'],
    ['a header without data', csv(HEADER), 'REQUIRED', 'không có dòng dữ liệu'],
  ])('refuses %s', async (_what, bytes, code, text) => {
    const refused = await refusalOf(readRegistryFile(bytes, 'csv'));
    expect(refused.code).toBe(code);
    expect(refused.messageVi).toContain(text);
  });

  it('splits records as RFC 4180 says', () => {
    expect(readCsvRecords('a,"b,""c""",d\r\n"e\r\nf",,\n')).toEqual([['a', 'b,"c"', 'd'], ['e\r\nf', '', '']]);
    expect(readCsvRecords('a,"b')).toEqual({ unclosedAt: 1 });
  });
});

describe('reading an XLSX register', () => {
  async function workbook(rows: unknown[][]): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sổ khen thưởng');
    for (const row of rows) sheet.addRow(row);
    book.addWorksheet('Ghi chú').addRow(['Họ và tên', 'bỏ qua']);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reads the first sheet: date cells, numbers that lost their leading zero, formulas by result', async () => {
    const bytes = await workbook([
      ['Tên tập thể', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Số quyết định', 'Ngày quyết định', 'Người ký', 'Số CCCD'],
      ['Tổ dân phố số 5', 2656, 'Danh hiệu Tập thể lao động tiên tiến', 2023, '15/QĐ-UBND', new Date(Date.UTC(2024, 0, 12)), { formula: '"Chủ tịch UBND"&" phường"', result: 'Chủ tịch UBND phường' }, 35185001234],
    ]);
    const sheet = await readRegistryFile(bytes, 'xlsx');
    expect(sheet.collectiveNames).toBe(true);
    expect(sheet.rows).toEqual([
      { row: 2, cells: { name: 'Tổ dân phố số 5', unit: '2656', award: 'Danh hiệu Tập thể lao động tiên tiến', year: '2023', decisionNumber: '15/QĐ-UBND', decisionDate: '2024-01-12', issuer: 'Chủ tịch UBND phường', identityNumber: '35185001234' } },
    ]);
    const read = readRegistryRow(sheet.rows[0], { today: TODAY, collectiveNames: true });
    expect('row' in read && read.row).toMatchObject({ kind: NomineeKind.COLLECTIVE, identityNumber: '035185001234', decisionDate: '2024-01-12' });
  });

  it('refuses bytes that are not a workbook, and a workbook missing a column', async () => {
    expect((await refusalOf(readRegistryFile(Buffer.from('not a zip'), 'xlsx', 'so.xlsx'))).messageVi).toContain('Không mở được tệp Excel "so.xlsx"');
    const noIssuer = await workbook([['Họ và tên', 'Đơn vị', 'Hình thức khen thưởng', 'Năm', 'Số quyết định', 'Ngày quyết định'], ['A', '02656', 'X', 2023, '1/QĐ-UBND', '01/02/2024']]);
    expect((await refusalOf(readRegistryFile(noIssuer, 'xlsx'))).messageVi).toContain('"Người ký"');
  });
});

describe('headers, days and rows', () => {
  it.each([
    ['Họ và tên', 'name'], ['HỌ VÀ TÊN', 'name'], ['Họ và tên / Tên tập thể', 'name'], ['Tên tập thể', 'name'],
    ['Ngày sinh (dd/mm/yyyy)', 'dateOfBirth'], ['Số CCCD', 'identityNumber'], ['Số căn cước công dân', 'identityNumber'],
    ['Đơn vị:', 'unit'], ['Hình thức khen thưởng (*)', 'award'], ['Năm', 'year'], ['Số quyết định', 'decisionNumber'],
    ['Ngày quyết định', 'decisionDate'], ['Người ký', 'issuer'], ['Cấp khen thưởng', 'issuer'], ['Phong trào', 'movement'],
    ['Loại khen thưởng', 'commendationKind'], ['Số vào sổ', 'certificateNumber'], ['STT', null], ['Ghi chú', null],
  ])('"%s" is the %s column', (header, column) => {
    expect(columnOfHeader(header)).toBe(column);
  });

  it.each([
    ['15/03/2023', '2023-03-15'], ['5/3/2023', '2023-03-05'], ['15-03-2023', '2023-03-15'], ['15.03.2023', '2023-03-15'],
    ['2023-03-15', '2023-03-15'], ['45000', '2023-03-15'], ['31/02/2023', null], ['2023/03/15', null], ['tháng 3', null],
  ])('the day "%s" is %s', (text, day) => {
    expect(readDay(text)).toBe(day);
  });

  it('reads the file extension', () => {
    expect([registryFormatOf('so.CSV'), registryFormatOf('Sổ KT 2023.xlsx'), registryFormatOf('so.xls')]).toEqual(['csv', 'xlsx', null]);
  });

  const base: RegistryFileRow['cells'] = {
    name: 'Nguyễn  Thị Hoa', unit: '02656', award: 'Giấy khen', year: '2023', decisionNumber: '07/QĐ-UBND',
    decisionDate: '12/01/2024', issuer: 'Chủ tịch UBND phường',
  };

  it('a row reads into a registry row; kinds of commendation in the words of the law', () => {
    const read = readRegistryRow({ row: 7, cells: { ...base, kind: 'Hộ gia đình', commendationKind: 'Khen thưởng theo chuyên đề' } }, { today: TODAY, collectiveNames: false });
    expect(read).toEqual({
      row: {
        row: 7, name: 'Nguyễn  Thị Hoa', foldedName: 'nguyen thi hoa', kind: NomineeKind.HOUSEHOLD, dateOfBirth: null, identityNumber: null,
        unit: '02656', award: 'Giấy khen', year: 2023, decisionNumber: '07/QĐ-UBND', decisionDate: '2024-01-12',
        issuerName: 'Chủ tịch UBND phường', movementName: null, commendationKind: CommendationKind.CHUYEN_DE, certificateNumber: null,
      },
    });
  });

  it.each([
    [{ decisionNumber: undefined }, 'REQUIRED', 'Cột "Số quyết định" để trống.'],
    [{ dateOfBirth: '30/02/1980' }, 'INVALID_VALUE', 'Cột "Ngày sinh": "30/02/1980" không phải một ngày'],
    [{ decisionDate: '05/01/2099' }, 'INVALID_VALUE', 'ngày 05/01/2099 chưa đến'],
    [{ identityNumber: '12345' }, 'INVALID_VALUE', 'Số căn cước "12345" không hợp lệ'],
    [{ kind: 'Đoàn thể' }, 'INVALID_VALUE', '"Đoàn thể" không phải Cá nhân, Tập thể hay Hộ gia đình'],
    [{ year: '2027' }, 'INVALID_VALUE', 'Cột "Năm": "2027"'],
    [{ commendationKind: 'Thường niên' }, 'INVALID_VALUE', '"Thường niên" không phải Công trạng'],
    [{ name: 'A'.repeat(201) }, 'TEXT_TOO_LONG', 'Cột "Họ và tên" dài quá 200 ký tự.'],
  ])('%j is unmatched: %s', (change, code, reasonVi) => {
    const read = readRegistryRow({ row: 9, cells: { ...base, ...change } }, { today: TODAY, collectiveNames: false });
    expect(read).toEqual({ problem: { row: 9, code, reason: expect.any(String), reasonVi: expect.stringContaining(reasonVi) } });
  });

  it('decision numbers compare without spaces, case or a leading zero', () => {
    expect(new Set(['07/QĐ-UBND', '7/QĐ-UBND', ' 7 / qđ-ubnd ']).size).toBe(3);
    expect(new Set(['07/QĐ-UBND', '7/QĐ-UBND', ' 7 / qđ-ubnd '].map(decisionKey))).toEqual(new Set(['7/QĐ-UBND']));
  });
});
