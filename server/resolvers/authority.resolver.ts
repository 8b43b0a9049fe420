import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { decidingLevel, grantsOf } from '../../domain/award-authority';
import { TaskKind } from '../../domain/enums';
import { assertDay } from '../../domain/campaign-rules';
import { decisionBasisVi, decisionGroundsOf, legalPeriodOn } from '../../domain/legal-periods';
import { grantingLevelOf, isInForce } from '../../domain/routing';
import { assertCanRead } from '../auth/access';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { Campaign } from '../entities/campaign.entity';
import { CommendationRound } from '../entities/commendation-round.entity';
import { Nomination } from '../entities/nomination.entity';
import { Period } from '../entities/period.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { AwardAuthority, AwardGrantType } from '../graphql/authority.types';
import { requireViewer, type RequestContext } from '../graphql/context';
import { findOrRefuse } from '../store/load';
import { submissionDay } from '../services/award-routing';

async function basisOf(ctx: RequestContext, periodId: string, unitId: string, day: string): Promise<string[]> {
  const period = await ctx.em.findOneOrFail(Period, periodId);
  const campaign = await ctx.em.findOneOrFail(Campaign, period.campaign.id);
  const unit = await ctx.em.findOneOrFail(AdminUnit, unitId);
  return decisionBasisVi(decisionGroundsOf(unit, campaign.name, day));
}

@Resolver(() => AwardType)
export class AwardGrantsResolver {
  @FieldResolver(() => [AwardGrantType], { description: 'Who grants it in each legal period (Law 06/2022 art. 80).' })
  grants(@Root() award: AwardType) {
    return grantsOf(award.code).map((g) => ({ ...g, to: g.to ?? null }));
  }

  @Query(() => AwardAuthority, {
    description:
      'Who decides an award proposed by a unit on a day (today by default), and which policy of a period carries it.',
  })
  async awardAuthority(
    @Ctx() ctx: RequestContext,
    @Arg('awardCode') awardCode: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('periodId', () => ID, { nullable: true }) periodId: string | null,
    @Arg('day', () => String, { nullable: true }) dayArg: string | null,
  ): Promise<AwardAuthority> {
    const viewer = requireViewer(ctx);
    const day = dayArg ? assertDay(dayArg, 'day') : submissionDay(ctx.config);
    const unit = await findOrRefuse(ctx.em, AdminUnit, unitId, 'unitId');
    assertCanRead(viewer, unit.path);
    const level = decidingLevel(awardCode.trim(), unit, day);
    let routingPolicyCode: string | null = null;
    if (periodId && level) {
      const period = await findOrRefuse(ctx.em, Period, periodId, 'periodId', ['routingPolicies']);
      const policy = period.routingPolicies
        .getItems()
        .find((p) => !p.simplified && isInForce(p, day) && grantingLevelOf(p) === level);
      routingPolicyCode = policy?.code ?? null;
    }
    return { day, decidingLevel: level, routingPolicyCode, legalPeriodVi: legalPeriodOn(day).nameVi };
  }
}

@Resolver(() => CommendationRound)
export class RoundLegalBasisResolver {
  @FieldResolver(() => [String], {
    description:
      'The "Căn cứ …" lines of the decision: the law of its date (today until signed), the plan, the proposals.',
  })
  legalBasis(@Ctx() ctx: RequestContext, @Root() round: CommendationRound) {
    return basisOf(ctx, round.period.id, round.unit.id, round.decisionDate ?? submissionDay(ctx.config));
  }
}

@Resolver(() => Nomination)
export class NominationLegalBasisResolver {
  @FieldResolver(() => [String], {
    nullable: true,
    description: "The legal basis of the nomination's commendation decision; null until decided.",
  })
  async legalBasis(@Ctx() ctx: RequestContext, @Root() nomination: Nomination) {
    if (!nomination.decisionDate) return null;
    // The deciding unit is the one whose decision task closed it; a round's signature closes it too.
    const decided = await ctx.em.findOne(
      ReviewTask,
      { nomination, kind: TaskKind.DECISION },
      { orderBy: { createdAt: 'desc' } },
    );
    return basisOf(ctx, nomination.period.id, decided?.unit.id ?? nomination.unit.id, nomination.decisionDate);
  }
}

export const AUTHORITY_RESOLVERS = [
  AwardGrantsResolver,
  RoundLegalBasisResolver,
  NominationLegalBasisResolver,
] as const;
