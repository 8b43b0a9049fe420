import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertCanRead } from '../auth/access';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Nomination } from '../entities/nomination.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { User } from '../entities/user.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { pipelineDeps, requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { taskJoins } from '../graphql/list-joins';
import { related, relatedOrFail } from '../graphql/request-loaders';
import { nodeSelection } from '../graphql/selection';
import { TaskPayload } from '../graphql/payloads';
import {
  ClaimTaskInput,
  DecideTaskInput,
  ExtendDeadlineInput,
  IssueCommendationInput,
  TaskFilter,
} from '../inputs/task.inputs';
import { claimTask, decideTask, extendDeadline, issueCommendation } from '../services/pipeline.service';
import { myTasks } from '../services/task.service';

@ObjectType()
export class ReviewTaskConnection extends connectionType(ReviewTask, 'ReviewTask') {}

/** Review and decision tasks: the approvers' inbox and their decisions. */
@Resolver(() => ReviewTask)
export class ReviewTaskResolver {
  @Query(() => ReviewTaskConnection, { description: 'Tasks you can act on, newest first.' })
  myTasks(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const populate = taskJoins(nodeSelection(info));
    return queryResult(() => myTasks(ctx.em, requireViewer(ctx), filter?.status, page, { populate }));
  }

  @Mutation(() => TaskPayload, { description: 'Take a task so that others see it is being handled.' })
  claimTask(@Ctx() ctx: RequestContext, @Arg('input') input: ClaimTaskInput) {
    return mutationPayload(() => claimTask(pipelineDeps(ctx), input.taskId));
  }

  @Mutation(() => TaskPayload, { description: 'Approve, return for revision or reject.' })
  decideTask(@Ctx() ctx: RequestContext, @Arg('input') input: DecideTaskInput) {
    return mutationPayload(() => decideTask(pipelineDeps(ctx), input));
  }

  @Mutation(() => TaskPayload, {
    description: 'ADMIN: give an open task more working days; reminders and escalation follow the new deadline.',
  })
  extendDeadline(@Ctx() ctx: RequestContext, @Arg('input') input: ExtendDeadlineInput) {
    return mutationPayload(() => extendDeadline(pipelineDeps(ctx), input));
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'Where the task escalated, once overdue.' })
  escalatedToUnit(@Root() task: ReviewTask, @Ctx() ctx: RequestContext) {
    return related(ctx, AdminUnit, task.escalatedToUnit);
  }

  @Mutation(() => TaskPayload, {
    description: 'Record the signed commendation decision; the nomination ends COMMENDED.',
  })
  issueCommendation(@Ctx() ctx: RequestContext, @Arg('input') input: IssueCommendationInput) {
    return mutationPayload(() => issueCommendation(pipelineDeps(ctx), input));
  }

  @FieldResolver(() => Nomination)
  async nomination(@Root() task: ReviewTask, @Ctx() ctx: RequestContext) {
    const nomination = await relatedOrFail(ctx, Nomination, task.nomination);
    const unit = await relatedOrFail(ctx, AdminUnit, nomination.unit);
    await queryResult(async () => assertCanRead(requireViewer(ctx), unit.path));
    return nomination;
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit whose officers act on the task.' })
  unit(@Root() task: ReviewTask, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, task.unit);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() task: ReviewTask, @Ctx() ctx: RequestContext) {
    return related(ctx, User, task.assignee);
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() task: ReviewTask, @Ctx() ctx: RequestContext) {
    return related(ctx, User, task.decidedBy);
  }
}
