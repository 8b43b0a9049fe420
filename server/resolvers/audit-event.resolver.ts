import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertCanRead } from '../auth/access';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { Nomination } from '../entities/nomination.entity';
import { User } from '../entities/user.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { queryResult } from '../graphql/mutation-result';
import { AuditEventFilter } from '../inputs/audit-event.inputs';
import { listAuditEvents } from '../services/audit-query.service';
import { related, relatedNomination } from '../graphql/request-loaders';

@ObjectType()
export class AuditEventConnection extends connectionType(AuditEvent, 'AuditEvent') {}

/** The audit trail: read-only by design, so there is no mutation on it (the table refuses changes too). */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, {
    description:
      'Audit events, newest first: ADMIN and OBSERVER over their units; anyone for a nomination they can read.',
  })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
  ) {
    return queryResult(() => listAuditEvents(ctx.em, requireViewer(ctx), filter ?? {}, page));
  }

  /** Who acted and in which unit; null actor means the pipeline itself (e.g. opening a task). */
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    return related(ctx, User, event.actor);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The role holder the actor signed for (ký thay), if any.' })
  onBehalfOf(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    return related(ctx, User, event.onBehalfOf);
  }

  @FieldResolver(() => AdminUnit, { nullable: true })
  unit(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    return related(ctx, AdminUnit, event.unit);
  }

  @FieldResolver(() => Nomination, {
    nullable: true,
    description: 'The nomination, for those who may read it (FORBIDDEN otherwise).',
  })
  async nomination(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    if (!event.nomination) return null;
    const nomination = await relatedNomination(ctx, event.nomination);
    await queryResult(async () => assertCanRead(requireViewer(ctx), nomination.unit.path));
    return nomination;
  }
}
