import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AuditEvent } from '../entities/audit-event.entity';
import { User } from '../entities/user.entity';
import type { RequestContext } from '../graphql/context';

/** Who acted and in which unit; null actor means the pipeline itself (e.g. opening a task). */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    return event.actor ? ctx.em.findOne(User, event.actor.id) : null;
  }

  @FieldResolver(() => AdminUnit, { nullable: true })
  unit(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    return event.unit ? ctx.em.findOne(AdminUnit, event.unit.id) : null;
  }
}
