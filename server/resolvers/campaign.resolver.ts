import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CAMPAIGN_TEMPLATES } from '../campaign-templates/campaign-template';
import { QuotaScopeKind } from '../../domain/quota';
import { AwardType } from '../entities/award-type.entity';
import { Quota } from '../entities/quota.entity';
import { RoutingPolicyEntity } from '../entities/routing-policy.entity';
import { queryResult } from '../graphql/mutation-result';
import { CampaignTemplateInfo, QuotaUsage } from '../graphql/quota-usage.type';
import { StageDefinitionType } from '../graphql/stage.types';
import { quotaUsage } from '../services/quota-usage.service';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { Movement } from '../entities/movement.entity';
import { Period } from '../entities/period.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { related, relatedOrFail } from '../graphql/request-loaders';

/** Campaigns with their movements and periods: what a portal needs to start a nomination. */
@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => [Campaign], { description: 'Every campaign, newest first.' })
  campaigns(@Ctx() ctx: RequestContext) {
    requireViewer(ctx);
    return ctx.em.find(Campaign, {}, { orderBy: { startYear: 'desc', code: 'asc' } });
  }

  @Query(() => Campaign, { nullable: true })
  campaign(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    requireViewer(ctx);
    return /^[0-9a-f-]{36}$/i.test(id) ? ctx.em.findOne(Campaign, id) : null;
  }

  @Query(() => [AwardType], { description: 'The award catalogue (hình thức khen thưởng, danh hiệu thi đua).' })
  awardTypes(@Ctx() ctx: RequestContext) {
    requireViewer(ctx);
    return ctx.em.find(AwardType, {}, { orderBy: { grantingLevel: 'asc', code: 'asc' } });
  }

  @Query(() => [RoutingPolicyEntity], { description: "Built-in and administrators' routing policies." })
  routingPolicies(@Ctx() ctx: RequestContext) {
    requireViewer(ctx);
    return ctx.em.find(RoutingPolicyEntity, {}, { orderBy: { builtIn: 'desc', code: 'asc' } });
  }

  @Query(() => [CampaignTemplateInfo], { description: 'Templates for Mutation.applyCampaignTemplate.' })
  campaignTemplates(@Ctx() ctx: RequestContext): CampaignTemplateInfo[] {
    requireViewer(ctx);
    return CAMPAIGN_TEMPLATES.map((t) => ({ ...t, movementNames: t.movements.map((m) => m.name) }));
  }

  @Query(() => [QuotaUsage], {
    description:
      'Quota use in a period: per deciding unit, award form, movement and nominee kind; with unitId, also what that unit forwarded.',
  })
  quotaUsage(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ) {
    return queryResult(() => quotaUsage(ctx.em, requireViewer(ctx), periodId, unitId));
  }

  @FieldResolver(() => [AwardType])
  async awards(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    const loaded = await ctx.em.findOneOrFail(Campaign, campaign.id, { populate: ['awards'] });
    return loaded.awards.getItems().sort((a, b) => a.code.localeCompare(b.code));
  }

  @FieldResolver(() => [Quota])
  quotas(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return ctx.em.find(Quota, { campaign: campaign.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => AdminUnit)
  issuingUnit(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, campaign.issuingUnit);
  }

  @FieldResolver(() => [Movement])
  movements(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return ctx.em.find(Movement, { campaign: campaign.id }, { orderBy: { position: 'asc' } });
  }

  @FieldResolver(() => [Period])
  periods(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return ctx.em.find(Period, { campaign: campaign.id }, { orderBy: { startsOn: 'asc' } });
  }
}

@Resolver(() => Period)
export class PeriodResolver {
  @FieldResolver(() => [RoutingPolicyEntity], {
    description: 'One per level where pipelines end; the award picks one.',
  })
  async routingPolicies(@Root() period: Period, @Ctx() ctx: RequestContext) {
    const loaded = await ctx.em.findOneOrFail(Period, period.id, { populate: ['routingPolicies'] });
    return loaded.routingPolicies.getItems();
  }
}

@Resolver(() => RoutingPolicyEntity)
export class RoutingPolicyResolver {
  @FieldResolver(() => [StageDefinitionType])
  stages(@Root() policy: RoutingPolicyEntity) {
    return policy.stages.map((stage) => ({ ...stage, atNominatingUnit: !!stage.atNominatingUnit }));
  }
}

@Resolver(() => Quota)
export class QuotaResolver {
  @FieldResolver(() => Movement)
  movement(@Root() quota: Quota, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, Movement, quota.movement);
  }

  @FieldResolver(() => AdminUnit, { nullable: true })
  unit(@Root() quota: Quota, @Ctx() ctx: RequestContext) {
    return related(ctx, AdminUnit, quota.unit);
  }

  @FieldResolver(() => AwardType, { nullable: true, description: 'The award form bounded; null: every form.' })
  award(@Root() quota: Quota, @Ctx() ctx: RequestContext) {
    return related(ctx, AwardType, quota.award);
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The one deciding unit whose awards it bounds.' })
  decidingUnit(@Root() quota: Quota, @Ctx() ctx: RequestContext) {
    return related(ctx, AdminUnit, quota.decidingUnit);
  }

  @FieldResolver(() => QuotaScopeKind)
  scope(@Root() quota: Quota): QuotaScopeKind {
    return quota.decidingUnit || quota.decidingLevel ? QuotaScopeKind.DECISION : QuotaScopeKind.FORWARDING;
  }
}
