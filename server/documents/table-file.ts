import { VIETNAM_OFFSET_MS } from '../../domain/calendar';
import { dayVi } from '../../domain/messages';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

/**
 * A table as a spreadsheet (XLSX) or as CSV, for exports and reports.
 *
 *   const table = tableWriter('XLSX', { title: 'Danh sách đề nghị', columns: [
 *     { header: 'Họ và tên', type: 'text', width: 32 }, { header: 'Ngày tạo', type: 'date' }] });
 *   table.addRows([['Nguyễn Thị Hoà', new Date()]]);   // as many batches as needed
 *   const bytes = await table.finish();                 // Buffer
 *
 * Dates are shown dd/mm/yyyy in Vietnam time: in XLSX a real date cell (sortable in Excel) whose
 * day is the Vietnamese calendar day, in CSV the text "dd/mm/yyyy".
 */
export type TableFormat = 'XLSX' | 'CSV';
export type CellType = 'text' | 'number' | 'date';
export type CellValue = string | number | Date | null | undefined;

export interface TableColumn {
  /** The heading as an officer reads it (Vietnamese). */
  header: string;
  type?: CellType;
  /** Width in characters (XLSX only); a width fitting the header by default. */
  width?: number;
}

export interface TableSpec {
  columns: TableColumn[];
  /** A bold first row above the headers (XLSX only; CSV stays one header line for machines). */
  title?: string;
  /** The worksheet's name (at most 31 characters). */
  sheetName?: string;
}

export interface TableWriter {
  addRows(rows: readonly CellValue[][]): void;
  finish(): Promise<Buffer>;
}

export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
};

export const TABLE_EXTENSIONS: Record<TableFormat, string> = { XLSX: 'xlsx', CSV: 'csv' };

export const DATE_FORMAT = 'dd/mm/yyyy';

/** The Vietnamese calendar day of an instant, as midnight UTC (what Excel stores: a day without a zone). */
export function vietnamDay(at: Date): Date {
  const shifted = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export function tableWriter(format: TableFormat, spec: TableSpec): TableWriter {
  return format === 'XLSX' ? xlsxWriter(spec) : csvWriter(spec);
}

/** One call for a table held in memory. */
export function tableFile(format: TableFormat, spec: TableSpec, rows: readonly CellValue[][]): Promise<Buffer> {
  const writer = tableWriter(format, spec);
  writer.addRows(rows);
  return writer.finish();
}

function xlsxWriter(spec: TableSpec): TableWriter {
  // The streaming writer commits each row as it comes: a large export keeps only compressed bytes.
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => sink.on('end', resolve).on('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'thidua';
  const headerRow = spec.title ? 2 : 1;
  const sheet = workbook.addWorksheet(sheetName(spec.sheetName), {
    // The header stays in view while scrolling, and filters sit on it.
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
  });
  sheet.columns = spec.columns.map((column) => ({
    width: column.width ?? Math.max(12, Math.min(50, column.header.length + 4)),
  }));
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: spec.columns.length } };
  if (spec.title) {
    if (spec.columns.length > 1) sheet.mergeCells(1, 1, 1, spec.columns.length);
    const title = sheet.getRow(1);
    title.getCell(1).value = spec.title;
    title.font = { bold: true, size: 14 };
    title.commit();
  }
  const header = sheet.getRow(headerRow);
  spec.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  return {
    addRows(rows) {
      for (const values of rows) {
        const row = sheet.addRow(spec.columns.map((column, i) => xlsxValue(column.type, values[i])));
        spec.columns.forEach((column, i) => {
          if (column.type === 'date') row.getCell(i + 1).numFmt = DATE_FORMAT;
        });
        row.commit();
      }
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}

function sheetName(name: string | undefined): string {
  // Excel refuses these characters and names longer than 31.
  return (name ?? 'Danh sách').replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Danh sách';
}

function xlsxValue(type: CellType | undefined, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type === 'text' ? dayVi(value) : vietnamDay(value);
  if (type === 'number' && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return Number(value);
  }
  return value;
}

/** RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? dayVi(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvWriter(spec: TableSpec): TableWriter {
  const chunks: string[] = [];
  const line = (values: readonly CellValue[]) => values.map(csvField).join(',') + '\r\n';
  chunks.push(line(spec.columns.map((c) => c.header)));
  return {
    addRows(rows) {
      for (const values of rows) chunks.push(line(spec.columns.map((_, i) => values[i])));
    },
    async finish() {
      // The byte-order mark makes Excel read the file as UTF-8 (Vietnamese diacritics).
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chunks.join(''), 'utf8')]);
    },
  };
}
