import { PovertyTargetKind, PovertyTargetStatus } from './poverty-enums';

/**
 * Poverty targets of the movement "Vì người nghèo – Không để ai bị bỏ lại phía sau" (seeds 001, 002, 004).
 * A count's year is the yearly review (rà soát hộ nghèo) at the end of that year: "đầu năm 2022" in Hà Nội's
 * plan is the review at the end of 2021, the first under the 2022–2025 standard (Decree 07/2021/NĐ-CP).
 */

export interface PovertyFigures {
  households: number;
  poorHouseholds: number;
  nearPoorHouseholds: number;
  ethnicMinorityPoorHouseholds: number;
}

export interface PovertyTargetRule {
  kind: PovertyTargetKind;
  /** YEARLY: the year reductions are counted from; REDUCTION_VS_BASE: the year compared against. */
  baseYear: number | null;
  /** NO_POOR and REDUCTION_VS_BASE: the first year (its end) the target must hold; YEARLY: the last year. */
  targetYear: number;
  /** The last year the target keeps applying (Hà Nội: "từ cuối năm 2023 đến năm 2025"); null: open. */
  untilYear: number | null;
  /** YEARLY: percentage points of the rate per year ("từ 2%/năm"). */
  reductionPoints: number | null;
  /** YEARLY: above this rate (percent) the higher reduction applies ("trên 20%"). */
  highRateThreshold: number | null;
  highRateReductionPoints: number | null;
  /** NO_POOR: the rate (percent) at or below which a unit counts as without poor households. */
  maxRatePercent: number | null;
  /** REDUCTION_VS_BASE: percent fewer poor households than in the base year. */
  reductionPercent: number | null;
  /** The reduction must exceed the figure ("giảm trên 50%"), not merely reach it ("giảm từ 2%"). */
  strict: boolean;
  /** Kinds of unit as the official list writes them ("Phường", "Xã", "Thị trấn"); empty: every unit. */
  unitTypes: string[];
}

export type PovertyMeasure = 'RATE_PERCENT' | 'POOR_HOUSEHOLDS';

export interface TargetProgress {
  status: PovertyTargetStatus;
  measure: PovertyMeasure;
  /** The year compared against (YEARLY: the previous year), if the target has one. */
  comparedYear: number | null;
  base: number | null;
  current: number | null;
  /** The highest value that meets the target (for a strict target: the value to stay below). */
  required: number | null;
}

const EPSILON = 1e-9;

/** Poor households per hundred households; null for a unit with no households counted. */
export function povertyRate(f: Pick<PovertyFigures, 'households' | 'poorHouseholds'>): number | null {
  return f.households > 0 ? (f.poorHouseholds * 100) / f.households : null;
}

/** Rounded as a report shows a rate (two decimals). */
export function roundRate(rate: number): number {
  return Math.round(rate * 100) / 100;
}

export type PovertyCountIssue =
  | { field: keyof PovertyFigures; kind: 'NEGATIVE' | 'NOT_INTEGER' }
  | { field: 'poorHouseholds'; kind: 'POOR_AND_NEAR_POOR_ABOVE_HOUSEHOLDS' }
  | { field: 'ethnicMinorityPoorHouseholds'; kind: 'ETHNIC_MINORITY_ABOVE_POOR' };

/** What is wrong with a count: non-negative whole numbers, poor + near-poor within the households, … */
export function povertyCountIssues(f: PovertyFigures): PovertyCountIssue[] {
  const issues: PovertyCountIssue[] = [];
  for (const field of ['households', 'poorHouseholds', 'nearPoorHouseholds', 'ethnicMinorityPoorHouseholds'] as const) {
    if (!Number.isInteger(f[field])) issues.push({ field, kind: 'NOT_INTEGER' });
    else if (f[field] < 0) issues.push({ field, kind: 'NEGATIVE' });
  }
  if (issues.length) return issues;
  if (f.poorHouseholds + f.nearPoorHouseholds > f.households)
    issues.push({ field: 'poorHouseholds', kind: 'POOR_AND_NEAR_POOR_ABOVE_HOUSEHOLDS' });
  if (f.ethnicMinorityPoorHouseholds > f.poorHouseholds)
    issues.push({ field: 'ethnicMinorityPoorHouseholds', kind: 'ETHNIC_MINORITY_ABOVE_POOR' });
  return issues;
}

/** Whether the target concerns a unit of this kind ("Phường", "Xã" …). */
export function targetAppliesTo(rule: Pick<PovertyTargetRule, 'unitTypes'>, unitType: string): boolean {
  return !rule.unitTypes.length || rule.unitTypes.some((t) => t.toLowerCase() === unitType.trim().toLowerCase());
}

/** Whether the year is past the target's last year (it no longer applies then). */
export function targetEnded(rule: Pick<PovertyTargetRule, 'untilYear'>, year: number): boolean {
  return rule.untilYear !== null && year > rule.untilYear;
}

const within = (value: number, required: number, strict: boolean) =>
  strict ? value < required - EPSILON : value <= required + EPSILON;

