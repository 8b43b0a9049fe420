import { foldName } from '../../domain/nominee-records';
import { refusal, registryImportMessages as M } from '../../domain/messages';
import { csvRecords, xlsxRecords, type RawRecord } from './spreadsheet-records';

/** The columns of a register of awards (sổ theo dõi khen thưởng) as a văn thư keeps it. */
export type RegistryColumn =
  | 'name'
  | 'dateOfBirth'
  | 'identityNumber'
  | 'kind'
  | 'unit'
  | 'award'
  | 'year'
  | 'decisionNumber'
  | 'decisionDate'
  | 'issuer'
  | 'movement'
  | 'commendationKind'
  | 'certificateNumber';

interface ColumnDef {
  /** As the error names it. */
  label: string;
  /** Folded headers that name it ("Họ và tên" → "ho va ten"). */
  headers: string[];
  required: boolean;
}

export const REGISTRY_COLUMNS: Record<RegistryColumn, ColumnDef> = {
  name: {
    label: 'Họ và tên',
    headers: ['ho va ten', 'ho ten', 'ten tap the', 'ten doi tuong', 'ten ca nhan, tap the', 'ten ho gia dinh'],
    required: true,
  },
  dateOfBirth: { label: 'Ngày sinh', headers: ['ngay sinh', 'ngay thang nam sinh'], required: false },
  identityNumber: {
    label: 'Số CCCD',
    headers: ['so cccd', 'cccd', 'so can cuoc', 'so can cuoc cong dan', 'so dinh danh', 'so dinh danh ca nhan'],
    required: false,
  },
  kind: { label: 'Loại đối tượng', headers: ['loai doi tuong', 'doi tuong'], required: false },
  unit: { label: 'Đơn vị', headers: ['don vi', 'don vi de nghi', 'ma don vi', 'don vi trinh'], required: true },
  award: {
    label: 'Hình thức khen thưởng',
    headers: ['hinh thuc khen thuong', 'hinh thuc', 'danh hieu', 'danh hieu thi dua', 'hinh thuc, danh hieu'],
    required: true,
  },
  year: { label: 'Năm', headers: ['nam', 'nam thanh tich', 'nam khen thuong'], required: true },
  decisionNumber: { label: 'Số quyết định', headers: ['so quyet dinh', 'so qd'], required: true },
  decisionDate: { label: 'Ngày quyết định', headers: ['ngay quyet dinh', 'ngay qd', 'ngay ky'], required: true },
  issuer: {
    label: 'Người ký',
    headers: ['nguoi ky', 'cap khen thuong', 'cap khen', 'co quan ban hanh', 'cap quyet dinh'],
    required: true,
  },
  movement: { label: 'Phong trào', headers: ['phong trao', 'phong trao thi dua'], required: false },
  commendationKind: { label: 'Loại khen thưởng', headers: ['loai khen thuong'], required: false },
  certificateNumber: { label: 'Số vào sổ', headers: ['so vao so', 'so vao so khen thuong'], required: false },
};

const BY_HEADER = new Map<string, RegistryColumn>();
for (const [column, def] of Object.entries(REGISTRY_COLUMNS) as [RegistryColumn, ColumnDef][])
  for (const header of def.headers) BY_HEADER.set(header, column);

/** One data row: its number as Excel shows it, and its cells by column (trimmed text, days as YYYY-MM-DD). */
export interface RegistryFileRow {
  row: number;
  cells: Partial<Record<RegistryColumn, string>>;
}

export interface RegistrySheet {
  rows: RegistryFileRow[];
  /** The name column is headed "Tên tập thể": rows without a kind are collectives. */
  collectiveNames: boolean;
}

export type RegistryFormat = 'csv' | 'xlsx';

export function registryFormatOf(fileName: string): RegistryFormat | null {
  const match = /\.(csv|xlsx)$/i.exec(fileName.trim());
  return match ? (match[1].toLowerCase() as RegistryFormat) : null;
}

/**
 * The column a header names, matched loosely: case, diacritics, a "(*)" or "(dd/mm/yyyy)" note and
 * a trailing colon do not matter; "Họ và tên / Tên tập thể" names the name column by either part.
 */
export function columnOfHeader(header: string): RegistryColumn | null {
  const folded = foldName(header.replace(/\([^)]*\)/g, ' ').replace(/[*:]/g, ' '));
  const direct = BY_HEADER.get(folded);
  if (direct) return direct;
  for (const part of folded.split('/').map((p) => p.trim())) {
    const column = BY_HEADER.get(part);
    if (column) return column;
  }
  return null;
}

/** A register's first sheet (XLSX) or its records (CSV), read into rows by column. */
export async function readRegistryFile(
  bytes: Buffer,
  format: RegistryFormat,
  fileName = 'tệp',
): Promise<RegistrySheet> {
  const records = format === 'csv' ? csvRecords(bytes) : await xlsxRecords(bytes, fileName);
  return sheetOf(records);
}

/** Header rows above the table (the register's title, its unit) are skipped: the header names the most columns. */
const HEADER_SEARCH_ROWS = 10;

function sheetOf(records: RawRecord[]): RegistrySheet {
  const header = records
    .slice(0, HEADER_SEARCH_ROWS)
    .map((record) => ({ record, columns: record.cells.map(columnOfHeader) }))
    .reduce<{ record: RawRecord; columns: (RegistryColumn | null)[] } | null>((best, candidate) => {
      const count = (c: { columns: (RegistryColumn | null)[] }) => new Set(c.columns.filter(Boolean)).size;
      return !best || count(candidate) > count(best) ? candidate : best;
    }, null);
  if (!header || !header.columns.some(Boolean)) throw refusal(M.noRows, {}, 'contentBase64');
  const missing = (Object.entries(REGISTRY_COLUMNS) as [RegistryColumn, ColumnDef][])
    .filter(([column, def]) => def.required && !header.columns.includes(column))
    .map(([, def]) => def.label);
  if (missing.length) throw refusal(M.missingColumns, { columns: missing }, 'contentBase64');

  const nameHeader = header.record.cells[header.columns.indexOf('name')];
  const rows: RegistryFileRow[] = [];
  for (const record of records) {
    if (record.row <= header.record.row) continue;
    const cells: Partial<Record<RegistryColumn, string>> = {};
    header.columns.forEach((column, i) => {
      const text = clean(record.cells[i] ?? '');
      // The first column of that name wins; a repeated header is left alone.
      if (column && text && cells[column] === undefined) cells[column] = text;
    });
    if (Object.keys(cells).length) rows.push({ row: record.row, cells });
  }
  if (!rows.length) throw refusal(M.noRows, {}, 'contentBase64');
  return { rows, collectiveNames: foldName(nameHeader).startsWith('ten tap the') };
}

/** NFC (Vietnamese typed on different keyboards composes differently), single spaces, trimmed. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
