import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NomineeKind } from '../../domain/enums';
import { BaseEntity } from './base';
import { Campaign } from './campaign.entity';

@ObjectType({ description: "Phong trào con: one of a campaign's sub-movements, with its target group." })
@Entity({ tableName: 'movement' })
export class Movement extends BaseEntity {
  @ManyToOne(() => Campaign)
  campaign!: Rel<Campaign>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field()
  @Property({ type: 'string', length: 300 })
  targetGroup!: string;

  @Field(() => [NomineeKind])
  @Enum({ items: () => NomineeKind, array: true, nativeEnumName: 'nominee_kind' })
  nomineeKinds!: NomineeKind[];
}