/** The unit's standing against one target in `year`; `countOf` gives the unit's figures for a year, if any. */
export function progressAgainst(
  rule: PovertyTargetRule,
  year: number,
  countOf: (year: number) => PovertyFigures | null,
): TargetProgress {
  const current = countOf(year);
  switch (rule.kind) {
    case PovertyTargetKind.YEARLY_RATE_REDUCTION:
      return yearlyReduction(rule, year, current, countOf(year - 1));
    case PovertyTargetKind.NO_POOR_BY_YEAR:
      return noPoor(rule, year, current);
    case PovertyTargetKind.REDUCTION_VS_BASE:
      return reductionVsBase(rule, year, current, rule.baseYear === null ? null : countOf(rule.baseYear));
  }
}

function yearlyReduction(
  rule: PovertyTargetRule,
  year: number,
  current: PovertyFigures | null,
  previous: PovertyFigures | null,
): TargetProgress {
  const rate = current && povertyRate(current);
  const baseRate = previous && povertyRate(previous);
  const high = baseRate !== null && rule.highRateThreshold !== null && baseRate > rule.highRateThreshold + EPSILON;
  const points = (high ? rule.highRateReductionPoints : rule.reductionPoints) ?? 0;
  const required = baseRate === null ? null : Math.max(0, baseRate - points);
  const numbers = { measure: 'RATE_PERCENT' as const, comparedYear: year - 1, base: baseRate, current: rate, required };
  if (rule.baseYear !== null && year <= rule.baseYear) return { status: PovertyTargetStatus.NOT_YET_DUE, ...numbers };
  if (rate === null || rate === undefined || required === null)
    return { status: PovertyTargetStatus.NO_DATA, ...numbers };
  // A rate already at 0 cannot fall further: staying there meets the target.
  const met = required === 0 ? rate <= EPSILON : within(rate, required, rule.strict);
  return { status: met ? PovertyTargetStatus.MET : PovertyTargetStatus.NOT_MET, ...numbers };
}

function noPoor(rule: PovertyTargetRule, year: number, current: PovertyFigures | null): TargetProgress {
  const rate = current && povertyRate(current);
  const required = rule.maxRatePercent ?? 0;
  const numbers = { measure: 'RATE_PERCENT' as const, comparedYear: null, base: null, current: rate ?? null, required };
  if (year < rule.targetYear) return { status: PovertyTargetStatus.NOT_YET_DUE, ...numbers };
  if (!current) return { status: PovertyTargetStatus.NO_DATA, ...numbers };
  // "Không còn hộ nghèo": a tolerance of 0 means no poor household at all, whatever the households counted.
  const met = required === 0 ? current.poorHouseholds === 0 : (rate ?? 0) <= required + EPSILON;
  return { status: met ? PovertyTargetStatus.MET : PovertyTargetStatus.NOT_MET, ...numbers };
}

function reductionVsBase(
  rule: PovertyTargetRule,
  year: number,
  current: PovertyFigures | null,
  base: PovertyFigures | null,
): TargetProgress {
  const percent = rule.reductionPercent ?? 0;
  const required = base ? (base.poorHouseholds * (100 - percent)) / 100 : null;
  const numbers = {
    measure: 'POOR_HOUSEHOLDS' as const,
    comparedYear: rule.baseYear,
    base: base?.poorHouseholds ?? null,
    current: current?.poorHouseholds ?? null,
    required,
  };
  if (year < rule.targetYear) return { status: PovertyTargetStatus.NOT_YET_DUE, ...numbers };
  if (!current || !base || required === null) return { status: PovertyTargetStatus.NO_DATA, ...numbers };
  // With no poor household in the base year there is nothing to reduce: none now meets it.
  const met =
    base.poorHouseholds === 0 ? current.poorHouseholds === 0 : within(current.poorHouseholds, required, rule.strict);
  return { status: met ? PovertyTargetStatus.MET : PovertyTargetStatus.NOT_MET, ...numbers };
}

/** Figures of several units added up: a merged commune's years before the merger are its predecessors' sum. */
export function sumFigures(parts: readonly PovertyFigures[]): PovertyFigures | null {
  if (!parts.length) return null;
  const total = { households: 0, poorHouseholds: 0, nearPoorHouseholds: 0, ethnicMinorityPoorHouseholds: 0 };
  for (const p of parts) for (const key of Object.keys(total) as (keyof PovertyFigures)[]) total[key] += p[key];
  return total;
}

/**
 * Whether a sub-movement is the one for commune People's Committees, whose nominations carry the commune's
 * progress as evidence: Tịnh Biên's third ("đối tượng là UBND cấp xã", seed 002) and Nghệ An's "UBND cấp
 * huyện, cấp xã" (seed 000). Matched on the target group, as the templates quote it.
 */
export function isCommuneCommitteeGroup(targetGroup: string): boolean {
  const folded = targetGroup
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  return /(ubnd|uy ban nhan dan).*cap xa/.test(folded);
}
