import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireViewer, type RequestContext } from '../graphql/context';
import { queryResult } from '../graphql/mutation-result';
import { WorkflowState } from '../graphql/workflow-state.type';
import { workflowState } from '../services/workflow-state.service';

@Resolver(() => WorkflowState)
export class WorkflowStateResolver {
  @Query(() => WorkflowState, { description: 'ADMIN: the pipeline as Temporal sees it, and the pending tasks.' })
  workflowState(@Ctx() ctx: RequestContext, @Arg('nominationId', () => ID) nominationId: string) {
    return queryResult(() => workflowState(ctx.em, requireViewer(ctx), ctx.temporal, nominationId));
  }
}
