import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { AwardRecord } from '../entities/award-record.entity';
import { AwardType } from '../entities/award-type.entity';
import { Initiative } from '../entities/initiative.entity';
import { Nomination } from '../entities/nomination.entity';
import { Nominee } from '../entities/nominee.entity';
import { Period } from '../entities/period.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload } from '../graphql/mutation-result';
import { Eligibility, RequirementStatus } from '../graphql/nominee-record.types';
import { RecordInitiativeInput } from '../inputs/registry.inputs';
import { relatedOrFail } from '../graphql/request-loaders';
import { UserError } from '../graphql/user-error.type';
import { vietnamToday } from '../auth/viewer';
import { requirementEn, requirementVi } from '../../domain/messages';
import { checkEligibility, subjectOf } from '../services/eligibility.service';
import { recordInitiative } from '../services/initiative.service';

@ObjectType({ description: 'The initiative as recorded and its nomination, or why it was refused.' })
export class InitiativePayload {
  @Field(() => Initiative, { nullable: true })
  initiative?: Initiative | null;

  @Field(() => Nomination, { nullable: true })
  nomination?: Nomination | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** A nomination's nominee record, its registry entry and the award's conditions checked against the registry. */
@Resolver(() => Nomination)
export class NominationRegistryResolver {
  @FieldResolver(() => Nominee, { description: 'The nominee record (its awards, initiatives, personal data).' })
  nominee(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, Nominee, nomination.nominee);
  }

  @FieldResolver(() => AwardRecord, { nullable: true, description: 'Its line in the award registry, once commended.' })
  awardRecord(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOne(AwardRecord, { nomination });
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives recorded with this nomination.' })
  initiatives(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.find(Initiative, { nomination }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => Eligibility, {
    description: "The award's conditions for this nominee: met, declared only, or not met, rule by rule.",
  })
  async eligibility(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<Eligibility> {
    const award = await relatedOrFail(ctx, AwardType, nomination.award);
    const period = await relatedOrFail(ctx, Period, nomination.period);
    const day = ctx.config.submissionDay ?? vietnamToday(nomination.submittedAt ?? undefined);
    const check = await checkEligibility(ctx.em, subjectOf(nomination, award, period.year, day));
    const names = new Map((await ctx.em.find(AwardType, {})).map((a) => [a.code, a.name]));
    const name = (code: string) => names.get(code) ?? code;
    return {
      met: check.met,
      verified: check.verified,
      basis: check.rule?.basis ?? null,
      year: check.year,
      requirements: check.alternatives.flatMap((results, alternative) =>
        results.map((r) => ({
          alternative,
          text: requirementEn(r.requirement, check.year, name),
          textVi: requirementVi(r.requirement, check.year, name),
          status: r.status as RequirementStatus,
          evidenceIds: r.evidence,
        })),
      ),
    };
  }

  @Mutation(() => InitiativePayload, {
    description: 'SUBMITTER: record a recognised initiative (sáng kiến) of the nominee with its decision.',
  })
  recordInitiative(@Ctx() ctx: RequestContext, @Arg('input') input: RecordInitiativeInput) {
    return mutationPayload(() => recordInitiative(ctx.em, requireViewer(ctx), input));
  }
}
