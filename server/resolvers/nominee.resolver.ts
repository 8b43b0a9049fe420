import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardRecord } from '../entities/award-record.entity';
import { Initiative } from '../entities/initiative.entity';
import { Nomination } from '../entities/nomination.entity';
import { Nominee } from '../entities/nominee.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { queryResult } from '../graphql/mutation-result';
import { NomineePositionType, NomineeYearType } from '../graphql/nominee-record.types';
import { NomineeFilterInput } from '../inputs/registry.inputs';
import { relatedOrFail } from '../graphql/request-loaders';
import { readablePrefixes } from '../auth/access';
import { handledNominee } from '../services/award-registry.service';
import { listNominees } from '../services/nominee-list.service';

@ObjectType()
export class NomineeConnection extends connectionType(Nominee, 'Nominee') {}

/**
 * Nominee records. A nominee is reached only by the units that handle it (nominee, nominees, a
 * nomination they read), so its personal data is shown to those units alone.
 */
@Resolver(() => Nominee)
export class NomineeResolver {
  @Query(() => Nominee, { description: 'One nominee record your units handle, with its awards.' })
  nominee(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return queryResult(() => handledNominee(ctx.em, requireViewer(ctx), id));
  }

  @Query(() => NomineeConnection, {
    description: 'Nominee records of your units, newest first; search by name or CCCD.',
  })
  nominees(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => NomineeFilterInput, { nullable: true }) filter: NomineeFilterInput | null,
  ) {
    return queryResult(() => listNominees(ctx.em, requireViewer(ctx), filter ?? {}, page));
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit that registered the nominee.' })
  unit(@Root() nominee: Nominee, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, nominee.unit);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Individuals: YYYY-MM-DD.' })
  dateOfBirth(@Root() nominee: Nominee) {
    return nominee.dateOfBirth ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Số CCCD.' })
  identityNumber(@Root() nominee: Nominee) {
    return nominee.identityNumber ?? null;
  }

  @FieldResolver(() => [NomineePositionType], { description: 'Workplaces and positions, latest last.' })
  positions(@Root() nominee: Nominee) {
    return nominee.positions;
  }

  @FieldResolver(() => [NomineeYearType], {
    description: 'Members per year (collectives), poverty status (households).',
  })
  years(@Root() nominee: Nominee) {
    return nominee.years;
  }

  @FieldResolver(() => [AwardRecord], {
    description: 'Sổ theo dõi khen thưởng: every award received, newest year first, revoked ones marked.',
  })
  awards(@Root() nominee: Nominee, @Ctx() ctx: RequestContext) {
    return ctx.em.find(AwardRecord, { nominee }, { orderBy: { year: 'desc', decisionDate: 'desc' } });
  }

  @FieldResolver(() => [Initiative], { description: 'Recognised initiatives (sáng kiến), newest first.' })
  initiatives(@Root() nominee: Nominee, @Ctx() ctx: RequestContext) {
    return ctx.em.find(Initiative, { nominee }, { orderBy: { recognitionDate: 'desc' } });
  }

  @FieldResolver(() => [Nomination], { description: 'Its nominations in the units you read, newest first.' })
  nominations(@Root() nominee: Nominee, @Ctx() ctx: RequestContext) {
    const scope = readablePrefixes(requireViewer(ctx)).map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } }));
    if (!scope.length) return [];
    return ctx.em.find(Nomination, { nominee, $or: scope }, { orderBy: { createdAt: 'desc' }, populate: ['unit'] });
  }
}
