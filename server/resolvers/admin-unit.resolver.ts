import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertDay } from '../../domain/campaign-rules';
import { UnitKind } from '../../domain/enums';
import { vietnamToday } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { UnitSuccession } from '../entities/unit-succession.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { queryResult } from '../graphql/mutation-result';
import { paginate } from '../store/pagination';
import { childrenOf, related } from '../graphql/request-loaders';
import { UnitSuccessionView } from '../graphql/unit-succession.type';
import { AdminUnitFilter } from '../inputs/admin-unit.inputs';

@ObjectType()
export class AdminUnitConnection extends connectionType(AdminUnit, 'AdminUnit') {}

/** Largest real fan-out is ~170 communes of one post-2025 province; the cap only guards the query. */
export const CHILDREN_CAP = 500;

function inForceOn(day: string): FilterQuery<AdminUnit> {
  return { validFrom: { $lte: day }, $or: [{ validTo: null }, { validTo: { $gte: day } }] };
}

/** The date part of the filter: validOn, else everything (includeAll, or a parent pinning the version), else today. */
async function versionFilter(em: EntityManager, filter: AdminUnitFilter | null): Promise<FilterQuery<AdminUnit>> {
  if (filter?.validOn?.trim()) return inForceOn(assertDay(filter.validOn.trim(), 'validOn'));
  if (filter?.includeAll || filter?.parentId) return {};
  const today = vietnamToday();
  // When no list covers today (only an expired one is loaded), the last tree that was in force.
  const [{ last_day: lastDay }] = await em.execute<{ last_day: string | null }[]>(
    `select case when exists (select 1 from admin_unit where valid_from <= ? and (valid_to is null or valid_to >= ?)) then null
            else (select to_char(max(valid_to), 'YYYY-MM-DD') from admin_unit where valid_to < ?) end as last_day`,
    [today, today, today],
  );
  return inForceOn(lastDay ?? today);
}

/** One query per field and page of units instead of one per unit. */
function successions(ctx: RequestContext, side: 'predecessor' | 'successor') {
  const other = side === 'predecessor' ? 'successor' : 'predecessor';
  const loader = childrenOf(
    ctx,
    `adminUnit.${side}`,
    (ids) => ctx.em.find(UnitSuccession, { [side]: { $in: ids } }, { populate: [other] }),
    (row) => row[side].id,
  );
  return async (unitId: string): Promise<UnitSuccessionView[]> =>
    (await loader.load(unitId))
      .map((row) => ({ unit: row[other], kind: row.kind, effectiveOn: row.effectiveOn }))
      .sort(
        (a, b) =>
          a.effectiveOn.localeCompare(b.effectiveOn) ||
          a.kind.localeCompare(b.kind) ||
          a.unit.code.localeCompare(b.unit.code),
      );
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
    return queryResult(async () => {
      const where: FilterQuery<AdminUnit> = {};
      if (filter?.level) where.level = filter.level;
      if (filter?.parentId) where.parent = filter.parentId;
      // Organisations share their parent's level: a bare level filter must not count a Sở as a province.
      if (filter?.kind?.length) where.kind = { $in: filter.kind };
      else if (!filter?.parentId) where.kind = UnitKind.ADMINISTRATIVE;
      if (filter?.code) where.code = filter.code.trim();
      if (filter?.search?.trim()) where.name = { $ilike: `%${filter.search.trim().replace(/[%_\\]/g, '\\$&')}%` };
      return paginate(ctx.em, AdminUnit, { $and: [where, await versionFilter(ctx.em, filter)] }, page);
    });
  }

  @FieldResolver(() => AdminUnit, { nullable: true })
  parent(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext) {
    return related(ctx, AdminUnit, unit.parent);
  }

  @FieldResolver(() => [AdminUnit], {
    description: `Units directly below, by code, then the nominating organisations attached (at most ${CHILDREN_CAP}).`,
  })
  children(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext) {
    const children = childrenOf(
      ctx,
      'adminUnit.children',
      (ids) => ctx.em.find(AdminUnit, { parent: { $in: ids } }, { orderBy: { kind: 'asc', code: 'asc' } }),
      (child) => child.parent!.id,
    );
    return children.load(unit.id).then((rows) => rows.slice(0, CHILDREN_CAP));
  }

  @FieldResolver(() => [UnitSuccessionView], {
    description: 'Units of a later list that took this one over (empty while it is in force).',
  })
  successors(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext) {
    return successions(ctx, 'predecessor')(unit.id);
  }

  @FieldResolver(() => [UnitSuccessionView], { description: 'Units of an earlier list that this one took over.' })
  predecessors(@Root() unit: AdminUnit, @Ctx() ctx: RequestContext) {
    return successions(ctx, 'successor')(unit.id);
  }
}
