import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignStatus, CommendationKind } from '../../domain/enums';
import { assertNomineeKind } from '../../domain/awards';
import { decidingLevel, grantsInForce, type Nominator } from '../../domain/award-authority';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { inRange } from '../../domain/legal-periods';
import { authorityMessages, refusal } from '../../domain/messages';
import { grantingLevelOf, isInForce } from '../../domain/routing';
import { vietnamToday } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { Campaign } from '../entities/campaign.entity';
import type { Period } from '../entities/period.entity';
import type { RoutingPolicyEntity } from '../entities/routing-policy.entity';

/** The day a nomination made or submitted now counts as: today in Vietnam, or the rehearsal day. */
export function submissionDay(config: Pick<AppConfig, 'submissionDay'>): string {
  return config.submissionDay ?? vietnamToday();
}

/** A nomination starts from a unit of the list in force on its day (DOMAIN-RULES: the tree of that day). */
export function assertUnitInForce(unit: AdminUnit, day: string, field = 'unitId'): void {
  if (inRange({ from: unit.validFrom, to: unit.validTo }, day)) return;
  throw refusal(
    authorityMessages.unitNotInForce,
    { unitName: unit.name, day, validFrom: unit.validFrom, validTo: unit.validTo ?? null },
    field,
  );
}

/**
 * The period's policy that carries an award proposed by `unit` on `day`: the authority in force
 * that day decides the level (Law 06/2022 art. 80), and the policy in force that day ending there
 * routes it. Refuses when nobody the unit reaches grants the award then, or no such policy exists.
 * A đột xuất nomination takes the period's simplified policy there when it has one (thủ tục đơn
 * giản: Law 06/2022 art. 85, Decree 98/2023 / 152/2025; to check); the normal choice ignores them.
 */
export async function policyFor(
  period: Period,
  award: AwardType,
  unit: Nominator & { name: string },
  day: string,
  commendationKind?: CommendationKind,
): Promise<RoutingPolicyEntity> {
  const level = decidingLevel(award.code, unit, day);
  if (!level) {
    const grantedBy = grantsInForce(award.code, day).map((g) => g.level);
    const params = { award: award.name, unitName: unit.name, day, grantedBy };
    throw refusal(authorityMessages.notGrantable, params, 'awardCode');
  }
  const policies = (await period.routingPolicies.load()).getItems();
  const ending = policies.filter((p) => isInForce(p, day) && grantingLevelOf(p) === level);
  const simplified = commendationKind === CommendationKind.DOT_XUAT ? ending.find((p) => p.simplified) : undefined;
  const policy = simplified ?? ending.find((p) => !p.simplified);
  if (!policy) {
    throw refusal(
      authorityMessages.noPolicyForLevel,
      { award: award.name, level, periodName: period.name, day },
      'awardCode',
    );
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
 * Checks a proposed award against the campaign, the nominee and the authority of the day: the
 * campaign is active and offers the award to the nominee's kind, and some policy of the period in
 * force that day ends where the award is granted for this unit.
 */
export async function checkProposedAward(
  em: EntityManager,
  period: Period,
  awardCode: string,
  nominee: { kind: Parameters<typeof assertNomineeKind>[1] },
  nominator: { unit: AdminUnit; day: string },
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
  assertNomineeKind(award, nominee.kind);
  await policyFor(period, award, nominator.unit, nominator.day);
  return award;
}
