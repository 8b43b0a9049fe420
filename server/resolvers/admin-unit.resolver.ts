import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AdminLevel } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';
import { connectionType } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { queryResult } from '../graphql/mutation-result';
import { PageArgs, paginate } from '../graphql/pagination';

@ObjectType()
export class AdminUnitConnection extends connectionType(AdminUnit, 'AdminUnit') {}

@InputType()
export class AdminUnitFilter {
  @Field(() => AdminLevel, { nullable: true })
  level?: AdminLevel | null;

  @Field(() => ID, { nullable: true, description: 'Direct children of this unit.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact GSO code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive, e.g. "xuân tăng".' })
  search?: string | null;
}

/** The administrative unit tree; public to every signed-in user. */
@Resolver(() => AdminUnit)
export class AdminUnitResolver {
  @Query(() => AdminUnitConnection)
  adminUnits(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AdminUnitFilter, { nullable: true }) filter: AdminUnitFilter | null,
  ) {
    requireViewer(ctx);
    const where: FilterQuery<AdminUnit> = {};
    if (filter?.level) where.level = filter.level;
    if (filter?.parentId) where.parent = filter.parentId;
    if (filter?.code) where.code = filter.code.trim();
    if (filter?.search?.trim()) where.name = { $ilike: `%${filter.search.trim().replace(/[%_\\]/g, '\\$&')}%` };
    return queryResult(() => paginate(ctx.em, AdminUnit, where, page));
  }

  @FieldResolver(() => AdminUnit, { nullable: true })
  parent(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext) {
    return unit.parent ? ctx.em.findOne(AdminUnit, unit.parent.id) : null;
  }
}
