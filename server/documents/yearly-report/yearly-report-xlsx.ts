import ExcelJS from 'exceljs';
import type { YearlyForm } from '../../services/reports/yearly-report-form';

/** Column widths (characters): label, Mã số, Đơn vị tính, then the counts. */
const WIDTHS = { label: 44, code: 7, measure: 9, count: 11 };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = 'Times New Roman';

/**
 * The form as a workbook laid out the way the ministry prints it: the form number and basis top left, the
 * reporting and receiving units top right, the title and period centred, then the table with its merged
 * header (Tổng số / Chia ra / level / award), the A, B, C, 1… row, the rows, and the signature block.
 */
export async function yearlyReportXlsx(form: YearlyForm): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'thidua';
  const sheet = book.addWorksheet(`Năm ${form.period.replace(/\D/g, '')}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const awards = form.awardNames.length;
  const lastCol = 4 + awards;
  sheet.columns = [
    { width: WIDTHS.label },
    { width: WIDTHS.code },
    { width: WIDTHS.measure },
    { width: WIDTHS.count },
    ...form.awardNames.map(() => ({ width: WIDTHS.count })),
  ];
  const split = Math.max(5, lastCol - 4);
  const put = (
    row: number,
    col: number,
    toCol: number,
    value: string,
    font: Partial<ExcelJS.Font>,
    align: 'left' | 'center' | 'right',
  ) => {
    if (toCol > col) sheet.mergeCells(row, col, row, toCol);
    const cell = sheet.getCell(row, col);
    cell.value = value;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  };

  put(1, 1, 3, form.formNumber, { bold: true }, 'left');
  put(1, split, lastCol, `Đơn vị báo cáo: ${form.reportingUnit}`, { bold: true }, 'center');
  put(2, 1, 3, form.basis, { italic: true }, 'left');
  put(2, split, lastCol, `Đơn vị nhận báo cáo: ${form.receivingUnit}`, {}, 'center');
  put(3, 1, 3, form.reception, {}, 'left');
  put(5, 1, lastCol, form.title, { bold: true, size: 14 }, 'center');
  put(6, 1, lastCol, form.period, { italic: true }, 'center');
  sheet.getRow(2).height = 30;

  // Header: rows 8–10, then the A, B, C, 1… row.
  const top = 8;
  const headerCell = (row: number, col: number, value: string) => {
    const cell = sheet.getCell(row, col);
    cell.value = value;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  sheet.mergeCells(top, 1, top + 2, 1);
  headerCell(top, 1, '');
  sheet.mergeCells(top, 2, top + 2, 2);
  headerCell(top, 2, 'Mã số');
  sheet.mergeCells(top, 3, top + 2, 3);
  headerCell(top, 3, 'Đơn vị tính');
  sheet.mergeCells(top, 4, top + 2, 4);
  headerCell(top, 4, 'Tổng số');
  if (awards > 0) {
    if (awards > 1) sheet.mergeCells(top, 5, top, lastCol);
    headerCell(top, 5, 'Chia ra');
    let col = 5;
    for (const group of form.groups) {
      if (group.span > 1) sheet.mergeCells(top + 1, col, top + 1, col + group.span - 1);
      headerCell(top + 1, col, group.label);
      col += group.span;
    }
    form.awardNames.forEach((name, i) => headerCell(top + 2, 5 + i, name));
  }
  form.columnKeys.forEach((key, i) => headerCell(top + 3, i + 1, key));
  sheet.getRow(top + 1).height = 32;
  sheet.getRow(top + 2).height = 80;

  form.rows.forEach((r, i) => {
    const row = sheet.getRow(top + 4 + i);
    row.values = [r.label, r.code, r.measure, r.total ?? '', ...r.counts.map((c) => c ?? '')];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > lastCol) return;
      cell.font = { name: FONT, size: 11, bold: r.style !== 'item' };
      cell.alignment = { horizontal: col === 1 ? 'left' : 'center', vertical: 'middle', wrapText: col === 1 };
    });
  });
  const bottom = top + 3 + form.rows.length;
  for (let row = top; row <= bottom; row++)
    for (let col = 1; col <= lastCol; col++) sheet.getCell(row, col).border = THIN;

  const sign = bottom + 2;
  put(sign, split, lastCol, form.signatures.place, { italic: true }, 'center');
  put(sign + 1, 1, 3, form.signatures.left[0], { bold: true }, 'center');
  put(sign + 1, split, lastCol, form.signatures.right[0], { bold: true }, 'center');
  put(sign + 2, 1, 3, form.signatures.left[1], { italic: true }, 'center');
  put(sign + 2, split, lastCol, form.signatures.right[1], { italic: true }, 'center');
  sheet.views = [{ state: 'frozen', ySplit: top + 3, xSplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
