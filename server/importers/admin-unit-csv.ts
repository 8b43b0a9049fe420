import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { AdminLevel, LEVEL_DEPTH } from '../../domain/enums';

/** The official formats (GSO lists and the 2025 merge mapping), header lines included. */
export const UNIT_LIST_HEADER = ['code', 'name', 'type', 'level', 'parent_code'];
export const MERGE_HEADER = ['new_code', 'old_code', 'old_name', 'merge'];

export interface UnitRow {
  line: number;
  code: string;
  name: string;
  type: string;
  level: AdminLevel;
  parentCode: string | null;
}

export interface MergeRow {
  line: number;
  newCode: string;
  oldCode: string;
  oldName: string;
  full: boolean;
}

export interface CsvProblem {
  line: number;
  message: string;
}

const SHOWN_PROBLEMS = 20;

/** A file refused as a whole: nothing of it is written. Every problem names its line. */
export class CsvRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: CsvProblem[],
  ) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  line ${p.line}: ${p.message}`);
    const more = problems.length > SHOWN_PROBLEMS ? [`  … and ${problems.length - SHOWN_PROBLEMS} more`] : [];
    super(
      [`${file} refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...shown, ...more].join(
        '\n',
      ),
    );
    this.name = 'CsvRefusedError';
  }
}

const CODE = /^\d{1,10}$/;
const LEVELS = new Set<string>(Object.values(AdminLevel));
const PROGRESS_EVERY = 1000;

/** Splits one line; double-quoted fields (RFC 4180, without line breaks inside) are allowed. */
export function splitCsvLine(text: string): string[] {
  if (!text.includes('"')) return text.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}

/**
 * Streams a CSV file's data lines (CRLF or LF, optional BOM). Fields are trimmed, inner runs of spaces
 * collapsed and text NFC-normalised (a few official names end in a space; Vietnamese diacritics can be
 * composed or not), so a re-import compares equal. A header other than `header` is refused.
 */
export async function* readCsv(
  file: string,
  header: string[],
  problems: CsvProblem[],
  onLines?: (count: number) => void,
): AsyncGenerator<{ line: number; fields: string[] }> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line += 1;
    const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).normalize('NFC');
    if (line === 1) {
      const got = splitCsvLine(text).map((f) => f.trim().toLowerCase());
      if (got.join(',') !== header.join(',')) {
        problems.push({ line, message: `header must be "${header.join(',')}", got "${text}"` });
        return;
      }
      continue;
    }
    if (!text.trim()) continue;
    const fields = splitCsvLine(text).map((f) => f.trim().replace(/\s+/g, ' '));
    if (fields.length !== header.length) {
      problems.push({ line, message: `expected ${header.length} fields, got ${fields.length}` });
      continue;
    }
    if ((line - 1) % PROGRESS_EVERY === 0) onLines?.(line - 1);
    yield { line, fields };
  }
  if (line === 0) problems.push({ line: 1, message: 'the file is empty (no header line)' });
  onLines?.(Math.max(line - 1, 0));
}

function checkText(problems: CsvProblem[], line: number, column: string, value: string, max: number) {
  if (!value) problems.push({ line, message: `${column} is empty` });
  else if (value.length > max) problems.push({ line, message: `${column} is longer than ${max} characters` });
}

/** Reads and validates a unit list; the parent may come later in the file, but must be in it. */
export async function readUnitList(file: string, onLines?: (count: number) => void): Promise<UnitRow[]> {
  const problems: CsvProblem[] = [];
  const rows: UnitRow[] = [];
  const byCode = new Map<string, UnitRow>();
  for await (const { line, fields } of readCsv(file, UNIT_LIST_HEADER, problems, onLines)) {
    const [code, name, type, level, parentCode] = fields;
    if (!CODE.test(code)) problems.push({ line, message: `code "${code}" is not 1–10 digits` });
    checkText(problems, line, 'name', name, 200);
    checkText(problems, line, 'type', type, 50);
    if (!LEVELS.has(level))
      problems.push({ line, message: `level "${level}" is not one of PROVINCE, DISTRICT, COMMUNE` });
    if (parentCode && !CODE.test(parentCode))
      problems.push({ line, message: `parent_code "${parentCode}" is not 1–10 digits` });
    const seen = byCode.get(code);
    if (seen) problems.push({ line, message: `duplicate code ${code} (first on line ${seen.line})` });
    const row: UnitRow = { line, code, name, type, level: level as AdminLevel, parentCode: parentCode || null };
    if (!seen) byCode.set(code, row);
    rows.push(row);
  }
  for (const row of rows) {
    if (!LEVELS.has(row.level)) continue;
    if (row.level === AdminLevel.PROVINCE) {
      if (row.parentCode)
        problems.push({ line: row.line, message: `a PROVINCE has no parent, got parent_code ${row.parentCode}` });
      continue;
    }
    const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
    if (!row.parentCode) problems.push({ line: row.line, message: `a ${row.level} needs a parent_code` });
    else if (!parent) problems.push({ line: row.line, message: `parent_code ${row.parentCode} is not in the file` });
    else if (LEVELS.has(parent.level) && LEVEL_DEPTH[parent.level] >= LEVEL_DEPTH[row.level]) {
      problems.push({
        line: row.line,
        message: `parent ${parent.code} (line ${parent.line}) is a ${parent.level}, not above a ${row.level}`,
      });
    }
  }
  if (problems.length)
    throw new CsvRefusedError(
      file,
      problems.sort((a, b) => a.line - b.line),
    );
  return rows;
}

/** Reads and validates a merge mapping (`merge` is full or partial); codes are resolved by the importer. */
export async function readMergeMapping(file: string, onLines?: (count: number) => void): Promise<MergeRow[]> {
  const problems: CsvProblem[] = [];
  const rows: MergeRow[] = [];
  const pairs = new Map<string, number>();
  for await (const { line, fields } of readCsv(file, MERGE_HEADER, problems, onLines)) {
    const [newCode, oldCode, oldName, merge] = fields;
    if (!CODE.test(newCode)) problems.push({ line, message: `new_code "${newCode}" is not 1–10 digits` });
    if (!CODE.test(oldCode)) problems.push({ line, message: `old_code "${oldCode}" is not 1–10 digits` });
    const kind = merge.toLowerCase();
    if (kind !== 'full' && kind !== 'partial')
      problems.push({ line, message: `merge "${merge}" is not full or partial` });
    const pair = `${newCode}<${oldCode}`;
    const seen = pairs.get(pair);
    if (seen) problems.push({ line, message: `${oldCode} → ${newCode} repeats line ${seen}` });
    else pairs.set(pair, line);
    rows.push({ line, newCode, oldCode, oldName, full: kind === 'full' });
  }
  if (problems.length)
    throw new CsvRefusedError(
      file,
      problems.sort((a, b) => a.line - b.line),
    );
  return rows;
}
