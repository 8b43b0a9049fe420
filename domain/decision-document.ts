import { AdminLevel, NomineeKind, UnitKind } from './enums';

/**
 * The wording of a commendation decision laid out as Decree 30/2020 (annex I) asks: the issuing
 * body over the national motto, "Số: 07/QĐ-UBND", "Lào Cai, ngày 05 tháng 12 năm 2026", the
 * authority that decides, the articles and the recipients. Pure: the loader passes the facts.
 */

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** What a draft shows where the văn thư writes the number and the day once signed. */
export const DRAFT_MARK = 'DỰ THẢO';

export interface UnitFacts {
  name: string;
  kind: UnitKind;
  level: AdminLevel;
}

/** One header line of the issuing body: the governing body in regular capitals, the issuer in bold. */
export interface HeaderLine {
  text: string;
  bold: boolean;
}

const PREFIXES = ['Thành phố', 'Thị xã', 'Thị trấn', 'Tỉnh', 'Huyện', 'Quận', 'Phường', 'Xã', 'Đặc khu'];

/** "Tỉnh Lào Cai" → "Lào Cai", "Phường Cam Đường" → "Cam Đường": the place written before the date. */
export function placeName(unitName: string): string {
  const name = unitName.trim();
  const prefix = PREFIXES.find((p) => name.startsWith(`${p} `));
  return prefix ? name.slice(prefix.length + 1) : name;
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * The issuing body (Decree 30/2020 art. 8 cl. 3): a People's Committee is the issuer itself, on two
 * bold lines ("ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI"); an agency shows its governing body above it.
 */
export function issuingBodyLines(unit: UnitFacts, parent: UnitFacts | null): HeaderLine[] {
  if (unit.kind === UnitKind.ADMINISTRATIVE)
    return [
      { text: 'ỦY BAN NHÂN DÂN', bold: true },
      { text: upper(unit.name), bold: true },
    ];
  const lines: HeaderLine[] = [];
  if (parent?.kind === UnitKind.ADMINISTRATIVE) lines.push({ text: `UBND ${upper(parent.name)}`, bold: false });
  else if (parent) lines.push({ text: upper(parent.name), bold: false });
  return [...lines, { text: upper(unit.name), bold: true }];
}

/** Who decides, as the line above "Căn cứ": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "GIÁM ĐỐC SỞ Y TẾ". */
export function authorityVi(unit: UnitFacts): string {
  switch (unit.kind) {
    case UnitKind.ADMINISTRATIVE:
      return `CHỦ TỊCH ỦY BAN NHÂN DÂN ${upper(unit.name)}`;
    case UnitKind.ORGANISATION:
      return `BAN THƯỜNG TRỰC ${upper(unit.name)}`;
    case UnitKind.EMULATION_CLUSTER:
      return `CỤM TRƯỞNG ${upper(unit.name)}`;
    default:
      return `GIÁM ĐỐC ${upper(unit.name)}`;
  }
}

/** Decree 30/2020 annex I: a day below 10 and the months 1 and 2 take a leading zero. */
export function dayVi(day: number): string {
  return String(day).padStart(2, '0');
}

export function monthVi(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/** "Lào Cai, ngày 05 tháng 12 năm 2026"; a draft leaves the day and month blank for the văn thư. */
export function placeAndDateVi(place: string, day: string | null, year: number): string {
  if (!day) return `${place}, ngày      tháng      năm ${year}`;
  const [y, m, d] = day.split('-').map(Number);
  return `${place}, ngày ${dayVi(d)} tháng ${monthVi(m)} năm ${y}`;
}

/** "Số: 07/QĐ-UBND"; a draft "Số:      /QĐ-UBND". */
export function numberLineVi(decisionNumber: string | null, symbol: string): string {
  return decisionNumber ? `Số: ${decisionNumber}` : `Số:      /QĐ-${symbol}`;
}

export const NOMINEE_KIND_VI: Record<NomineeKind, string> = {
  [NomineeKind.INDIVIDUAL]: 'cá nhân',
  [NomineeKind.COLLECTIVE]: 'tập thể',
  [NomineeKind.HOUSEHOLD]: 'hộ gia đình',
};

/** Counts as decisions write them: "02 tập thể, 01 cá nhân" (collectives first, a leading zero below 10). */
export function countsVi(counts: Partial<Record<NomineeKind, number>>): string {
  const order = [NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL, NomineeKind.HOUSEHOLD];
  return order
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => `${String(counts[kind]).padStart(2, '0')} ${NOMINEE_KIND_VI[kind]}`)
    .join(', ');
}

/** "1.580.000 đồng". */
export function moneyVi(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

/** Who carries the decision out (Điều 3): the committee's office, the appraising office, the awardees. */
export function executorsVi(unit: UnitFacts): string {
  const awardees = 'các tập thể, cá nhân, hộ gia đình có tên tại Điều 1';
  if (unit.kind !== UnitKind.ADMINISTRATIVE)
    return `Chánh Văn phòng, Thủ trưởng các phòng, đơn vị có liên quan và ${awardees}`;
  const place = unit.level === AdminLevel.PROVINCE ? 'tỉnh' : unit.level === AdminLevel.DISTRICT ? 'huyện' : 'xã';
  const office = unit.level === AdminLevel.PROVINCE ? 'Giám đốc Sở Nội vụ, ' : '';
  return `Chánh Văn phòng Ủy ban nhân dân ${place}, ${office}Thủ trưởng các cơ quan, đơn vị có liên quan và ${awardees}`;
}

/** The recipients (Nơi nhận) under the articles, as a list the văn thư completes. */
export function recipientsVi(unit: UnitFacts): string[] {
  const lines = ['- Như Điều 3;'];
  if (unit.kind === UnitKind.ADMINISTRATIVE && unit.level === AdminLevel.PROVINCE)
    lines.push('- Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương);', '- CT, các PCT UBND tỉnh;', '- Sở Nội vụ;');
  else if (unit.kind === UnitKind.ADMINISTRATIVE)
    lines.push('- CT, các PCT UBND;', '- Hội đồng Thi đua - Khen thưởng;');
  else lines.push('- Lãnh đạo đơn vị;');
  return [...lines, '- Lưu: VT.'];
}

/** An ASCII file name: "07/QĐ-UBND" → "QD-07-QD-UBND"; a draft "DU-THAO-QD-UBND". */
export function decisionFileStem(decisionNumber: string | null, symbol: string): string {
  const ascii = (text: string) =>
    text
      .replace(/Đ/g, 'D')
      .replace(/đ/g, 'd')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return decisionNumber ? `QD-${ascii(decisionNumber)}` : `DU-THAO-QD-${ascii(symbol)}`;
}
