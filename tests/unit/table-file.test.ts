import ExcelJS from 'exceljs';
import { dayVi } from '../../domain/messages';
import { csvField, tableFile } from '../../server/documents/table-file';

describe('table files', () => {
  it.each([
    ['Nguyễn Thị Hoà', 'Nguyễn Thị Hoà'],
    ['Tổ 1, phường Xuân Tăng', '"Tổ 1, phường Xuân Tăng"'],
    ['Phong trào "Vì người nghèo"', '"Phong trào ""Vì người nghèo"""'],
    ['hai\r\ndòng', '"hai\r\ndòng"'],
    [12, '12'],
    [null, ''],
  ])('CSV field %j is written %j (RFC 4180)', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it.each([
    ['2024-11-20T16:59:59Z', '20/11/2024'],
    ['2024-11-20T17:00:00Z', '21/11/2024'],
    ['2024-12-31T18:00:00Z', '01/01/2025'],
  ])('%s is %s in Vietnam', (instant, day) => {
    expect(dayVi(new Date(instant))).toBe(day);
  });

  it('CSV: byte-order mark, header line, CRLF after every record', async () => {
    const bytes = await tableFile('CSV', { columns: [{ header: 'Họ và tên' }, { header: 'Ngày', type: 'date' }] }, [
      ['Lò Văn Dũng', new Date('2024-11-20T17:30:00Z')],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Họ và tên,Ngày\r\nLò Văn Dũng,21/11/2024\r\n');
  });

  it('XLSX: title, bold frozen header with a filter, typed cells, the Vietnamese day as a date', async () => {
    const bytes = await tableFile(
      'XLSX',
      {
        title: 'Danh sách',
        columns: [{ header: 'Họ và tên', width: 30 }, { header: 'Số phiếu', type: 'number' }, { header: 'Ngày', type: 'date' }],
      },
      [['Nguyễn Thị Hoà', '9', new Date('2024-11-20T17:30:00Z')]],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Danh sách');
    expect(sheet.getRow(2).values).toEqual([undefined, 'Họ và tên', 'Số phiếu', 'Ngày']);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:C2');
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getRow(3).values).toEqual([undefined, 'Nguyễn Thị Hoà', 9, new Date(Date.UTC(2024, 10, 21))]);
    expect(sheet.getCell('C3').numFmt).toBe('dd/mm/yyyy');
  });
});
