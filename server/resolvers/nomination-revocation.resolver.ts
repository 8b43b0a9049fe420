import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardRecord } from '../entities/award-record.entity';
import { Nomination } from '../entities/nomination.entity';
import type { RequestContext } from '../graphql/context';
import { childrenOf } from '../graphql/request-loaders';

/** Whether a commended nomination's award was later revoked, for portals that list nominations. */
@Resolver(() => Nomination)
export class NominationRevocationResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When its award was revoked (hủy bỏ khen thưởng); null unless it was.',
  })
  async revokedAt(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<Date | null> {
    // One query for the page: the register rows of all its nominations that were revoked.
    const loader = childrenOf(
      ctx,
      'nomination.revokedAt',
      (ids) => ctx.em.find(AwardRecord, { nomination: { $in: ids }, revokedAt: { $ne: null } }),
      (row) => row.nomination!.id,
    );
    const [record] = await loader.load(nomination.id);
    return record?.revokedAt ?? null;
  }
}
