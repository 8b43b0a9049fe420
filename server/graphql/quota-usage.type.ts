import { Field, Int, ObjectType } from 'type-graphql';
import { NomineeKind } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Movement } from '../entities/movement.entity';

@ObjectType({ description: 'How much of a quota is used: forwarded by a unit, or awarded by the campaign.' })
export class QuotaUsage {
  @Field(() => Movement)
  movement!: Movement;

  @Field(() => NomineeKind)
  nomineeKind!: NomineeKind;

  @Field(() => AdminUnit, { nullable: true, description: "The forwarding unit; null for the campaign's decisions." })
  unit!: AdminUnit | null;

  @Field(() => Int, { nullable: true, description: 'Null when no quota is set for this scope.' })
  maxCount!: number | null;

  @Field(() => Int)
  used!: number;
}

@ObjectType({ description: 'A ready-made campaign configuration.' })
export class CampaignTemplateInfo {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  startYear!: number;

  @Field(() => Int)
  endYear!: number;

  @Field(() => [String])
  movementNames!: string[];

  @Field(() => [String])
  awardCodes!: string[];
}
