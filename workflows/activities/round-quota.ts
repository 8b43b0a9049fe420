import type { EntityManager } from '@mikro-orm/postgresql';
import { cutToQuota, placesLeft, quotasBounding } from '../../domain/quota-cut';
import type { AdminUnit } from '../../server/entities/admin-unit.entity';
import type { Period } from '../../server/entities/period.entity';
import type { RoundEntry } from '../../server/entities/round-entry.entity';
import { decidedCounts, quotaRules, usedBy } from '../../server/store/quota-counts';

/**
 * The entries of a round that passed the council's vote but rank beyond the deciding unit's
 * quotas (DOMAIN-RULES: the quota cut follows the vote). Each quota's places are what is left
 * after the unit's commendations of the period so far. Entries need `nomination` loaded.
 */
export async function entriesBeyondQuota(
  em: EntityManager,
  period: Period,
  unit: AdminUnit,
  passed: readonly RoundEntry[],
): Promise<RoundEntry[]> {
  if (!passed.length) return [];
  const { decision } = await quotaRules(em, period.campaign.id, period.kind);
  if (!decision.length) return [];
  const candidates = passed.map((entry) => {
    const n = entry.nomination;
    return {
      entry,
      id: n.id,
      score: entry.score,
      nomineeKind: n.nomineeKind,
      gender: n.gender,
      memberCount: n.memberCount,
      femaleMemberCount: n.femaleMemberCount,
      movementId: n.movement.id,
      awardId: n.award.id,
    };
  });
  const bounding = new Map(
    candidates.map((c) => [c.id, quotasBounding(decision, { ...c, unitId: unit.id, level: unit.level })]),
  );
  const rules = new Map([...bounding.values()].flat().map((q) => [q.id, q]));
  if (!rules.size) return [];
  const { used } = await decidedCounts(em, period.id, [unit.id]);
  const remaining = new Map([...rules.values()].map((q) => [q.id, placesLeft(q.maxCount, usedBy(q, unit.id, used))]));
  const cut = cutToQuota(candidates, (c) => bounding.get(c.id)!.map((q) => q.id), remaining);
  return cut.beyond.map((c) => c.entry);
}
