import ExcelJS from 'exceljs';
import { refusal, registryImportMessages as M } from '../../domain/messages';
import { readCsvRecords } from './csv-records';

/** A spreadsheet's rows as text cells with the row numbers the officer sees, read from CSV or XLSX. */
export type RawRecord = { row: number; cells: string[] };

export function csvRecords(bytes: Buffer): RawRecord[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) throw refusal(M.notUtf8, {}, 'contentBase64');
  const records = readCsvRecords(text);
  if ('unclosedAt' in records) throw refusal(M.unclosedQuote, { row: records.unclosedAt }, 'contentBase64');
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

export async function xlsxRecords(bytes: Buffer, fileName: string): Promise<RawRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; the bytes are the same.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw refusal(M.xlsxUnreadable, { fileName }, 'contentBase64');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refusal(M.noRows, {}, 'contentBase64');
  const records: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    records.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return records;
}

/** A cell's text: days as YYYY-MM-DD (Excel keeps them as UTC midnights), formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}
