import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AuditEvent } from '../entities/audit-event.entity';
import { Nomination } from '../entities/nomination.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { queryResult } from '../graphql/mutation-result';
import { PageArgs } from '../graphql/connection';
import { UnitWorkloadReport } from '../graphql/unit-workload.type';
import { OverdueTaskFilter } from '../inputs/monitoring.inputs';
import { deadlineHistory, overdueTasks, unitWorkload } from '../services/monitoring.service';
import { ReviewTaskConnection } from './review-task.resolver';

/** What administrators and observers watch: late work and each unit's throughput. */
@Resolver()
export class MonitoringResolver {
  @Query(() => ReviewTaskConnection, {
    description:
      'Open or claimed tasks past their deadline in your ADMIN or OBSERVER units, the oldest deadline first.',
  })
  overdueTasks(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => OverdueTaskFilter, { nullable: true }) filter: OverdueTaskFilter | null,
  ) {
    return queryResult(() => overdueTasks(ctx.em, requireViewer(ctx), filter ?? {}, page));
  }

  @Query(() => UnitWorkloadReport, {
    description:
      "A unit's and each direct child's tasks for one period's nominations: open, overdue, decided, escalated, median days to decide.",
  })
  unitWorkload(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('periodId', () => ID) periodId: string,
  ) {
    return queryResult(() => unitWorkload(ctx.em, requireViewer(ctx), unitId, periodId));
  }
}

/** Nomination.deadlineHistory: separate from NominationResolver so monitoring stays in one place. */
@Resolver(() => Nomination)
export class NominationDeadlineResolver {
  @FieldResolver(() => [AuditEvent], {
    description:
      'Tasks opened, reminders, escalations, extensions and timeout actions, oldest first; `after` holds the new deadline etc.',
  })
  deadlineHistory(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return deadlineHistory(ctx.em, nomination.id);
  }
}
