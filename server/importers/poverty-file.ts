import { foldName } from '../../domain/nominee-records';
import { povertyMessages as P, refusal, registryImportMessages as M } from '../../domain/messages';
import { csvRecords, xlsxRecords } from './spreadsheet-records';

/** The columns of a table of poverty counts as a commune or district sends it up (one row per unit and year). */
export type PovertyColumn =
  'unitCode' | 'year' | 'households' | 'poorHouseholds' | 'nearPoorHouseholds' | 'ethnicMinorityPoorHouseholds';

const COLUMNS: Record<PovertyColumn, { label: string; headers: string[]; required: boolean }> = {
  unitCode: { label: 'Mã đơn vị', headers: ['ma don vi', 'ma dvhc', 'ma xa', 'ma so', 'ma'], required: true },
  year: { label: 'Năm', headers: ['nam', 'nam ra soat'], required: true },
  households: { label: 'Tổng số hộ', headers: ['tong so ho', 'so ho', 'tong so ho dan'], required: true },
  poorHouseholds: { label: 'Số hộ nghèo', headers: ['so ho ngheo', 'ho ngheo'], required: true },
  nearPoorHouseholds: { label: 'Số hộ cận nghèo', headers: ['so ho can ngheo', 'ho can ngheo'], required: true },
  ethnicMinorityPoorHouseholds: {
    label: 'Số hộ nghèo dân tộc thiểu số',
    headers: ['so ho ngheo dan toc thieu so', 'ho ngheo dan toc thieu so', 'so ho ngheo dtts', 'ho ngheo dtts'],
    required: false,
  },
};

export const POVERTY_COLUMN_LABELS = Object.fromEntries(
  Object.entries(COLUMNS).map(([column, def]) => [column, def.label]),
) as Record<PovertyColumn, string>;

const BY_HEADER = new Map<string, PovertyColumn>();
for (const [column, def] of Object.entries(COLUMNS) as [PovertyColumn, (typeof COLUMNS)[PovertyColumn]][])
  for (const header of def.headers) BY_HEADER.set(header, column);

export interface PovertyFileRow {
  /** As the spreadsheet numbers it, the header row included. */
  row: number;
  cells: Partial<Record<PovertyColumn, string>>;
}

/** The first sheet (XLSX) or the records (CSV) of a table of poverty counts, by column. */
export async function readPovertyFile(
  bytes: Buffer,
  format: 'csv' | 'xlsx',
  fileName: string,
): Promise<PovertyFileRow[]> {
  const records = format === 'csv' ? csvRecords(bytes) : await xlsxRecords(bytes, fileName);
  const header = records.slice(0, 10).find((r) => r.cells.filter((c) => columnOf(c)).length >= 2);
  if (!header) throw refusal(M.noRows, {}, 'contentBase64');
  const columns = header.cells.map(columnOf);
  const missing = (Object.keys(COLUMNS) as PovertyColumn[]).filter((c) => COLUMNS[c].required && !columns.includes(c));
  if (missing.length)
    throw refusal(P.missingColumns, { columns: missing.map((c) => COLUMNS[c].label) }, 'contentBase64');
  const rows: PovertyFileRow[] = [];
  for (const record of records) {
    if (record.row <= header.row) continue;
    const cells: Partial<Record<PovertyColumn, string>> = {};
    columns.forEach((column, i) => {
      const value = (record.cells[i] ?? '').normalize('NFC').trim();
      if (column && value && cells[column] === undefined) cells[column] = value;
    });
    if (Object.keys(cells).length) rows.push({ row: record.row, cells });
  }
  if (!rows.length) throw refusal(M.noRows, {}, 'contentBase64');
  return rows;
}

function columnOf(header: string): PovertyColumn | null {
  return BY_HEADER.get(foldName(header.replace(/\([^)]*\)/g, ' ').replace(/[*:]/g, ' '))) ?? null;
}
