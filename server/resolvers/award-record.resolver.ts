import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { canReadUnit } from '../auth/access';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardRecord } from '../entities/award-record.entity';
import { AwardType } from '../entities/award-type.entity';
import { Movement } from '../entities/movement.entity';
import { Nomination } from '../entities/nomination.entity';
import { Nominee } from '../entities/nominee.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { queryResult } from '../graphql/mutation-result';
import { AwardRegistryFilterInput } from '../inputs/registry.inputs';
import { related, relatedOrFail } from '../graphql/request-loaders';
import { listAwardRegistry } from '../services/award-registry.service';

@ObjectType()
export class AwardRecordConnection extends connectionType(AwardRecord, 'AwardRecord') {}

/** The register of awards (sổ theo dõi khen thưởng). */
@Resolver(() => AwardRecord)
export class AwardRecordResolver {
  @Query(() => AwardRecordConnection, {
    description:
      "The awards of your units (or one nominee's), newest entry first; filter by unit, year, award, movement.",
  })
  awardRegistry(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AwardRegistryFilterInput, { nullable: true }) filter: AwardRegistryFilterInput | null,
  ) {
    return queryResult(() => listAwardRegistry(ctx.em, requireViewer(ctx), filter ?? {}, page));
  }

  @FieldResolver(() => Nominee)
  nominee(@Root() record: AwardRecord, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, Nominee, record.nominee);
  }

  @FieldResolver(() => AwardType)
  award(@Root() record: AwardRecord, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AwardType, record.award);
  }

  @FieldResolver(() => AdminUnit, { description: 'The unit that proposed it.' })
  unit(@Root() record: AwardRecord, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, record.unit);
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The unit whose chair or head signed.' })
  issuerUnit(@Root() record: AwardRecord, @Ctx() ctx: RequestContext) {
    return related(ctx, AdminUnit, record.issuerUnit);
  }

  @FieldResolver(() => Movement, { nullable: true })
  movement(@Root() record: AwardRecord, @Ctx() ctx: RequestContext) {
    return related(ctx, Movement, record.movement);
  }

  @FieldResolver(() => Nomination, { nullable: true, description: 'The nomination, when you may read it.' })
  async nomination(@Root() record: AwardRecord, @Ctx() ctx: RequestContext) {
    const nomination = await related(ctx, Nomination, record.nomination);
    if (!nomination) return null;
    const unit = await relatedOrFail(ctx, AdminUnit, nomination.unit);
    return canReadUnit(requireViewer(ctx), unit.path) ? nomination : null;
  }

  @FieldResolver(() => Boolean, { description: 'Revoked (thu hồi, hủy bỏ): it no longer counts.' })
  revoked(@Root() record: AwardRecord) {
    return !!record.revokedAt;
  }
}
