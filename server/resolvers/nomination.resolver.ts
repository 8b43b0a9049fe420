import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
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
import { connectionType } from '../graphql/connection';
import { pipelineDeps, requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { PageArgs } from '../graphql/pagination';
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
import { createNomination, listNominations, readableNomination, updateNomination } from '../services/nomination.service';
import {
  resubmitNomination,
  resumeNomination,
  submitNomination,
  suspendNomination,
  withdrawNomination,
} from '../services/pipeline.service';

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
  ) {
    return queryResult(() => listNominations(ctx.em, requireViewer(ctx), filter ?? {}, page));
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

  @Mutation(() => NominationPayload)
  createNomination(@Ctx() ctx: RequestContext, @Arg('input') input: CreateNominationInput) {
    return mutationPayload(async () => ({ nomination: await createNomination(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => NominationPayload, { description: 'Edit a draft or returned nomination.' })
  updateNomination(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateNominationInput) {
    return mutationPayload(async () => ({ nomination: await updateNomination(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => NominationPayload, { description: 'Send a draft into the pipeline; answers with its first task open.' })
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
    return mutationPayload(async () => ({ nomination: await suspendNomination(pipelineDeps(ctx), input.id, input.reason) }));
  }

  @Mutation(() => NominationPayload, { description: 'Let a suspended nomination continue where it stood.' })
  resumeNomination(@Ctx() ctx: RequestContext, @Arg('input') input: ResumeNominationInput) {
    return mutationPayload(async () => ({ nomination: await resumeNomination(pipelineDeps(ctx), input.id, input.comment) }));
  }

  @FieldResolver(() => AdminUnit)
  unit(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(AdminUnit, nomination.unit.id);
  }

  @FieldResolver(() => AdminUnit, { description: 'The commune that created it, whatever mergers followed.' })
  originalUnit(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(AdminUnit, nomination.originalUnit.id);
  }

  @FieldResolver(() => AwardType, { description: 'The proposed award.' })
  award(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(AwardType, nomination.award.id);
  }

  @FieldResolver(() => Period)
  period(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(Period, nomination.period.id);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    const period = await ctx.em.findOneOrFail(Period, nomination.period.id);
    return ctx.em.findOneOrFail(Campaign, period.campaign.id);
  }

  @FieldResolver(() => Movement)
  movement(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(Movement, nomination.movement.id);
  }

  @FieldResolver(() => User)
  createdBy(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(User, nomination.createdBy.id);
  }

  @FieldResolver(() => [ReviewTask], { description: 'Every task of every round, oldest first.' })
  tasks(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.find(ReviewTask, { nomination: nomination.id }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => ReviewTask, { nullable: true, description: 'The task waiting now, if any.' })
  currentTask(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.findOne(ReviewTask, {
      nomination: nomination.id,
      status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] },
    });
  }

  @FieldResolver(() => [AuditEvent], { description: 'The audit trail, oldest first.' })
  history(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return ctx.em.find(AuditEvent, { nomination: nomination.id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  }
}
