import { UnitKind } from './enums';
import { refusal, registerMessages as M } from './messages';
import { cleanDecisionNumber } from './text-rules';

/** Who keeps a unit's yearly register of decisions. */
export enum DecisionRegisterMode {
  /** The platform keeps it and hands out the next number (the default). */
  PLATFORM = 'PLATFORM',
  /** The unit's văn thư keeps it; the number the register gave is recorded as typed. */
  CLERK = 'CLERK',
}

/** What a register entry is: a round's decision, a per-nomination decision, or another decision of the agency. */
export enum DecisionEntryKind {
  ROUND = 'ROUND',
  COMMENDATION = 'COMMENDATION',
  OTHER = 'OTHER',
}

/** How the decision was signed: TM. (the chair or head signs) or KT. (a deputy signs on their behalf). */
export enum SignedAs {
  TM = 'TM',
  KT = 'KT',
}

/** Highest number a register holds in a year (the form allows six digits). */
export const MAX_REGISTER_NUMBER = 999_999;

/** "07/QĐ-UBND", "123/QĐ-UBND": the decision's place in the unit's yearly register, a leading zero below 10. */
export function decisionNumber(place: number, symbol = 'UBND'): string {
  if (!Number.isInteger(place) || place < 1 || place > MAX_REGISTER_NUMBER) {
    throw new RangeError(`A register number runs from 1 to ${MAX_REGISTER_NUMBER}, got ${place}.`);
  }
  return `${String(place).padStart(2, '0')}/QĐ-${symbol}`;
}

export interface ParsedDecisionNumber {
  /** The place in the register: 7 for "07/QĐ-UBND". */
  place: number;
  /** What follows "QĐ-": "UBND", "SNV". */
  symbol: string;
  /** As the register writes it: "07/QĐ-UBND". */
  text: string;
}

/** Reads "7/QĐ-UBND" or "07/QĐ-UBND" (or null when out of form); the text comes back as the register writes it. */
export function parseDecisionNumber(value: string): ParsedDecisionNumber | null {
  const match = /^(\d{1,6})\/QĐ-([A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)$/u.exec(value.trim().normalize('NFC'));
  const place = match ? Number(match[1]) : 0;
  if (!match || place < 1) return null;
  return { place, symbol: match[2], text: decisionNumber(place, match[2]) };
}

/** A typed decision number, cleaned and checked (REQUIRED, TEXT_TOO_LONG, INVALID_VALUE on `decisionNumber`). */
export function readDecisionNumber(value: string): ParsedDecisionNumber {
  const text = cleanDecisionNumber(value);
  const parsed = parseDecisionNumber(text);
  if (!parsed) throw refusal(M.numberZero, { text }, 'decisionNumber');
  return parsed;
}

/** "BK-2026-0007": a certificate's number in its issuer's yearly register (số vào sổ), per series. */
export function certificateNumber(prefix: string, year: number, index: number): string {
  return `${prefix}-${year}-${String(index).padStart(4, '0')}`;
}

export function parseCertificateNumber(value: string): { prefix: string; year: number; index: number } | null {
  const match = /^([A-Z]{2})-(\d{4})-(\d{4,})$/.exec(value.trim());
  if (!match || Number(match[3]) < 1) return null;
  return { prefix: match[1], year: Number(match[2]), index: Number(match[3]) };
}

/** The register year of a decision: the year of its (Vietnam) calendar day, "2026-01-05" → 2026. */
export function registerYear(decisionDate: string): number {
  return Number(decisionDate.slice(0, 4));
}

/**
 * The symbol after "QĐ-" when the unit set none: "UBND" for a people's committee, otherwise the
 * initials of the unit's name ("Sở Nội vụ" → "SNV"; "và" and punctuation skipped).
 */
export function defaultRegisterSymbol(unit: { kind: UnitKind; name: string }): string {
  if (unit.kind === UnitKind.ADMINISTRATIVE) return 'UBND';
  const initials = unit.name
    .normalize('NFC')
    .split(/[\s,–-]+/u)
    .filter((word) => word && word.toLowerCase() !== 'và')
    .map((word) => word[0].toUpperCase())
    .map((letter) => (letter === 'Đ' ? letter : letter.normalize('NFD').replace(/\p{M}/gu, '')))
    .filter((letter) => /[A-ZĐ0-9]/u.test(letter))
    .join('');
  return initials || 'UBND';
}

/** A symbol an administrator sets: capitals, Đ, digits, groups joined by "-", at most 20 characters. */
export function cleanRegisterSymbol(value: string): string {
  const text = value.trim().normalize('NFC').toUpperCase();
  if (!/^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u.test(text) || text.length > 20) {
    throw refusal(M.symbolInvalid, { text: value }, 'symbol');
  }
  return text;
}

/** The title of the unit's head, and whether the unit decides as a collective ("TM. ỦY BAN NHÂN DÂN"). */
function headOf(kind: UnitKind): { collective: string | null; head: string } {
  switch (kind) {
    case UnitKind.ADMINISTRATIVE:
      return { collective: 'ỦY BAN NHÂN DÂN', head: 'CHỦ TỊCH' };
    case UnitKind.ORGANISATION:
      return { collective: 'BAN THƯỜNG TRỰC', head: 'CHỦ TỊCH' };
    case UnitKind.EMULATION_CLUSTER:
      return { collective: null, head: 'CỤM TRƯỞNG' };
    default:
      return { collective: null, head: 'GIÁM ĐỐC' };
  }
}

/**
 * The signature block as an officer writes it (Decree 30/2020, annex I): a collective body signs
 * "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", its deputy "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH";
 * a head-led agency "GIÁM ĐỐC", its deputy "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
 */
export function signatureBlock(kind: UnitKind, signedAs: SignedAs): string[] {
  const { collective, head } = headOf(kind);
  const lines = collective ? [`TM. ${collective}`] : [];
  return signedAs === SignedAs.KT ? [...lines, `KT. ${head}`, `PHÓ ${head}`] : [...lines, head];
}

/** TM. when the role holder signs in person, KT. when a deputy signs through a delegation. */
export function signedAsOf(actor: { onBehalfOfUserId?: string | null }): SignedAs {
  return actor.onBehalfOfUserId ? SignedAs.KT : SignedAs.TM;
}

/** Who signed, as the registry writes it: "Chủ tịch UBND tỉnh Lào Cai", "Giám đốc Sở Y tế tỉnh Lào Cai". */
export function issuerTitle(kind: UnitKind, unitName: string): string {
  const lowered = unitName.charAt(0).toLocaleLowerCase('vi') + unitName.slice(1);
  switch (kind) {
    case UnitKind.ADMINISTRATIVE:
      return `Chủ tịch UBND ${lowered}`;
    case UnitKind.ORGANISATION:
      return `Chủ tịch ${unitName}`;
    case UnitKind.EMULATION_CLUSTER:
      return `Cụm trưởng ${unitName}`;
    default:
      return `Giám đốc ${unitName}`;
  }
}
