import { Field, ID, InputType, Int } from 'type-graphql';
import { NomineeKind, NominationStatus } from '../../domain/enums';

@InputType({ description: 'A new draft nomination. The unit defaults to your only commune.' })
export class CreateNominationInput {
  @Field(() => ID)
  periodId!: string;

  @Field(() => ID)
  movementId!: string;

  @Field(() => ID, { nullable: true, description: 'The nominating commune; needed when you hold several.' })
  unitId?: string | null;

  @Field(() => NomineeKind)
  nomineeKind!: NomineeKind;

  @Field()
  nomineeName!: string;

  @Field()
  achievements!: string;

  @Field()
  proposedAward!: string;
}

@InputType({ description: 'Changes to a draft or returned nomination; omitted fields stay as they are.' })
export class UpdateNominationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one means someone else changed it.' })
  expectedVersion!: number;

  @Field(() => NomineeKind, { nullable: true })
  nomineeKind?: NomineeKind | null;

  @Field(() => String, { nullable: true })
  nomineeName?: string | null;

  @Field(() => String, { nullable: true })
  achievements?: string | null;

  @Field(() => String, { nullable: true })
  proposedAward?: string | null;
}

@InputType()
export class NominationIdInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class WithdrawNominationInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Why it is withdrawn (required).' })
  reason!: string;
}

@InputType()
export class ResubmitNominationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'What was revised.' })
  comment?: string | null;
}

@InputType()
export class NominationFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true })
  periodId?: string | null;

  @Field(() => [NominationStatus], { nullable: true })
  status?: NominationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only nominations from this unit and the units below it.' })
  unitId?: string | null;
}
