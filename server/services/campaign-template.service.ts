import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, AwardLevel, CampaignStatus, isLevelAbove } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { CAMPAIGN_TEMPLATES, type CampaignTemplate } from '../campaign-templates/campaign-template';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { addMovement, changeCampaignStatus, createCampaign, setCampaignAwards } from './campaign.service';
import type { ConfigActor } from './config-access';
import { addPeriod } from './period.service';
import { setQuota } from './quota.service';

export interface ApplyTemplateInput {
  templateCode: string;
  issuingUnitId: string;
  /** Campaign code; the template's code by default. */
  code?: string | null;
  /** Launch it at once (ACTIVE) rather than leaving it in DRAFT for review. */
  activate?: boolean | null;
}

/** An award the issuing unit's campaign decides: not one granted above the unit's own level. */
function decidedAtOrBelow(award: AwardType, level: AdminLevel): boolean {
  if (award.grantingLevel === AwardLevel.NATIONAL) return false;
  if (award.grantingLevel === AwardLevel.AGENCY) return true;
  return !isLevelAbove(award.grantingLevel as unknown as AdminLevel, level);
}

/** The plan's own awards, and those it defers to a higher plan that this unit happens to decide. */
async function offeredAwards(em: EntityManager, template: CampaignTemplate, issuingUnitId: string) {
  if (!template.deferredAwardCodes.length) return template.awardCodes;
  const unit = await em.findOneOrFail(AdminUnit, issuingUnitId);
  const deferred = await em.find(AwardType, { code: { $in: template.deferredAwardCodes } });
  return [...template.awardCodes, ...deferred.filter((a) => decidedAtOrBelow(a, unit.level)).map((a) => a.code)];
}

export function findTemplate(code: string): CampaignTemplate {
  const template = CAMPAIGN_TEMPLATES.find((t) => t.code === code);
  if (!template) {
    throw DomainError.of(ErrorCode.NOT_FOUND, 'templateCode', {
      en: `No template ${code}; there are ${CAMPAIGN_TEMPLATES.map((t) => t.code).join(', ')}.`,
      vi: `Không có mẫu ${code}.`,
    });
  }
  return template;
}

/**
 * Builds a whole campaign from a template, through the same checked steps an administrator takes.
 * `launch` activates it the way the API does (starting its current periods' workflows); without it,
 * `activate` only changes the status (the seed without Temporal).
 */
export async function applyCampaignTemplate(
  em: EntityManager,
  actor: ConfigActor,
  input: ApplyTemplateInput,
  launch?: (tx: EntityManager, campaignId: string) => Promise<unknown>,
) {
  const template = findTemplate(input.templateCode);
  return em.transactional(async (tx) => {
    const campaign = await createCampaign(tx, actor, {
      code: input.code ?? template.code,
      name: template.name,
      description: template.description,
      startYear: template.startYear,
      endYear: template.endYear,
      issuingUnitId: input.issuingUnitId,
    });
    await setCampaignAwards(tx, actor, campaign.id, await offeredAwards(tx, template, input.issuingUnitId));
    for (const { source: _source, ...movementData } of template.movements) {
      const movement = await addMovement(tx, actor, { campaignId: campaign.id, ...movementData });
      const quotas = template.quotasPerMovement.filter((q) => movementData.nomineeKinds.includes(q.nomineeKind));
      for (const quota of quotas)
        await setQuota(tx, actor, { campaignId: campaign.id, movementId: movement.id, ...quota });
    }
    for (const period of template.periods) await addPeriod(tx, actor, { campaignId: campaign.id, ...period });
    if (input.activate) {
      if (launch) await launch(tx, campaign.id);
      else await changeCampaignStatus(tx, actor, campaign.id, CampaignStatus.ACTIVE);
    }
    return campaign;
  });
}
