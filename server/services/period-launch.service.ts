import { CampaignStatus } from '../../domain/enums';
import { vietnamToday } from '../auth/viewer';
import { Campaign } from '../entities/campaign.entity';
import { Period } from '../entities/period.entity';
import { startPeriodWorkflow, type RoundDeps } from './round.service';

/**
 * Every period of an active campaign that has not ended gets its workflow, which opens and closes
 * the submission window, sweeps the levels' cut-offs and runs the commendation round at the end.
 */
export async function launchPeriodWorkflows(deps: RoundDeps, campaignId: string): Promise<void> {
  const campaign = await deps.em.findOneOrFail(Campaign, campaignId);
  if (campaign.status !== CampaignStatus.ACTIVE) return;
  const periods = await deps.em.find(Period, { campaign: campaignId, endsOn: { $gte: vietnamToday() } });
  for (const period of periods) await startPeriodWorkflow(deps, period.id);
}
