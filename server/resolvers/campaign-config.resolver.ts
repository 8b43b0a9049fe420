import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Campaign } from '../entities/campaign.entity';
import { Movement } from '../entities/movement.entity';
import { Period } from '../entities/period.entity';
import { Quota } from '../entities/quota.entity';
import { RoutingPolicyEntity } from '../entities/routing-policy.entity';
import { pipelineDeps, requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload } from '../graphql/mutation-result';
import { payloadType } from '../graphql/payloads';
import {
  AddMovementInput,
  AddPeriodInput,
  ApplyCampaignTemplateInput,
  ChangeCampaignStatusInput,
  CreateCampaignInput,
  CreateRoutingPolicyInput,
  SetCampaignAwardsInput,
  SetQuotaInput,
} from '../inputs/campaign.inputs';
import { applyCampaignTemplate } from '../services/campaign-template.service';
import { addMovement, createCampaign, setCampaignAwards } from '../services/campaign.service';
import { addPeriod } from '../services/period.service';
import { changeStatusWithWorkflows } from '../services/period-launch.service';
import { setQuota } from '../services/quota.service';
import { createRoutingPolicy } from '../services/routing-policy.service';

const CampaignPayload = payloadType(Campaign, 'campaign', 'Campaign');
const MovementPayload = payloadType(Movement, 'movement', 'Movement');
const PeriodPayload = payloadType(Period, 'period', 'Period');
const QuotaPayload = payloadType(Quota, 'quota', 'Quota');
const RoutingPolicyPayload = payloadType(RoutingPolicyEntity, 'routingPolicy', 'RoutingPolicy');

/** Campaign configuration by the ADMIN of the issuing unit; every change is audited. */
@Resolver()
export class CampaignConfigResolver {
  @Mutation(() => CampaignPayload, { description: 'A new campaign in DRAFT.' })
  createCampaign(@Ctx() ctx: RequestContext, @Arg('input') input: CreateCampaignInput) {
    return mutationPayload(async () => ({ campaign: await createCampaign(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => CampaignPayload, {
    description: 'A whole campaign from a ready template (movements, periods, quotas, awards).',
  })
  applyCampaignTemplate(@Ctx() ctx: RequestContext, @Arg('input') input: ApplyCampaignTemplateInput) {
    return mutationPayload(async () => ({ campaign: await applyCampaignTemplate(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => CampaignPayload, {
    description: 'Launch (ACTIVE: the workflows of its current periods start) or close (CLOSED) a campaign.',
  })
  changeCampaignStatus(@Ctx() ctx: RequestContext, @Arg('input') input: ChangeCampaignStatusInput) {
    return mutationPayload(async () => {
      const campaign = await changeStatusWithWorkflows(pipelineDeps(ctx), input.id, input.status);
      return { campaign };
    });
  }

  @Mutation(() => CampaignPayload, { description: 'The awards the campaign offers.' })
  setCampaignAwards(@Ctx() ctx: RequestContext, @Arg('input') input: SetCampaignAwardsInput) {
    return mutationPayload(async () => ({
      campaign: await setCampaignAwards(ctx.em, requireViewer(ctx), input.campaignId, input.awardCodes),
    }));
  }

  @Mutation(() => MovementPayload)
  addMovement(@Ctx() ctx: RequestContext, @Arg('input') input: AddMovementInput) {
    return mutationPayload(async () => ({ movement: await addMovement(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => PeriodPayload, {
    description:
      'A period with its window, cut-offs and policies; in a running campaign, start its workflow with startPeriodWorkflow.',
  })
  addPeriod(@Ctx() ctx: RequestContext, @Arg('input') input: AddPeriodInput) {
    return mutationPayload(async () => ({ period: await addPeriod(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => RoutingPolicyPayload)
  createRoutingPolicy(@Ctx() ctx: RequestContext, @Arg('input') input: CreateRoutingPolicyInput) {
    return mutationPayload(async () => ({
      routingPolicy: await createRoutingPolicy(ctx.em, requireViewer(ctx), input),
    }));
  }

  @Mutation(() => QuotaPayload, { description: 'Create or replace a quota (chỉ tiêu).' })
  setQuota(@Ctx() ctx: RequestContext, @Arg('input') input: SetQuotaInput) {
    return mutationPayload(async () => ({ quota: await setQuota(ctx.em, requireViewer(ctx), input) }));
  }
}
