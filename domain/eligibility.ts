import { CommendationKind, InitiativeScope } from './enums';
import type { Requirement } from './eligibility-rules';

/** An award the registry holds for the nominee. */
export interface RegistryAward {
  id: string;
  awardCode: string;
  year: number;
  commendationKind: CommendationKind;
  revoked: boolean;
}

export interface RecordedInitiative {
  id: string;
  scope: InitiativeScope;
  year: number;
}

/** What the nominee's record shows, for the year of the achievement. */
export interface EligibilityFacts {
  year: number;
  registry: readonly RegistryAward[];
  /** Prior awards the commune declares; `year` null when it gave none. */
  declared: readonly { awardCode: string; year: number | null }[];
  initiatives: readonly RecordedInitiative[];
  /** A recognition document is attached though no initiative is recorded. */
  initiativeDocument: boolean;
}

/** MET: the registry (or a recorded initiative) shows it; DECLARED: only the commune says so. */
export type RequirementStatus = 'MET' | 'DECLARED' | 'NOT_MET';

export interface RequirementResult {
  requirement: Requirement;
  status: RequirementStatus;
  /** Ids of the registry lines or initiatives that meet it. */
  evidence: string[];
}

const SCOPE_RANK: Record<InitiativeScope, number> = { BASE: 0, PROVINCE: 1, NATIONAL: 2 };

/**
 * Whether the record meets one requirement. Only công trạng awards that stand (not revoked) count:
 * thematic and đột xuất awards do not build chains (Decree 98/2023 art. 4, DOMAIN-RULES "Principles").
 */
export function checkRequirement(requirement: Requirement, facts: EligibilityFacts): RequirementResult {
  if (requirement.kind === 'INITIATIVE') return checkInitiative(requirement, facts);
  const counted = facts.registry.filter(
    (a) => a.awardCode === requirement.awardCode && !a.revoked && a.commendationKind === CommendationKind.CONG_TRANG,
  );
  const declared = facts.declared.filter((d) => d.awardCode === requirement.awardCode);
  const years = (awards: readonly { year: number | null }[]) => new Set(awards.map((a) => a.year));
  const met = (holds: (ys: Set<number | null>) => boolean) => {
    if (holds(years(counted))) return result(requirement, 'MET', counted);
    // A declaration without a year cannot be checked against years: it stands as declared.
    const undated = declared.some((d) => d.year === null);
    if (undated || holds(years([...counted, ...declared]))) return result(requirement, 'DECLARED', counted);
    return result(requirement, 'NOT_MET', []);
  };
  const y = facts.year;
  switch (requirement.kind) {
    case 'AWARD_IN_YEAR':
      return met((ys) => ys.has(y - requirement.yearsBefore));
    case 'CONSECUTIVE':
      return met((ys) => range(y - requirement.count + 1, y).every((year) => ys.has(year)));
    case 'TIMES_WITHIN':
      return met(
        (ys) => range(y - requirement.withinYears + 1, y).filter((year) => ys.has(year)).length >= requirement.count,
      );
    case 'AWARD_YEARS_BEFORE':
      return met((ys) => [...ys].some((year) => year !== null && year <= y - requirement.years));
  }
}

function checkInitiative(requirement: Extract<Requirement, { kind: 'INITIATIVE' }>, facts: EligibilityFacts) {
  const from = facts.year - requirement.withinYears + 1;
  const fitting = facts.initiatives.filter(
    (i) => SCOPE_RANK[i.scope] >= SCOPE_RANK[requirement.scope] && i.year >= from && i.year <= facts.year,
  );
  if (fitting.length) return result(requirement, 'MET', fitting);
  return result(requirement, facts.initiativeDocument ? 'DECLARED' : 'NOT_MET', []);
}

function result(requirement: Requirement, status: RequirementStatus, evidence: readonly { id?: string }[]) {
  return { requirement, status, evidence: evidence.flatMap((e) => (e.id ? [e.id] : [])) };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

export interface EligibilityOutcome {
  met: boolean;
  /** Met on the registry alone, with nothing merely declared. */
  verified: boolean;
  /** Each alternative's requirements, in the rule's order. */
  alternatives: RequirementResult[][];
}

/**
 * Checks the rule's alternatives; the first met one (a verified one before a declared one) decides.
 * `evidence: false` leaves initiatives out: a draft may attach its evidence before it is submitted.
 */
export function evaluateEligibility(
  anyOf: readonly Requirement[][],
  facts: EligibilityFacts,
  { evidence = true } = {},
): EligibilityOutcome {
  const alternatives = anyOf.map((all) =>
    all.filter((r) => evidence || r.kind !== 'INITIATIVE').map((r) => checkRequirement(r, facts)),
  );
  const metAll = alternatives.filter((all) => all.every((r) => r.status !== 'NOT_MET'));
  const verified = metAll.some((all) => all.every((r) => r.status === 'MET'));
  return { met: metAll.length > 0 || anyOf.length === 0, verified: verified || anyOf.length === 0, alternatives };
}
