import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignStatus } from '../../domain/enums';
import { assertEligible, canGrantAt } from '../../domain/awards';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { finalLevel } from '../../domain/routing';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { Campaign } from '../entities/campaign.entity';
import type { Period } from '../entities/period.entity';
import type { RoutingPolicyEntity } from '../entities/routing-policy.entity';

/** The period's policy that ends where the award is granted; refuses when no such policy exists. */
export async function policyForAward(period: Period, award: AwardType): Promise<RoutingPolicyEntity> {
  const policies = await period.routingPolicies.load();
  const policy = policies.getItems().find((p) => canGrantAt(award, finalLevel(p)));
  if (!policy) {
    const ends =
      policies
        .getItems()
        .map((p) => finalLevel(p))
        .join(', ') || 'nowhere';
    throw DomainError.of(ErrorCode.AWARD_LEVEL_MISMATCH, 'awardCode', {
      en: `"${award.name}" is granted at ${award.grantingLevel} level; pipelines of "${period.name}" end at ${ends}.`,
      vi: `"${award.name}" do cấp ${award.grantingLevel} tặng; quy trình của đợt "${period.name}" không kết thúc ở cấp đó.`,
    });
  }
  return policy;
}

/** Nominations are created and submitted only while the campaign runs. */
export function assertCampaignActive(campaign: Campaign): void {
  if (campaign.status === CampaignStatus.ACTIVE) return;
  throw DomainError.of(ErrorCode.CAMPAIGN_NOT_ACTIVE, 'periodId', {
    en: `Campaign "${campaign.name}" is ${campaign.status}; nominations are taken while it is ACTIVE.`,
    vi: `Phong trào "${campaign.name}" không ở trạng thái đang phát động.`,
  });
}

/** A campaign reaches the units under its issuing unit, in whichever list version. */
export async function assertWithinCampaign(em: EntityManager, campaign: Campaign, unit: AdminUnit): Promise<void> {
  const issuing = await em.findOneOrFail(AdminUnit, campaign.issuingUnit.id);
  if (unit.path.startsWith(issuing.path)) return;
  throw DomainError.of(ErrorCode.INVALID_VALUE, 'unitId', {
    en: `${unit.name} is outside ${issuing.name}, which issues this campaign.`,
    vi: `${unit.name} không thuộc ${issuing.name}, đơn vị phát động phong trào này.`,
  });
}

/**
 * Checks a proposed award against the campaign and the nominee: the campaign is active and offers
 * the award, some policy of the period ends at its granting level, and the nominee qualifies.
 */
export async function checkProposedAward(
  em: EntityManager,
  period: Period,
  awardCode: string,
  nominee: { kind: Parameters<typeof assertEligible>[1]; priorAwardCodes: string[] },
): Promise<AwardType> {
  const campaign = await em.findOneOrFail(Campaign, period.campaign.id, { populate: ['awards'] });
  assertCampaignActive(campaign);
  const award = campaign.awards.getItems().find((a) => a.code === awardCode.trim());

  if (!award) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'awardCode', {
      en: `"${awardCode}" is not an award of this campaign (${campaign.awards
        .getItems()
        .map((a) => a.code)
        .join(', ')}).`,
      vi: `"${awardCode}" không thuộc các hình thức khen thưởng của phong trào này.`,
    });
  }
  assertEligible(award, nominee.kind, nominee.priorAwardCodes);
  await policyForAward(period, award);
  return award;
}
