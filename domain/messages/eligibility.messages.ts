import type { Requirement } from '../eligibility-rules';
import type { InitiativeScope } from '../enums';
import { ErrorCode } from '../error-codes';
import { listEn, listVi } from './format';
import { message } from './message';

const SCOPE: Record<InitiativeScope, { vi: string; en: string }> = {
  BASE: { vi: 'được cơ sở công nhận', en: 'recognised by the unit' },
  PROVINCE: { vi: 'có phạm vi ảnh hưởng cấp tỉnh', en: 'with a province-wide influence' },
  NATIONAL: { vi: 'có phạm vi ảnh hưởng toàn quốc', en: 'with a national influence' },
};

const years = (from: number, to: number) => (from === to ? `năm ${to}` : `các năm ${from}–${to}`);
const yearsEn = (from: number, to: number) => (from === to ? `in ${to}` : `in ${from}–${to}`);

/** A requirement as an officer reads it, for the year of the achievement `y`; `name` names an award. */
export function requirementVi(r: Requirement, y: number, name: (code: string) => string): string {
  switch (r.kind) {
    case 'AWARD_IN_YEAR':
      return `đạt "${name(r.awardCode)}" năm ${y - r.yearsBefore}`;
    case 'CONSECUTIVE':
      return `đạt "${name(r.awardCode)}" ${r.count} năm liên tục (${y - r.count + 1}–${y})`;
    case 'TIMES_WITHIN':
      return `đạt "${name(r.awardCode)}" ${r.count} lần trong ${years(y - r.withinYears + 1, y)}`;
    case 'AWARD_YEARS_BEFORE':
      return `đã được tặng "${name(r.awardCode)}" từ năm ${y - r.years} trở về trước`;
    case 'INITIATIVE':
      return `có sáng kiến ${SCOPE[r.scope].vi} trong ${years(y - r.withinYears + 1, y)}`;
  }
}

export function requirementEn(r: Requirement, y: number, name: (code: string) => string): string {
  switch (r.kind) {
    case 'AWARD_IN_YEAR':
      return `"${name(r.awardCode)}" in ${y - r.yearsBefore}`;
    case 'CONSECUTIVE':
      return `"${name(r.awardCode)}" in ${r.count} consecutive years (${y - r.count + 1}–${y})`;
    case 'TIMES_WITHIN':
      return `"${name(r.awardCode)}" ${r.count} times ${yearsEn(y - r.withinYears + 1, y)}`;
    case 'AWARD_YEARS_BEFORE':
      return `"${name(r.awardCode)}" received in ${y - r.years} or earlier`;
    case 'INITIATIVE':
      return `an initiative ${SCOPE[r.scope].en} ${yearsEn(y - r.withinYears + 1, y)}`;
  }
}

/** Eligibility of a nominee for an award, checked against the registry (issue 11). */
export const eligibilityMessages = {
  prerequisitesNotMet: message({
    code: ErrorCode.AWARD_PREREQUISITE_MISSING,
    example: {
      award: 'Danh hiệu Chiến sĩ thi đua cơ sở',
      basis: 'Luật Thi đua, khen thưởng, Điều 23',
      missingVi: ['đạt "Danh hiệu Lao động tiên tiến" năm 2024'],
      missingEn: ['"Danh hiệu Lao động tiên tiến" in 2024'],
    },
    vi: (p) => `Chưa đủ điều kiện đề nghị "${p.award}" (${p.basis}): đối tượng chưa ${listVi(p.missingVi)}.`,
    en: (p) => `The nominee does not qualify for "${p.award}" (${p.basis}): missing ${listEn(p.missingEn)}.`,
  }),
  evidenceMissing: message({
    code: ErrorCode.ELIGIBILITY_NOT_MET,
    example: {
      award: 'Danh hiệu Chiến sĩ thi đua cơ sở',
      basis: 'Luật Thi đua, khen thưởng, Điều 23',
      missingVi: ['có sáng kiến được cơ sở công nhận trong năm 2024'],
      missingEn: ['an initiative recognised by the unit in 2024'],
    },
    vi: (p) =>
      `Chưa đủ điều kiện đề nghị "${p.award}" (${p.basis}): hồ sơ chưa thể hiện đối tượng ${listVi(p.missingVi)}; hãy ghi nhận sáng kiến kèm quyết định công nhận.`,
    en: (p) =>
      `The nominee does not yet qualify for "${p.award}" (${p.basis}): the dossier does not show ${listEn(p.missingEn)}; record the initiative with its recognition decision.`,
  }),
};
