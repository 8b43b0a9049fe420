import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { assertCanRead } from '../auth/access';
import { AdminUnit } from '../entities/admin-unit.entity';
import { CommendationRound } from '../entities/commendation-round.entity';
import {
  DecisionRegister,
  DecisionRegisterEntry,
  DecisionRegisterNomination,
} from '../entities/decision-register.entity';
import { Nomination } from '../entities/nomination.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import { User } from '../entities/user.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { related, relatedOrFail } from '../graphql/request-loaders';
import { UserError } from '../graphql/user-error.type';
import { RecordDecisionInput, SetDecisionRegisterInput } from '../inputs/decision-register.inputs';
import * as registers from '../services/decision-register.service';

@ObjectType()
export class DecisionRegisterEntryConnection extends connectionType(DecisionRegisterEntry, 'DecisionRegisterEntry') {}

@ObjectType({ description: "The unit's register after the change, or why it was refused." })
export class DecisionRegisterPayload {
  @Field(() => DecisionRegister, { nullable: true })
  register?: DecisionRegister | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The decision as entered into the register, or why it was refused.' })
export class DecisionRegisterEntryPayload {
  @Field(() => DecisionRegisterEntry, { nullable: true })
  entry?: DecisionRegisterEntry | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** The decision register (sổ quyết định) of each issuing unit and year. */
@Resolver(() => DecisionRegisterEntry)
export class DecisionRegisterResolver {
  @Query(() => DecisionRegisterEntryConnection, {
    description: "A unit's decisions of a year (this platform's and the others recorded), newest entry first.",
  })
  decisionRegister(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Args() page: PageArgs,
  ) {
    return queryResult(() => registers.listRegister({ em: ctx.em, viewer: requireViewer(ctx) }, unitId, year, page));
  }

  @Mutation(() => DecisionRegisterPayload, {
    description: 'ADMIN of the unit: the platform keeps its decision register (next number) or its văn thư does.',
  })
  setDecisionRegister(@Ctx() ctx: RequestContext, @Arg('input') input: SetDecisionRegisterInput) {
    return mutationPayload(() => registers.setDecisionRegister({ em: ctx.em, viewer: requireViewer(ctx) }, input));
  }

  @Mutation(() => DecisionRegisterEntryPayload, {
    description:
      "ADMIN or APPROVER of the unit: record another decision of the agency; the platform's numbers skip it.",
  })
  recordDecision(@Ctx() ctx: RequestContext, @Arg('input') input: RecordDecisionInput) {
    return mutationPayload(() => registers.recordDecision({ em: ctx.em, viewer: requireViewer(ctx) }, input));
  }

  @FieldResolver(() => Int, { description: 'The register year.' })
  async year(@Root() entry: DecisionRegisterEntry, @Ctx() ctx: RequestContext) {
    return (await relatedOrFail(ctx, DecisionRegister, entry.register)).year;
  }

  @FieldResolver(() => AdminUnit, { description: 'The issuing unit.' })
  async unit(@Root() entry: DecisionRegisterEntry, @Ctx() ctx: RequestContext) {
    const register = await relatedOrFail(ctx, DecisionRegister, entry.register);
    return relatedOrFail(ctx, AdminUnit, register.unit);
  }

  @FieldResolver(() => CommendationRound, { nullable: true, description: 'The round whose decision it is, if any.' })
  round(@Root() entry: DecisionRegisterEntry, @Ctx() ctx: RequestContext) {
    return related(ctx, CommendationRound, entry.round);
  }

  @FieldResolver(() => [Nomination], {
    description: 'The nominations a per-nomination decision commends, those you may read.',
  })
  async nominations(@Root() entry: DecisionRegisterEntry, @Ctx() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const links = await ctx.em.find(
      DecisionRegisterNomination,
      { entry },
      { populate: ['nomination.unit'], orderBy: { createdAt: 'asc' } },
    );
    return links.map((l) => l.nomination).filter((n) => isReadable(viewer, n.unit.path));
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who signed it (this platform) or recorded it.' })
  recordedBy(@Root() entry: DecisionRegisterEntry, @Ctx() ctx: RequestContext) {
    return related(ctx, User, entry.recordedBy);
  }
}

function isReadable(viewer: ReturnType<typeof requireViewer>, path: string): boolean {
  try {
    assertCanRead(viewer, path);
    return true;
  } catch {
    return false;
  }
}

/** A nomination's decision as its unit's register holds it (with how it was signed). */
@Resolver(() => Nomination)
export class NominationDecisionResolver {
  @FieldResolver(() => DecisionRegisterEntry, {
    nullable: true,
    description: "The decision commending it, as the issuing unit's register holds it (number, signature).",
  })
  async decision(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    if (!nomination.decisionNumber) return null;
    const link = await ctx.em.findOne(
      DecisionRegisterNomination,
      { nomination },
      { populate: ['entry'], orderBy: { createdAt: 'desc' } },
    );
    if (link) return link.entry;
    const inRound = await ctx.em.findOne(RoundEntry, {
      nomination,
      round: { decisionNumber: nomination.decisionNumber },
    });
    return inRound ? ctx.em.findOne(DecisionRegisterEntry, { round: inRound.round }) : null;
  }
}

export const DECISION_REGISTER_RESOLVERS = [DecisionRegisterResolver, NominationDecisionResolver] as const;
