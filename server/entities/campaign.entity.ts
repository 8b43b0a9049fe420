import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';

@ObjectType({ description: 'Phong trào thi đua: an emulation movement over several years.' })
@Entity({ tableName: 'campaign' })
export class Campaign extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 50, unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  startYear!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  endYear!: number;

  @ManyToOne(() => AdminUnit)
  issuingUnit!: Rel<AdminUnit>;
}
