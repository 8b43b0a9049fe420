import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../domain/enums';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { CommendationRound } from '../entities/commendation-round.entity';
import { CouncilBallot } from '../entities/council-ballot.entity';
import { Period } from '../entities/period.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import { User } from '../entities/user.entity';
import { pipelineDeps, requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload } from '../graphql/mutation-result';
import {
  CastBallotPayload,
  CastBallotsPayload,
  CommendationRoundPayload,
  ObjectionPayload,
  PeriodRoundsPayload,
} from '../graphql/round.payloads';
import {
  CastBallotInput,
  CastBallotsInput,
  FileObjectionInput,
  PeriodWorkflowInput,
  ResolveObjectionInput,
  SignRoundDecisionInput,
  StartRoundInput,
} from '../inputs/round.inputs';
import { holdersOf } from '../store/role-holders';
import * as rounds from '../services/round.service';
import {
  CouncilBallotResolver,
  NominationRoundResolver,
  ObjectionResolver,
  RoundEntryResolver,
} from './round-entry.resolver';
import { related, relatedOrFail } from '../graphql/request-loaders';

/**
 * Who sees a round: anyone holding a role on its unit's branch, above it or below it — the shortlist
 * is on public notice for the units it concerns. Full nominations stay behind their own read rule.
 */
export function canSeeRound(viewer: Viewer, unitPath: string): boolean {
  return viewer.roles.some((r) => unitPath.startsWith(r.unitPath) || r.unitPath.startsWith(unitPath));
}

/** Commendation rounds: the council vote, the public notice and the chair's signed decision. */
@Resolver(() => CommendationRound)
export class CommendationRoundResolver {
  @Query(() => [CommendationRound], { description: 'The rounds of a period (one per deciding unit) you can see.' })
  async commendationRounds(@Ctx() ctx: RequestContext, @Arg('periodId', () => ID) periodId: string) {
    const viewer = requireViewer(ctx);
    if (!/^[0-9a-f-]{36}$/i.test(periodId)) return [];
    const found = await ctx.em.find(
      CommendationRound,
      { period: periodId },
      { populate: ['unit'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return found.filter((round) => canSeeRound(viewer, round.unit.path));
  }

  @Query(() => CommendationRound, { nullable: true })
  async commendationRound(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    const viewer = requireViewer(ctx);
    const round = /^[0-9a-f-]{36}$/i.test(id)
      ? await ctx.em.findOne(CommendationRound, id, { populate: ['unit'] })
      : null;
    return round && canSeeRound(viewer, round.unit.path) ? round : null;
  }

  @Query(() => [CouncilBallot], { description: 'Your own council ballots, of one round or of all.' })
  myBallots(@Ctx() ctx: RequestContext, @Arg('roundId', () => ID, { nullable: true }) roundId: string | null) {
    const viewer = requireViewer(ctx);
    const scope = roundId && /^[0-9a-f-]{36}$/i.test(roundId) ? { entry: { round: roundId } } : {};
    return ctx.em.find(CouncilBallot, { member: viewer.user.id, ...scope }, { orderBy: { createdAt: 'asc' } });
  }

  @Mutation(() => PeriodRoundsPayload, {
    description: "ADMIN: make sure the period's workflow runs (windows, cut-offs, its round).",
  })
  startPeriodWorkflow(@Ctx() ctx: RequestContext, @Arg('input') input: PeriodWorkflowInput) {
    return mutationPayload(() => rounds.startPeriodWorkflow(pipelineDeps(ctx), input.periodId));
  }

  @Mutation(() => PeriodRoundsPayload, {
    description: 'ADMIN: start the commendation round now; answers once the council vote is open.',
  })
  startRound(@Ctx() ctx: RequestContext, @Arg('input') input: StartRoundInput) {
    return mutationPayload(() => rounds.startRound(pipelineDeps(ctx), input));
  }

  @Mutation(() => CastBallotPayload, {
    description: 'COUNCIL_MEMBER: vote on a shortlisted nomination (again, to change it) until voting closes.',
  })
  castBallot(@Ctx() ctx: RequestContext, @Arg('input') input: CastBallotInput) {
    return mutationPayload(() => rounds.castBallot(pipelineDeps(ctx), input));
  }

  @Mutation(() => CastBallotsPayload, {
    description: 'COUNCIL_MEMBER: a whole ballot paper (several entries of one round) at once.',
  })
  castBallots(@Ctx() ctx: RequestContext, @Arg('input') input: CastBallotsInput) {
    return mutationPayload(() => rounds.castBallots(pipelineDeps(ctx), input));
  }

  @Mutation(() => ObjectionPayload, {
    description: 'Object to a nominee on public notice; the round waits for its resolution.',
  })
  fileObjection(@Ctx() ctx: RequestContext, @Arg('input') input: FileObjectionInput) {
    return mutationPayload(() => rounds.fileObjection(pipelineDeps(ctx), input));
  }

  @Mutation(() => ObjectionPayload, { description: 'ADMIN: resolve an objection; upheld, the nominee is not awarded.' })
  resolveObjection(@Ctx() ctx: RequestContext, @Arg('input') input: ResolveObjectionInput) {
    return mutationPayload(() => rounds.resolveObjection(pipelineDeps(ctx), input));
  }

  @Mutation(() => CommendationRoundPayload, {
    description: "The chair signs the round's decision: numbered, certificates assigned, nominations concluded.",
  })
  signRoundDecision(@Ctx() ctx: RequestContext, @Arg('input') input: SignRoundDecisionInput) {
    return mutationPayload(() => rounds.signRoundDecision(pipelineDeps(ctx), input));
  }

  @FieldResolver(() => Period)
  period(@Root() round: CommendationRound, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, Period, round.period);
  }

  @FieldResolver(() => AdminUnit, { description: 'The deciding unit: its council votes, its chair signs.' })
  unit(@Root() round: CommendationRound, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, round.unit);
  }

  @FieldResolver(() => User, { nullable: true })
  signedBy(@Root() round: CommendationRound, @Ctx() ctx: RequestContext) {
    return related(ctx, User, round.signedBy);
  }

  @FieldResolver(() => [RoundEntry], { description: 'The shortlist by movement, nominee kind and rank.' })
  entries(@Root() round: CommendationRound, @Ctx() ctx: RequestContext) {
    return ctx.em.find(
      RoundEntry,
      { round: round.id },
      {
        populate: ['nomination', 'nomination.movement'],
        orderBy: { nomination: { movement: { position: 'asc' }, nomineeKind: 'asc' }, rank: 'asc' },
      },
    );
  }

  @FieldResolver(() => Int, { description: 'Council members of the unit today: the base of the approval threshold.' })
  async councilSize(@Root() round: CommendationRound, @Ctx() ctx: RequestContext) {
    return (await holdersOf(ctx.em, round.unit.id, Role.COUNCIL_MEMBER, { ownOnly: true })).length;
  }
}

/** Every resolver class of the rounds, for the schema's list. */
export const ROUND_RESOLVERS = [
  CommendationRoundResolver,
  RoundEntryResolver,
  CouncilBallotResolver,
  ObjectionResolver,
  NominationRoundResolver,
] as const;
