import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminLevel, NomineeKind } from '../../domain/enums';
import { QuotaScopeKind } from '../../domain/quota';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { Movement } from '../entities/movement.entity';

registerEnumType(QuotaScopeKind, {
  name: 'QuotaScopeKind',
  description: "What a quota bounds: a deciding unit's awards (DECISION) or what a unit forwards upward (FORWARDING).",
});

@ObjectType({
  description: 'How much of a quota is used: awarded by a deciding unit (one award form), or forwarded by a unit.',
})
export class QuotaUsage {
  @Field(() => QuotaScopeKind)
  scope!: QuotaScopeKind;

  @Field(() => Movement)
  movement!: Movement;

  @Field(() => NomineeKind)
  nomineeKind!: NomineeKind;

  @Field(() => AwardType, { nullable: true, description: 'The award form; null for a quota of every form.' })
  award!: AwardType | null;

  @Field(() => AdminUnit, {
    nullable: true,
    description: "Decision rows: the deciding unit; null for a level's quota that no unit has used yet.",
  })
  decidingUnit!: AdminUnit | null;

  @Field(() => AdminLevel, { nullable: true, description: "Decision rows of a level's quota no unit has used yet." })
  decidingLevel!: AdminLevel | null;

  @Field(() => AdminUnit, { nullable: true, description: 'Forwarding rows: the forwarding unit; null for decisions.' })
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
