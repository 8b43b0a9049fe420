import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PovertyCountSource } from '../../domain/poverty-enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { User } from './user.entity';

registerEnumType(PovertyCountSource, { name: 'PovertyCountSource', description: 'Entered by hand or imported.' });

/** A unit's yearly poverty review (rà soát hộ nghèo, hộ cận nghèo) at the end of `year`. */
@ObjectType({ description: 'Số hộ nghèo, hộ cận nghèo of a unit at the yearly review (end of the year).' })
@Entity({ tableName: 'poverty_count' })
@Unique({ properties: ['unit', 'year'] })
export class PovertyCount extends BaseEntity<'updatedAt'> {
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @Field(() => Int, { description: 'The year whose end-of-year review the figures are.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'Tổng số hộ.' })
  @Property({ type: 'integer' })
  households!: number;

  @Field(() => Int, { description: 'Số hộ nghèo.' })
  @Property({ type: 'integer' })
  poorHouseholds!: number;

  @Field(() => Int, { description: 'Số hộ cận nghèo.' })
  @Property({ type: 'integer' })
  nearPoorHouseholds!: number;

  @Field(() => Int, { description: 'Số hộ nghèo dân tộc thiểu số.' })
  @Property({ type: 'integer' })
  ethnicMinorityPoorHouseholds!: number;

  @Field(() => PovertyCountSource)
  @Enum({ items: () => PovertyCountSource, nativeEnumName: 'poverty_count_source' })
  source!: PovertyCountSource;

  @ManyToOne(() => User)
  recordedBy!: Rel<User>;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
