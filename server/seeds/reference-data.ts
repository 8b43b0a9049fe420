import type { EntityManager } from '@mikro-orm/postgresql';
import { BUILT_IN_POLICIES } from '../../domain/routing';
import { AwardType } from '../entities/award-type.entity';
import { RoutingPolicyEntity } from '../entities/routing-policy.entity';
import { AWARD_CATALOGUE } from './award-catalogue';
import { seedBonusTable } from './bonus-table.seed';

export { AWARD_CATALOGUE };

/**
 * Data every installation needs whatever its units and users: the built-in routing policies and
 * the award catalogue. Run after each migration: it adds what is missing and brings the shipped rows
 * in step with this release (nominations in flight keep the policy snapshot they were submitted with).
 * The bonus table only gets its missing rows: an administrator's corrections stay.
 * Returns the number of rows created or changed.
 */
export async function seedReferenceData(em: EntityManager): Promise<number> {
  let changed = 0;
  await em.transactional(async (tx) => {
    for (const policy of BUILT_IN_POLICIES) {
      const shipped = { ...policy, effectiveTo: policy.effectiveTo ?? null, builtIn: true };
      const row = await tx.findOne(RoutingPolicyEntity, { code: policy.code });
      if (!row) tx.create(RoutingPolicyEntity, shipped);
      else if (!sameAs(row, shipped)) tx.assign(row, shipped);
      else continue;
      changed += 1;
    }
    for (const award of AWARD_CATALOGUE) {
      const row = await tx.findOne(AwardType, { code: award.code });
      if (!row) tx.create(AwardType, award);
      else if (!sameAs(row, award)) tx.assign(row, award);
      else continue;
      changed += 1;
    }
    changed += await seedBonusTable(tx);
  });
  return changed;
}

function sameAs(row: object, shipped: object): boolean {
  const current = row as Record<string, unknown>;
  return Object.entries(shipped).every(([key, value]) => JSON.stringify(current[key]) === JSON.stringify(value));
}
