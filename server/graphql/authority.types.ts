import { Field, ObjectType } from 'type-graphql';
import { AwardLevel } from '../../domain/enums';

@ObjectType({ description: 'One power to grant an award: who grants it, from when to when, and on what ground.' })
export class AwardGrantType {
  @Field(() => AwardLevel)
  level!: AwardLevel;

  @Field({ description: 'First day (YYYY-MM-DD) of the power.' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); null while in force.' })
  to?: string | null;

  @Field({ description: 'The legal source, as an officer cites it.' })
  sourceVi!: string;
}

@ObjectType({ description: 'Who decides an award a unit proposes on a day, and the law of that day.' })
export class AwardAuthority {
  @Field({ description: 'The day (YYYY-MM-DD) the answer is for.' })
  day!: string;

  @Field(() => AwardLevel, { nullable: true, description: 'Null when nobody the unit reaches grants it that day.' })
  decidingLevel?: AwardLevel | null;

  @Field(() => String, { nullable: true, description: 'The routing policy of the period that would carry it.' })
  routingPolicyCode?: string | null;

  @Field({ description: 'The law and decree in force that day.' })
  legalPeriodVi!: string;
}
