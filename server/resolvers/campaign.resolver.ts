import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { Movement } from '../entities/movement.entity';
import { Period } from '../entities/period.entity';
import { requireViewer, type RequestContext } from '../graphql/context';

/** Campaigns with their movements and periods: what a portal needs to start a nomination. */
@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => [Campaign], { description: 'Every campaign, newest first.' })
  campaigns(@Ctx() ctx: RequestContext) {
    requireViewer(ctx);
    return ctx.em.find(Campaign, {}, { orderBy: { startYear: 'desc', code: 'asc' } });
  }

  @FieldResolver(() => AdminUnit)
  issuingUnit(@Root() campaign: Campaign, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(AdminUnit, campaign.issuingUnit.id);
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
