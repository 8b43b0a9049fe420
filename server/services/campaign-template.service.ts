import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignStatus } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { CAMPAIGN_TEMPLATES } from '../campaign-templates/campaign-template';
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

/** Builds a whole campaign from a template, through the same checked steps an administrator takes. */
export async function applyCampaignTemplate(em: EntityManager, actor: ConfigActor, input: ApplyTemplateInput) {
  const template = CAMPAIGN_TEMPLATES.find((t) => t.code === input.templateCode);
  if (!template) {
    throw DomainError.of(ErrorCode.NOT_FOUND, 'templateCode', {
      en: `No template ${input.templateCode}; there are ${CAMPAIGN_TEMPLATES.map((t) => t.code).join(', ')}.`,
      vi: `Không có mẫu ${input.templateCode}.`,
    });
  }
  return em.transactional(async (tx) => {
    const campaign = await createCampaign(tx, actor, {
      code: input.code ?? template.code,
      name: template.name,
      description: template.description,
      startYear: template.startYear,
      endYear: template.endYear,
      issuingUnitId: input.issuingUnitId,
    });
    await setCampaignAwards(tx, actor, campaign.id, template.awardCodes);
    for (const movementData of template.movements) {
      const movement = await addMovement(tx, actor, { campaignId: campaign.id, ...movementData });
      const quotas = template.quotasPerMovement.filter((q) => movementData.nomineeKinds.includes(q.nomineeKind));
      for (const quota of quotas)
        await setQuota(tx, actor, { campaignId: campaign.id, movementId: movement.id, ...quota });
    }
    for (const period of template.periods) await addPeriod(tx, actor, { campaignId: campaign.id, ...period });
    if (input.activate) await changeCampaignStatus(tx, actor, campaign.id, CampaignStatus.ACTIVE);
    return campaign;
  });
}
