import { CommendationKind, NomineeKind } from '../../domain/enums';
import { registryImportMessages as M, type MessageDef } from '../../domain/messages';
import { foldName, isPastDay } from '../../domain/nominee-records';
import { REGISTRY_COLUMNS, type RegistryColumn, type RegistryFileRow } from './award-registry-file';

/** A row read and checked on its own, before units, awards and nominees are looked up. */
export interface RegistryRow {
  row: number;
  name: string;
  foldedName: string;
  /** Null: the file gave no kind; the award decides (see the importer). */
  kind: NomineeKind | null;
  dateOfBirth: string | null;
  identityNumber: string | null;
  unit: string;
  award: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  issuerName: string;
  movementName: string | null;
  /** Null: the default for the award (công trạng for a title, chuyên đề otherwise). */
  commendationKind: CommendationKind | null;
  certificateNumber: string | null;
}

/** Why a row is not imported, in both languages, with its row number as Excel shows it. */
export interface UnmatchedRow {
  row: number;
  code: string;
  reason: string;
  reasonVi: string;
}

export function unmatched<P>(row: number, def: MessageDef<P>, params: P): UnmatchedRow {
  return { row, code: def.code, reason: def.en(params), reasonVi: def.vi(params) };
}

/** Column lengths of award_record and nominee. */
const MAX_LENGTH: Partial<Record<RegistryColumn, number>> = {
  name: 200,
  unit: 200,
  award: 200,
  decisionNumber: 50,
  issuer: 200,
  movement: 300,
  certificateNumber: 60,
};

const KINDS = new Map<string, NomineeKind>([
  ['ca nhan', NomineeKind.INDIVIDUAL],
  ['tap the', NomineeKind.COLLECTIVE],
  ['ho gia dinh', NomineeKind.HOUSEHOLD],
  ['ho', NomineeKind.HOUSEHOLD],
  ...Object.values(NomineeKind).map((k): [string, NomineeKind] => [k.toLowerCase(), k]),
]);

// Law 06/2022 art. 23 names the kinds; "thường xuyên" is what registers before 2024 called công trạng.
const COMMENDATION_KINDS = new Map<string, CommendationKind>([
  ['cong trang', CommendationKind.CONG_TRANG],
  ['thuong xuyen', CommendationKind.CONG_TRANG],
  ['chuyen de', CommendationKind.CHUYEN_DE],
  ['dot xuat', CommendationKind.DOT_XUAT],
  ['cong hien', CommendationKind.CONG_HIEN],
  ['qua trinh cong hien', CommendationKind.CONG_HIEN],
  ['nien han', CommendationKind.NIEN_HAN],
  ...Object.values(CommendationKind).map((k): [string, CommendationKind] => [k.toLowerCase(), k]),
]);

/** "15/03/2023", "15-3-2023", "2023-03-15", an Excel serial day (45000) → "2023-03-15"; null when none of these. */
export function readDay(text: string): string | null {
  let y: number, m: number, d: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (ymd) [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else if (/^\d{5}$/.test(text)) {
    // Excel counts days from 30/12/1899 (its 1900 leap-year bug included).
    const day = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000);
    return day.toISOString().slice(0, 10);
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return valid ? date.toISOString().slice(0, 10) : null;
}

type Checked<T> = { value: T } | { problem: UnmatchedRow };

/** Reads one row; the first problem found makes it unmatched. */
export function readRegistryRow(
  source: RegistryFileRow,
  options: { today: string; collectiveNames: boolean },
): { row: RegistryRow } | { problem: UnmatchedRow } {
  const { row, cells } = source;
  const fail = <P>(def: MessageDef<P>, params: P) => ({ problem: unmatched(row, def, params) });
  for (const [column, max] of Object.entries(MAX_LENGTH) as [RegistryColumn, number][])
    if ((cells[column]?.length ?? 0) > max) return fail(M.cellTooLong, { column: REGISTRY_COLUMNS[column].label, max });
  for (const column of Object.keys(REGISTRY_COLUMNS) as RegistryColumn[])
    if (REGISTRY_COLUMNS[column].required && !cells[column])
      return fail(M.cellRequired, { column: REGISTRY_COLUMNS[column].label });

  const kindCell = cells.kind;
  const kind = kindCell
    ? (KINDS.get(foldName(kindCell)) ?? null)
    : options.collectiveNames
      ? NomineeKind.COLLECTIVE
      : null;
  if (kindCell && !kind) return fail(M.kindUnknown, { value: kindCell });

  const dateOfBirth = day(cells, 'dateOfBirth', options.today, row);
  if ('problem' in dateOfBirth) return dateOfBirth;
  const decisionDate = day(cells, 'decisionDate', options.today, row);
  if ('problem' in decisionDate) return decisionDate;

  const identity = cells.identityNumber?.replace(/[\s.]/g, '') ?? null;
  // A CCCD begins with its province's code (001–096): a spreadsheet that took it for a number dropped the 0.
  const identityNumber = identity && /^\d{11}$/.test(identity) ? `0${identity}` : identity;
  if (identityNumber && !/^\d{12}$/.test(identityNumber)) return fail(M.identityNumberInvalid, { value: identity! });

  const yearCell = cells.year!;
  const year = /^\d{4}$/.test(yearCell) ? Number(yearCell) : NaN;
  if (!(year >= 1945 && year <= Number(options.today.slice(0, 4)))) return fail(M.yearInvalid, { value: yearCell });

  const kindOfCommendation = cells.commendationKind;
  const commendationKind = kindOfCommendation ? commendationKindOf(kindOfCommendation) : null;
  if (kindOfCommendation && !commendationKind) return fail(M.commendationKindUnknown, { value: kindOfCommendation });

  return {
    row: {
      row,
      name: cells.name!,
      foldedName: foldName(cells.name!),
      kind,
      dateOfBirth: dateOfBirth.value,
      identityNumber,
      unit: cells.unit!,
      award: cells.award!,
      year,
      decisionNumber: cells.decisionNumber!,
      decisionDate: decisionDate.value!,
      issuerName: cells.issuer!,
      movementName: cells.movement ?? null,
      commendationKind,
      certificateNumber: cells.certificateNumber ?? null,
    },
  };
}

function day(
  cells: RegistryFileRow['cells'],
  column: 'dateOfBirth' | 'decisionDate',
  today: string,
  row: number,
): Checked<string | null> {
  const text = cells[column];
  if (!text) return { value: null };
  const label = REGISTRY_COLUMNS[column].label;
  const value = readDay(text);
  if (!value) return { problem: unmatched(row, M.dateInvalid, { column: label, value: text }) };
  if (!isPastDay(value, today)) return { problem: unmatched(row, M.dateInFuture, { column: label, value }) };
  return { value };
}

/** "Khen thưởng theo công trạng", "Chuyên đề", "CONG_TRANG" … */
function commendationKindOf(cell: string): CommendationKind | null {
  const folded = foldName(cell)
    .replace(/^khen thuong\s*/, '')
    .replace(/^theo\s+/, '');
  return COMMENDATION_KINDS.get(folded) ?? null;
}

/** A decision number as it identifies the decision: "07/QĐ-UBND", "7 / qđ-ubnd" and "7/QĐ-UBND" alike. */
export function decisionKey(decisionNumber: string): string {
  return decisionNumber
    .normalize('NFC')
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/^0+(?=\d)/, '');
}
