import { WorkflowNotFoundError } from '@temporalio/client';
import { CampaignStatus } from '../../domain/enums';
import { periodWorkflowId } from '../../workflows/period.messages';
import { vietnamToday } from '../auth/viewer';
import { Campaign } from '../entities/campaign.entity';
import { Period } from '../entities/period.entity';
import { toDomainError } from '../temporal/update-errors';
import { changeCampaignStatus } from './campaign.service';
import { startPeriodWorkflow, type RoundDeps } from './round.service';

/** How long launching waits for Temporal to say whether a period's workflow already runs. */
const DESCRIBE_WAIT_MS = 10_000;

/**
 * Every period of an active campaign that has not ended gets its workflow, which opens and closes
 * the submission window, sweeps the levels' cut-offs and runs the commendation round at the end.
 * Answers the ids of the workflows this call started (not those that already ran).
 */
export async function launchPeriodWorkflows(deps: RoundDeps, campaignId: string): Promise<string[]> {
  const campaign = await deps.em.findOneOrFail(Campaign, campaignId);
  if (campaign.status !== CampaignStatus.ACTIVE) return [];
  const periods = await deps.em.find(Period, { campaign: campaignId, endsOn: { $gte: vietnamToday() } });
  const started: string[] = [];
  for (const period of periods) {
    const workflowId = periodWorkflowId(period.id);
    const runs = await deps.temporal
      .withAbortSignal(AbortSignal.timeout(DESCRIBE_WAIT_MS), () =>
        deps.temporal.workflow.getHandle(workflowId).describe(),
      )
      .then(
        () => true,
        (error: unknown) => {
          if (error instanceof WorkflowNotFoundError) return false;
          throw toDomainError(error);
        },
      );
    await startPeriodWorkflow(deps, period.id);
    if (!runs) started.push(workflowId);
  }
  return started;
}

/**
 * Changes a campaign's status; a launch (ACTIVE) commits only once every current period's workflow
 * runs. The status change waits in its transaction while the workflows start (deterministic ids,
 * joined if already running); if Temporal refuses or does not answer (WORKFLOW_UNAVAILABLE), the
 * transaction rolls back and the workflows this attempt started are terminated, so the campaign
 * stays DRAFT with no workflow. A crash between the starts and the commit leaves running workflows
 * that the next launch joins.
 */
export async function changeStatusWithWorkflows(deps: RoundDeps, campaignId: string, status: CampaignStatus) {
  const started: string[] = [];
  try {
    return await deps.em.transactional(async (em) => {
      const campaign = await changeCampaignStatus(em, deps.viewer, campaignId, status);
      started.push(...(await launchPeriodWorkflows({ ...deps, em }, campaign.id)));
      return campaign;
    });
  } catch (error) {
    await Promise.all(
      started.map((id) =>
        deps.temporal.workflow
          .getHandle(id)
          .terminate('The campaign launch was rolled back.')
          .catch(() => undefined),
      ),
    );
    throw error;
  }
}
