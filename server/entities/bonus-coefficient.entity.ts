import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { NomineeKind } from '../../domain/enums';
import { BaseEntity } from './base';

/**
 * The bonus coefficient (hệ số × mức lương cơ sở) of an award for a nominee kind under one legal
 * period's decree. Seeded from server/seeds/bonus-table.ts; a national administrator corrects it.
 */
@ObjectType({ description: 'Hệ số tiền thưởng of an award for a nominee kind under one legal period.' })
@Entity({ tableName: 'bonus_coefficient' })
@Unique({ properties: ['legalPeriod', 'awardCode', 'nomineeKind'] })
export class BonusCoefficient extends BaseEntity<'updatedAt'> {
  @Field({ description: 'The legal period (LAW_2003, LAW_2022_THREE_TIER, LAW_2022_TWO_TIER).' })
  @Property({ type: 'string', length: 30 })
  legalPeriod!: string;

  @Field({ description: 'The award code of the catalogue.' })
  @Property({ type: 'string', length: 60 })
  awardCode!: string;

  @Field(() => NomineeKind)
  @Enum({ items: () => NomineeKind, nativeEnumName: 'nominee_kind' })
  nomineeKind!: NomineeKind;

  @Field(() => Float, { description: 'Times the base salary in force on the decision date (two decimals).' })
  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number' })
  coefficient!: number;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
