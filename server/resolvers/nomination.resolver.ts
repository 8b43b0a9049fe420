import type { GraphQLResolveInfo } from 'graphql';
import { submissionDay } from '../services/award-routing';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { TaskStatus } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { AwardType } from '../entities/award-type.entity';
import { Campaign } from '../entities/campaign.entity';
import { Movement } from '../entities/movement.entity';
import { Nomination } from '../entities/nomination.entity';
import { Period } from '../entities/period.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { User } from '../entities/user.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { pipelineDeps, requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { nominationJoins } from '../graphql/list-joins';
import { childrenOf, relatedOrFail } from '../graphql/request-loaders';
import { nodeSelection } from '../graphql/selection';
import { NominationPayload } from '../graphql/payloads';
import {
  CreateNominationInput,
  NominationFilter,
  NominationIdInput,
  ResubmitNominationInput,
  ResumeNominationInput,
  SuspendNominationInput,
  UpdateNominationInput,
  WithdrawNominationInput,
} from '../inputs/nomination.inputs';
import {
  createNomination,
  listNominations,
  readableNomination,
  updateNomination,
} from '../services/nomination.service';
import {
  resubmitNomination,
  resumeNomination,
  submitNomination,
  suspendNomination,
  withdrawNomination,
} from '../services/pipeline.service';
import { CreateNominationPayload } from '../graphql/nominee.types';

@ObjectType()
export class NominationConnection extends connectionType(Nomination, 'Nomination') {}

/** Nominations: what portals list, read, edit and move through the pipeline. */
@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => NominationConnection, { description: 'Nominations in your units, newest first.' })
  nominations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => NominationFilter, { nullable: true }) filter: NominationFilter | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const populate = nominationJoins(nodeSelection(info));
    return queryResult(() => listNominations(ctx.em, requireViewer(ctx), filter ?? {}, page, { populate }));
  }

  @Query(() => Nomination, { nullable: true, description: 'One nomination; null when the id is unknown.' })
  nomination(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    const viewer = requireViewer(ctx);
    return queryResult(() =>
      readableNomination(ctx.em, viewer, id).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
        throw error;
      }),
    );
  }

  @Mutation(() => CreateNominationPayload)
  async createNomination(@Ctx() ctx: RequestContext, @Arg('input') input: CreateNominationInput) {
    const payload = await mutationPayload(() =>
      createNomination(ctx.em, requireViewer(ctx), input, submissionDay(ctx.config)),
    );
    return { warnings: [], ...payload };
  }

  @Mutation(() => NominationPayload, { description: 'Edit a draft or returned nomination.' })
  updateNomination(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateNominationInput) {
    return mutationPayload(async () => ({
      nomination: await updateNomination(ctx.em, requireViewer(ctx), input, submissionDay(ctx.config)),
    }));
  }

  @Mutation(() => NominationPayload, {
    description: 'Send a draft into the pipeline; answers with its first task open.',
  })
  submitNomination(@Ctx() ctx: RequestContext, @Arg('input') input: NominationIdInput) {
    return mutationPayload(async () => ({ nomination: await submitNomination(pipelineDeps(ctx), input.id) }));
  }

  @Mutation(() => NominationPayload, { description: 'Send a returned nomination back to the stage that returned it.' })
  resubmitNomination(@Ctx() ctx: RequestContext, @Arg('input') input: ResubmitNominationInput) {
    return mutationPayload(async () => ({
      nomination: await resubmitNomination(pipelineDeps(ctx), input.id, input.comment),
    }));
  }

  @Mutation(() => NominationPayload, { description: 'Withdraw a nomination that has not been decided.' })
  withdrawNomination(@Ctx() ctx: RequestContext, @Arg('input') input: WithdrawNominationInput) {
    return mutationPayload(async () => ({
      nomination: await withdrawNomination(pipelineDeps(ctx), input.id, input.reason),
    }));
  }

  @Mutation(() => NominationPayload, { description: 'Hold a nomination pending discipline or complaint verification.' })
  suspendNomination(@Ctx() ctx: RequestContext, @Arg('input') input: SuspendNominationInput) {
    return mutationPayload(async () => ({
      nomination: await suspendNomination(pipelineDeps(ctx), input.id, input.reason),
    }));
  }

  @Mutation(() => NominationPayload, { description: 'Let a suspended nomination continue where it stood.' })
  resumeNomination(@Ctx() ctx: RequestContext, @Arg('input') input: ResumeNominationInput) {
    return mutationPayload(async () => ({
      nomination: await resumeNomination(pipelineDeps(ctx), input.id, input.comment),
    }));
  }

  @FieldResolver(() => AdminUnit)
  unit(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, nomination.unit);
  }

  @FieldResolver(() => AdminUnit, { description: 'The commune that created it, whatever mergers followed.' })
  originalUnit(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, nomination.originalUnit);
  }

  @FieldResolver(() => AwardType, { description: 'The proposed award.' })
  award(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AwardType, nomination.award);
  }

  @FieldResolver(() => Period)
  period(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, Period, nomination.period);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    const period = await relatedOrFail(ctx, Period, nomination.period);
    return relatedOrFail(ctx, Campaign, period.campaign);
  }

  @FieldResolver(() => Movement)
  movement(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, Movement, nomination.movement);
  }

  @FieldResolver(() => User)
  createdBy(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, User, nomination.createdBy);
  }

  @FieldResolver(() => [ReviewTask], { description: 'Every task of every round, oldest first.' })
  tasks(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return tasksOf(ctx, nomination);
  }

  @FieldResolver(() => ReviewTask, { nullable: true, description: 'The task waiting now, if any.' })
  async currentTask(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    const waiting = (await tasksOf(ctx, nomination)).filter((task) => ACTIVE_TASK.includes(task.status));
    return waiting.at(-1) ?? null;
  }

  // The trail comes with its actors joined: a portal shows who did each step.
  @FieldResolver(() => [AuditEvent], { description: 'The audit trail, oldest first.' })
  history(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    const trail = childrenOf(
      ctx,
      'nomination.history',
      (ids) =>
        ctx.em.find(
          AuditEvent,
          { nomination: { $in: ids } },
          { orderBy: { occurredAt: 'asc', id: 'asc' }, populate: ['actor'], strategy: 'joined' },
        ),
      (event) => event.nomination!.id,
    );
    return trail.load(nomination.id);
  }
}

const ACTIVE_TASK = [TaskStatus.OPEN, TaskStatus.CLAIMED];

/** Every task of the page's nominations, with its unit, in one query; `tasks` and `currentTask` share it. */
function tasksOf(ctx: RequestContext, nomination: Nomination) {
  const tasks = childrenOf(
    ctx,
    'nomination.tasks',
    (ids) =>
      ctx.em.find(
        ReviewTask,
        { nomination: { $in: ids } },
        { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['unit'], strategy: 'joined' },
      ),
    (task) => task.nomination.id,
  );
  return tasks.load(nomination.id);
}
