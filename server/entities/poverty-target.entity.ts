import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PovertyTargetKind } from '../../domain/poverty-enums';
import { BaseEntity } from './base';
import { Campaign } from './campaign.entity';
import { User } from './user.entity';

registerEnumType(PovertyTargetKind, {
  name: 'PovertyTargetKind',
  description: 'A yearly rate reduction, no poor households from a year, or a reduction against a base year.',
});

/** A poverty target of the campaign's plan; the rule is domain/poverty-rules.ts, the words are the plan's. */
@ObjectType({ description: 'Chỉ tiêu giảm nghèo: a poverty target from the plan, attached to a campaign.' })
@Entity({ tableName: 'poverty_target' })
@Index({ properties: ['campaign'] })
export class PovertyTarget extends BaseEntity<'strict' | 'unitTypes'> {
  @ManyToOne(() => Campaign)
  campaign!: Rel<Campaign>;

  @Field(() => PovertyTargetKind)
  @Enum({ items: () => PovertyTargetKind, nativeEnumName: 'poverty_target_kind' })
  kind!: PovertyTargetKind;

  @Field(() => Int, { nullable: true, description: 'The year compared against (yearly reduction: counted from).' })
  @Property({ type: 'integer', nullable: true })
  baseYear?: number | null;

  @Field(() => Int, { description: 'First year (its end) the target must hold; a yearly reduction: its last year.' })
  @Property({ type: 'integer' })
  targetYear!: number;

  @Field(() => Int, { nullable: true, description: 'Last year the target applies; null: every later year.' })
  @Property({ type: 'integer', nullable: true })
  untilYear?: number | null;

  @Field(() => Float, { nullable: true, description: 'Yearly reduction: percentage points of the rate per year.' })
  @Property({ type: 'double', nullable: true })
  reductionPoints?: number | null;

  @Field(() => Float, { nullable: true, description: 'Yearly reduction: above this rate (%) the higher one applies.' })
  @Property({ type: 'double', nullable: true })
  highRateThreshold?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  highRateReductionPoints?: number | null;

  @Field(() => Float, { nullable: true, description: 'No poor households: the rate (%) tolerated, 0 for none.' })
  @Property({ type: 'double', nullable: true })
  maxRatePercent?: number | null;

  @Field(() => Float, { nullable: true, description: 'Reduction against the base year, in percent.' })
  @Property({ type: 'double', nullable: true })
  reductionPercent?: number | null;

  @Field({ description: 'The reduction must exceed the figure ("giảm trên 50%"), not only reach it.' })
  @Property({ type: 'boolean' })
  strict: boolean = false;

  @Field(() => [String], { description: 'Kinds of unit it applies to ("Phường", "Xã" …); empty: all.' })
  @Property({ type: 'json' })
  unitTypes: string[] = [];

  @Field({ description: "The plan's words, quoted." })
  @Property({ type: 'text' })
  planText!: string;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;
}
