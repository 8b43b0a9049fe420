import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NomineeKind, Role } from '../../domain/enums';
import { canReadUnit, roleFor } from '../auth/access';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { CommendationRound } from '../entities/commendation-round.entity';
import { CouncilBallot } from '../entities/council-ballot.entity';
import { Movement } from '../entities/movement.entity';
import { Nomination } from '../entities/nomination.entity';
import { Objection } from '../entities/objection.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import { User } from '../entities/user.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { relatedNomination, relatedOrFail } from '../graphql/request-loaders';

async function entryNomination(ctx: RequestContext, entry: RoundEntry) {
  return relatedNomination(ctx, entry.nomination);
}

async function roundUnitPath(ctx: RequestContext, roundId: string) {
  const round = await ctx.em.findOneOrFail(CommendationRound, roundId, { populate: ['unit'] });
  return round.unit.path;
}

/** A shortlisted nominee: what the public notice shows, and the full nomination to those who may read it. */
@Resolver(() => RoundEntry)
export class RoundEntryResolver {
  @FieldResolver(() => Nomination, { nullable: true, description: 'Null when you may not read the nomination itself.' })
  async nomination(@Root() entry: RoundEntry, @Ctx() ctx: RequestContext) {
    const nomination = await entryNomination(ctx, entry);
    return canReadUnit(requireViewer(ctx), nomination.unit.path) ? nomination : null;
  }

  @FieldResolver(() => String)
  async nomineeName(@Root() entry: RoundEntry, @Ctx() ctx: RequestContext) {
    return (await entryNomination(ctx, entry)).nomineeName;
  }

  @FieldResolver(() => NomineeKind)
  async nomineeKind(@Root() entry: RoundEntry, @Ctx() ctx: RequestContext) {
    return (await entryNomination(ctx, entry)).nomineeKind;
  }

  @FieldResolver(() => AwardType)
  async award(@Root() entry: RoundEntry, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AwardType, (await entryNomination(ctx, entry)).award);
  }

  @FieldResolver(() => Movement)
  async movement(@Root() entry: RoundEntry, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, Movement, (await entryNomination(ctx, entry)).movement);
  }

  @FieldResolver(() => AdminUnit, { description: 'The nominating commune.' })
  async nominatingUnit(@Root() entry: RoundEntry, @Ctx() ctx: RequestContext) {
    return (await entryNomination(ctx, entry)).unit;
  }

  @FieldResolver(() => [CouncilBallot], {
    description: 'Every ballot for an ADMIN of the deciding unit; otherwise only your own.',
  })
  async ballots(@Root() entry: RoundEntry, @Ctx() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const admin = roleFor(viewer, Role.ADMIN, await roundUnitPath(ctx, entry.round.id));
    return ctx.em.find(
      CouncilBallot,
      { entry: entry.id, ...(admin ? {} : { member: viewer.user.id }) },
      { orderBy: { createdAt: 'asc' } },
    );
  }

  @FieldResolver(() => [Objection], {
    description: 'Objections filed during the public notice (for officials of the deciding unit and above).',
  })
  async objections(@Root() entry: RoundEntry, @Ctx() ctx: RequestContext) {
    if (!canReadUnit(requireViewer(ctx), await roundUnitPath(ctx, entry.round.id))) return [];
    return ctx.em.find(Objection, { entry: entry.id }, { orderBy: { createdAt: 'asc' } });
  }
}

@Resolver(() => CouncilBallot)
export class CouncilBallotResolver {
  @FieldResolver(() => User)
  member(@Root() ballot: CouncilBallot, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, User, ballot.member);
  }

  @FieldResolver(() => RoundEntry)
  entry(@Root() ballot: CouncilBallot, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, RoundEntry, ballot.entry);
  }
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @FieldResolver(() => RoundEntry)
  entry(@Root() objection: Objection, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, RoundEntry, objection.entry);
  }
}

@Resolver(() => Nomination)
export class NominationRoundResolver {
  @FieldResolver(() => RoundEntry, {
    nullable: true,
    description: "Its place on a commendation round's shortlist, if it has one.",
  })
  roundEntry(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOne(RoundEntry, { nomination: nomination.id }, { orderBy: { createdAt: 'desc' } });
  }
}
