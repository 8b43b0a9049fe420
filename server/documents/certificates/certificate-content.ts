import { placeAndDateVi } from '../../../domain/decision-document';
import { certificateTitle, type CertificateField } from '../../../domain/certificate-layout';
import { Gender, NomineeKind, UnitKind } from '../../../domain/enums';
import type { CertificateContent } from './certificate-pdf';

/** What a certificate is made from, read by the service from the round, the entry and its nomination. */
export interface CertificateFacts {
  issuingUnit: { name: string; type: string; kind: UnitKind };
  /** The administrative unit whose name is the place (an agency writes its province's), if not the issuer. */
  placeUnit?: { name: string; type: string } | null;
  award: { code: string; name: string };
  nominee: {
    kind: NomineeKind;
    name: string;
    gender?: Gender | null;
    position?: string | null;
    workplace?: string | null;
    unitName: string;
  };
  achievements: string;
  campaignName: string;
  periodName: string;
  decisionNumber: string;
  /** YYYY-MM-DD, the day the decision was signed (a Vietnam calendar day). */
  decisionDate: string;
  signatureBlock: string[];
  signerName: string;
  certificateNumber: string;
}

const ACHIEVEMENT_MAX = 260;

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "Tỉnh An Giang" → "An Giang": the place name (địa danh) of Decree 30/2020 drops the unit's type. */
export function placeName(unit: { name: string; type: string }): string {
  const name = unit.name.trim();
  return name.toLocaleLowerCase('vi').startsWith(`${unit.type.toLocaleLowerCase('vi')} `)
    ? name.slice(unit.type.length + 1)
    : name;
}

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG", or the head of an agency ("GIÁM ĐỐC SỞ NỘI VỤ"). */
export function issuerLine(unit: CertificateFacts['issuingUnit']): string {
  const name = unit.name.toLocaleUpperCase('vi');
  if (unit.kind === UnitKind.ADMINISTRATIVE) return `CHỦ TỊCH ỦY BAN NHÂN DÂN ${name}`;
  // A department (sở) is headed by its director; other agencies by their head.
  return `${/^sở\s/i.test(unit.name.trim()) ? 'GIÁM ĐỐC' : 'THỦ TRƯỞNG'} ${name}`;
}

/** "Quyết định số 01/QĐ-UBND, ngày 05/12/2026". */
export function decisionLine(number: string, day: string): string {
  const [y, m, d] = day.split('-');
  return `Quyết định số ${number}, ngày ${d}/${m}/${y}`;
}

function recipientName(nominee: CertificateFacts['nominee']): string {
  if (nominee.kind !== NomineeKind.INDIVIDUAL || !nominee.gender) return nominee.name;
  return `${nominee.gender === Gender.FEMALE ? 'Bà' : 'Ông'} ${nominee.name}`;
}

function recipientUnit(nominee: CertificateFacts['nominee']): string {
  const own = [nominee.position, nominee.workplace].filter((part) => part?.trim()).join(', ');
  return own || nominee.unitName;
}

/** "Đã có thành tích giúp … trong phong trào thi đua “…” năm 2026.", cut at a word to fit the certificate. */
export function achievementLine(achievements: string, campaignName: string, periodName: string): string {
  let summary = achievements
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.;:,]+$/, '');
  if (summary.length > ACHIEVEMENT_MAX) summary = `${summary.slice(0, summary.lastIndexOf(' ', ACHIEVEMENT_MAX))}…`;
  const claim = /^đã có thành tích/i.test(summary) ? summary : `Đã có thành tích ${lowerFirst(summary)}`;
  return `${claim} trong phong trào thi đua “${campaignName}” ${lowerFirst(periodName)}.`;
}

/** The signer's title without the collective line: a certificate is signed by the chair, "TM." is for decisions. */
function signerTitle(block: string[]): string {
  const lines = block.filter((line) => !/^TM\./.test(line.trim()));
  return (lines.length ? lines : ['CHỦ TỊCH']).join('\n');
}

export function certificateContent(facts: CertificateFacts): CertificateContent {
  const fields: Record<CertificateField, string> = {
    recipientName: recipientName(facts.nominee),
    recipientUnit: recipientUnit(facts.nominee),
    achievement: achievementLine(facts.achievements, facts.campaignName, facts.periodName),
    decisionNumber: decisionLine(facts.decisionNumber, facts.decisionDate),
    placeDate: placeAndDateVi(
      placeName(facts.placeUnit ?? facts.issuingUnit),
      facts.decisionDate,
      Number(facts.decisionDate.slice(0, 4)),
    ),
    signerTitle: signerTitle(facts.signatureBlock),
    // The name alone: an account's full name may carry a note in brackets (its office, since when).
    signerName: facts.signerName.replace(/\s*\(.*\)\s*$/, ''),
    certificateNumber: `Số sổ: ${facts.certificateNumber}`,
  };
  return { issuer: issuerLine(facts.issuingUnit), title: certificateTitle(facts.award.code), fields };
}
