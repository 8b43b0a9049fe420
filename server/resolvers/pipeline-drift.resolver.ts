import { Arg, Args, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PipelineDrift } from '../entities/pipeline-drift.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { NominationPayload } from '../graphql/payloads';
import { RetryPipelineInput } from '../inputs/pipeline-drift.inputs';
import { listPipelineDrift, retryPipeline } from '../services/pipeline-drift.service';

@ObjectType()
export class PipelineDriftConnection extends connectionType(PipelineDrift, 'PipelineDrift') {}

/** What the periodic reconciliation found, and the retry of a pipeline that failed for good. */
@Resolver(() => PipelineDrift)
export class PipelineDriftResolver {
  @Query(() => PipelineDriftConnection, {
    description:
      'ADMIN: open nominations of your units whose database state and pipeline workflow disagree (workflow missing or closed, status, stage or task mismatch, PIPELINE_FAILED), as the last reconciliation found them; newest first.',
  })
  pipelineDrift(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return queryResult(() => listPipelineDrift(ctx.em, requireViewer(ctx), page));
  }

  @Mutation(() => NominationPayload, {
    description: 'ADMIN: run again the step of a PIPELINE_FAILED nomination; it goes back to where it stood.',
  })
  retryPipeline(@Ctx() ctx: RequestContext, @Arg('input') input: RetryPipelineInput) {
    return mutationPayload(async () => ({
      nomination: await retryPipeline(
        { em: ctx.em, viewer: requireViewer(ctx), temporal: ctx.temporal },
        input.id,
        input.comment,
      ),
    }));
  }
}
