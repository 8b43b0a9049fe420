import type { NomineeKind } from './enums';
import { rankCandidates, type RankedCandidate } from './tie-break';

/**
 * A quota in plain terms (DOMAIN-RULES "A quota belongs to a deciding unit and an award form"):
 * it bounds one award form (`awardId`) or every form a unit decides (`awardId` null: the quotas
 * migrated from campaign-wide ones), for one unit (`unitId`) or for each unit of a level (`level`).
 */
export interface QuotaRule {
  id: string;
  movementId: string;
  nomineeKind: NomineeKind;
  awardId: string | null;
  unitId: string | null;
  level: string | null;
  maxCount: number;
}

/** What is being counted: one unit's decision (or forwarding) of one nomination's award form. */
export interface QuotaTarget {
  unitId: string;
  level: string;
  movementId: string;
  nomineeKind: NomineeKind;
  awardId: string;
}

/**
 * The quotas that bound a target. For its award form, and apart for every form, the unit's own
 * quota takes precedence over the quota of its level; both kinds of quota apply when both are set.
 */
export function quotasBounding<Q extends QuotaRule>(rules: readonly Q[], target: QuotaTarget): Q[] {
  const chosen = new Map<string, Q>();
  for (const q of rules) {
    if (q.movementId !== target.movementId || q.nomineeKind !== target.nomineeKind) continue;
    if (q.awardId !== null && q.awardId !== target.awardId) continue;
    const own = q.unitId === target.unitId;
    if (!own && !(q.unitId === null && q.level === target.level)) continue;
    const key = q.awardId ?? '*';
    const current = chosen.get(key);
    if (!current || (own && current.unitId !== target.unitId)) chosen.set(key, q);
  }
  return [...chosen.values()];
}

export interface CutCandidate extends RankedCandidate {
  movementId: string;
  awardId: string;
}

export interface QuotaCut<T> {
  /** Within every quota that bounds them, best first. */
  within: T[];
  /** Passed the council's vote but ranked beyond a quota's remaining places. */
  beyond: T[];
}

/**
 * The quota cut after the council's vote (DOMAIN-RULES: ranking and the quota cut follow the vote):
 * the entries that passed, best first — score, then women and collectives at least 70 % women
 * (Decree 98/2023 art. 4) — each taking a place in every quota that bounds it while all of them
 * have one left. `remaining` is each quota's places less what its unit already awarded; a
 * candidate bound by no quota always goes on.
 */
export function cutToQuota<T extends CutCandidate>(
  passed: readonly T[],
  quotasOf: (c: T) => readonly string[],
  remaining: ReadonlyMap<string, number>,
): QuotaCut<T> {
  const left = new Map(remaining);
  const cut: QuotaCut<T> = { within: [], beyond: [] };
  for (const c of rankCandidates(passed)) {
    const quotas = quotasOf(c);
    if (quotas.every((id) => (left.get(id) ?? 0) > 0)) {
      for (const id of quotas) left.set(id, left.get(id)! - 1);
      cut.within.push(c);
    } else cut.beyond.push(c);
  }
  return cut;
}

/** Places left in a quota: its maximum less what was already awarded, never below zero. */
export function placesLeft(maxCount: number, used: number): number {
  return Math.max(0, maxCount - used);
}
