import { UnitKind } from '../../domain/enums';
import { UNIT_KIND_LABELS } from '../../domain/messages/labels';
import { CsvRefusedError, readCsv, type CsvProblem } from './admin-unit-csv';

/** A list of nominating organisations: each attached to the administrative unit whose GSO code is parent_code. */
export const ORGANISATION_LIST_HEADER = ['code', 'name', 'kind', 'parent_code'];

export interface OrganisationRow {
  line: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string;
}

/**
 * An organisation's code shares the admin_unit key (code, list version) with the GSO codes, which are all
 * digits: one letter at least keeps the two apart, so a Sở can never take the place of a commune.
 */
export const ORGANISATION_CODE = /^(?=.*[A-Za-z])[A-Za-z0-9._-]{1,10}$/;
const GSO_CODE = /^\d{1,10}$/;

/**
 * The kind column takes the enum value (AGENCY…) or the Vietnamese word an officer would write, any case:
 * the label of the kind, or one of its parts ("sở", "mặt trận", "hợp tác xã", "khối thi đua"…).
 */
const KIND_WORDS: Record<Exclude<UnitKind, UnitKind.ADMINISTRATIVE>, string[]> = {
  [UnitKind.AGENCY]: ['cơ quan', 'sở', 'ban', 'ngành', 'sở, ban, ngành'],
  [UnitKind.ORGANISATION]: ['tổ chức', 'mặt trận', 'đoàn thể', 'hội', 'mặt trận, đoàn thể'],
  [UnitKind.ENTERPRISE]: ['doanh nghiệp', 'hợp tác xã', 'doanh nghiệp, hợp tác xã'],
  [UnitKind.EMULATION_CLUSTER]: ['cụm thi đua', 'khối thi đua', 'cụm', 'khối', 'cụm, khối thi đua'],
};

const KINDS = new Map<string, UnitKind>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [UnitKind, string[]][]) {
  KINDS.set(kind.toLowerCase(), kind);
  KINDS.set(UNIT_KIND_LABELS[kind].vi.normalize('NFC').toLowerCase(), kind);
  for (const word of words) KINDS.set(word.normalize('NFC'), kind);
}

/** The kind a cell names, or null (ADMINISTRATIVE is not an organisation: units come from import:units). */
export function parseUnitKind(cell: string): UnitKind | null {
  return KINDS.get(cell.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}

const KIND_HINT = `AGENCY (sở, ban, ngành), ORGANISATION (mặt trận, đoàn thể), ENTERPRISE (doanh nghiệp, hợp tác xã) or EMULATION_CLUSTER (cụm, khối thi đua)`;

/** Reads and validates an organisation list; parents are resolved against the database by the importer. */
export async function readOrganisationList(
  file: string,
  onLines?: (count: number) => void,
): Promise<OrganisationRow[]> {
  const problems: CsvProblem[] = [];
  const rows: OrganisationRow[] = [];
  const lines = new Map<string, number>();
  for await (const { line, fields } of readCsv(file, ORGANISATION_LIST_HEADER, problems, onLines)) {
    const [code, name, kindCell, parentCode] = fields;
    if (GSO_CODE.test(code))
      problems.push({
        line,
        message: `code "${code}" is all digits: GSO codes are, so an organisation's code needs a letter (e.g. SYT-${code})`,
      });
    else if (!ORGANISATION_CODE.test(code))
      problems.push({ line, message: `code "${code}" is not 1–10 letters, digits, ".", "_" or "-" with a letter` });
    if (!name) problems.push({ line, message: 'name is empty' });
    else if (name.length > 200) problems.push({ line, message: 'name is longer than 200 characters' });
    const kind = parseUnitKind(kindCell);
    if (!kind) problems.push({ line, message: `kind "${kindCell}" is not ${KIND_HINT}` });
    if (!GSO_CODE.test(parentCode))
      problems.push({ line, message: `parent_code "${parentCode}" is not the GSO code (1–10 digits) of a unit` });
    const seen = lines.get(code);
    if (seen) problems.push({ line, message: `duplicate code ${code} (first on line ${seen})` });
    else lines.set(code, line);
    rows.push({ line, code, name, kind: kind ?? UnitKind.AGENCY, parentCode });
  }
  if (problems.length)
    throw new CsvRefusedError(
      file,
      problems.sort((a, b) => a.line - b.line),
    );
  return rows;
}
