import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { User } from '../entities/user.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { relatedOrFail } from '../graphql/request-loaders';

/** The signed-in user and the roles they hold. */
@Resolver(() => User)
export class ViewerResolver {
  @Query(() => User, { description: 'Who the bearer token belongs to.' })
  viewer(@Ctx() ctx: RequestContext) {
    return requireViewer(ctx).user;
  }

  @FieldResolver(() => [RoleAssignment], { description: 'Roles held, each over a unit and its subtree.' })
  roles(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ctx.em.find(RoleAssignment, { user: user.id }, { orderBy: { role: 'asc' } });
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => AdminUnit)
  unit(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, assignment.unit);
  }
}
