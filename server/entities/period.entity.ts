import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { AdminLevel, PeriodKind } from '../../domain/enums';
import { BaseEntity } from './base';
import { Campaign } from './campaign.entity';
import { RoutingPolicyEntity } from './routing-policy.entity';

@ObjectType({ description: 'Đợt: a yearly round, the mid-term review (sơ kết) or the final review (tổng kết).' })
@Entity({ tableName: 'period' })
export class Period extends BaseEntity {
  @ManyToOne(() => Campaign)
  campaign!: Rel<Campaign>;

  @Field(() => PeriodKind)
  @Enum({ items: () => PeriodKind, nativeEnumName: 'period_kind' })
  kind!: PeriodKind;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: 'First day (YYYY-MM-DD) of the period; it picks the routing policy and unit tree.' })
  @Property({ type: 'string', columnType: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day (YYYY-MM-DD) of the period.' })
  @Property({ type: 'string', columnType: 'date' })
  endsOn!: string;

  @Field({ description: 'First day (YYYY-MM-DD) communes may submit.' })
  @Property({ type: 'string', columnType: 'date' })
  submissionOpensOn!: string;

  @Field({ description: 'Last day (YYYY-MM-DD) communes may submit.' })
  @Property({ type: 'string', columnType: 'date' })
  submissionClosesOn!: string;

  /** Cut-off day (YYYY-MM-DD) per level, e.g. { DISTRICT: "2024-12-20" }: work still open there is swept. */
  @Property({ type: 'json', nullable: true })
  levelCutoffs?: Partial<Record<AdminLevel, string>> | null;

  /** One policy per level where a pipeline may end: the award's granting level picks it. */
  @ManyToMany(() => RoutingPolicyEntity, undefined, { pivotTable: 'period_routing_policy' })
  routingPolicies = new Collection<RoutingPolicyEntity>(this);
}
