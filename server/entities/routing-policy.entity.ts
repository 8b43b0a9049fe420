import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { StageDefinition } from '../../domain/routing';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';

/** Routing is data: the ordered stages a period's nominations walk, with their deadlines. */
@ObjectType('RoutingPolicy', {
  description: 'The ordered review stages of a period, each with its level, role and deadline.',
})
@Entity({ tableName: 'routing_policy' })
export class RoutingPolicyEntity extends BaseEntity<'builtIn' | 'revisionWorkingDays' | 'simplified'> {
  @Field()
  @Property({ type: 'string', length: 50, unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field({ description: 'First day (YYYY-MM-DD) periods may start under it.' })
  @Property({ type: 'string', columnType: 'date' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  effectiveTo?: string | null;

  @Property({ type: 'json' })
  stages!: StageDefinition[];

  @Field(() => Int, { description: 'Working days a commune has to resubmit a returned nomination.' })
  @Property({ type: 'integer' })
  revisionWorkingDays: number = 10;

  @Field({ description: 'Shipped with thidua (three-tier and two-tier); not editable.' })
  @Property({ type: 'boolean' })
  builtIn: boolean = false;

  @Field({
    description:
      'Thủ tục đơn giản: routes đột xuất nominations of its period, in place of the normal policy ending at the same level.',
  })
  @Property({ type: 'boolean' })
  simplified: boolean = false;

  /** The unit whose administrators defined it; null for built-in policies. */
  @ManyToOne(() => AdminUnit, { nullable: true })
  ownerUnit?: Rel<AdminUnit> | null;
}
