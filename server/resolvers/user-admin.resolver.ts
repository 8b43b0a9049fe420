import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../domain/enums';
import { vietnamToday } from '../auth/viewer';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { User } from '../entities/user.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { payloadType } from '../graphql/payloads';
import {
  CreateUserInput,
  DelegateRoleInput,
  GrantRoleInput,
  RevokeDelegationInput,
  RevokeRoleInput,
  SetUserActiveInput,
  UserFilter,
} from '../inputs/user-admin.inputs';
import { inForce } from '../services/admin-access';
import { delegateRole, revokeDelegation } from '../services/delegation.service';
import { createUser, grantRole, revokeRole, setUserActive } from '../services/user-admin.service';
import { listUsers } from '../services/user-list.service';
import { related, relatedOrFail } from '../graphql/request-loaders';

@ObjectType()
export class UserConnection extends connectionType(User, 'User') {}

const UserPayload = payloadType(User, 'user', 'User');
const RoleAssignmentPayload = payloadType(RoleAssignment, 'roleAssignment', 'RoleAssignment');

/** Users, their roles and delegations (ký thay), managed by ADMINs within their units; every change is audited. */
@Resolver(() => User)
export class UserAdminResolver {
  @Query(() => UserConnection, {
    description: 'ADMIN only: users holding a role in your units (or none yet), newest first.',
  })
  users(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
  ) {
    return queryResult(() => listUsers(ctx.em, requireViewer(ctx), filter ?? {}, page));
  }

  @Mutation(() => UserPayload, { description: 'A new active user without roles; grant them one with grantRole.' })
  createUser(@Ctx() ctx: RequestContext, @Arg('input') input: CreateUserInput) {
    return mutationPayload(async () => ({ user: await createUser(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => UserPayload, {
    description: "Deactivate or reactivate a user; you must administer all of the user's units.",
  })
  setUserActive(@Ctx() ctx: RequestContext, @Arg('input') input: SetUserActiveInput) {
    return mutationPayload(async () => ({ user: await setUserActive(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => RoleAssignmentPayload, {
    description: 'Grant a role in a unit of your subtree (ROLE_ABOVE_OWN otherwise).',
  })
  grantRole(@Ctx() ctx: RequestContext, @Arg('input') input: GrantRoleInput) {
    return mutationPayload(async () => ({ roleAssignment: await grantRole(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => RoleAssignmentPayload, { description: 'Revoke a role at once; the assignment stays on record.' })
  revokeRole(@Ctx() ctx: RequestContext, @Arg('input') input: RevokeRoleInput) {
    return mutationPayload(async () => ({ roleAssignment: await revokeRole(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => RoleAssignmentPayload, {
    description: 'Ký thay: lend your role to a deputy for a date range; it ends by itself.',
  })
  delegateRole(@Ctx() ctx: RequestContext, @Arg('input') input: DelegateRoleInput) {
    return mutationPayload(async () => ({ roleAssignment: await delegateRole(ctx.em, requireViewer(ctx), input) }));
  }

  @Mutation(() => RoleAssignmentPayload, {
    description: 'End a delegation early: its holder or an ADMIN over its unit.',
  })
  revokeDelegation(@Ctx() ctx: RequestContext, @Arg('input') input: RevokeDelegationInput) {
    return mutationPayload(async () => ({ roleAssignment: await revokeDelegation(ctx.em, requireViewer(ctx), input) }));
  }

  @FieldResolver(() => [RoleAssignment], {
    description: 'Roles this user lent to deputies, newest first: shown to the user and to ADMINs over the unit.',
  })
  async delegations(@Root() user: User, @Ctx() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const given = await ctx.em.find(
      RoleAssignment,
      { delegatedBy: user.id },
      { populate: ['unit'], orderBy: { createdAt: 'desc' } },
    );
    if (viewer.user.id === user.id) return given;
    const adminPaths = viewer.roles.filter((r) => r.role === Role.ADMIN).map((r) => r.unitPath);
    return given.filter((d) => adminPaths.some((path) => d.unit.path.startsWith(path)));
  }
}

/** Who holds, who granted, who delegated, and whether an assignment is in force today. */
@Resolver(() => RoleAssignment)
export class RoleAssignmentAccessResolver {
  @FieldResolver(() => User)
  user(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, User, assignment.user);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The holder who lent this role (ký thay); null for an ordinary grant.',
  })
  delegatedBy(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext) {
    return related(ctx, User, assignment.delegatedBy);
  }

  @FieldResolver(() => User, { nullable: true })
  grantedBy(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext) {
    return related(ctx, User, assignment.grantedBy);
  }

  @FieldResolver(() => Date, { nullable: true })
  revokedAt(@Root() assignment: RoleAssignment) {
    return assignment.revokedAt ?? null;
  }

  @FieldResolver(() => Boolean, {
    description: 'In force today in Vietnam: not revoked, between validFrom and validTo.',
  })
  current(@Root() assignment: RoleAssignment) {
    return inForce(assignment) && assignment.validFrom <= vietnamToday();
  }
}
