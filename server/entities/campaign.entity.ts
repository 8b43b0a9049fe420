import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { CampaignStatus } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { AwardType } from './award-type.entity';
import { BaseEntity } from './base';

@ObjectType({ description: 'Phong trào thi đua: an emulation movement over several years.' })
@Entity({ tableName: 'campaign' })
export class Campaign extends BaseEntity<'status' | 'description'> {
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

  @Field({ description: 'Purpose and scope, as in the plan (kế hoạch) that launched it.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => CampaignStatus, { description: 'DRAFT while configured, ACTIVE while nominations run, CLOSED after.' })
  @Enum({ items: () => CampaignStatus, nativeEnumName: 'campaign_status' })
  status: CampaignStatus = CampaignStatus.DRAFT;

  @ManyToOne(() => AdminUnit)
  issuingUnit!: Rel<AdminUnit>;

  /** The awards nominations of this campaign may propose. */
  @ManyToMany(() => AwardType, undefined, { pivotTable: 'campaign_award' })
  awards = new Collection<AwardType>(this);
}
