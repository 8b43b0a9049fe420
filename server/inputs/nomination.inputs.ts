import { Field, ID, InputType, Int } from 'type-graphql';
import { DeclaredAwardInput } from './registry.inputs';
import { CommendationKind, Gender, NomineeKind, NominationStatus, PovertyStatus } from '../../domain/enums';

@InputType({ description: 'What the rules need to know about the nominee; which fields apply depends on the kind.' })
export class NomineeFactsInput {
  @Field(() => Gender, { nullable: true, description: 'Individuals.' })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Individuals: chức vụ.' })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Individuals: đơn vị công tác.' })
  workplace?: string | null;

  @Field(() => Int, { nullable: true, description: 'Collectives: number of members.' })
  memberCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Collectives: number of women members.' })
  femaleMemberCount?: number | null;

  @Field(() => String, { nullable: true, description: 'Households: chủ hộ (required for households).' })
  householdHead?: string | null;

  @Field(() => [String], { nullable: true, description: 'Codes of awards already held.' })
  priorAwardCodes?: string[] | null;
}

@InputType({ description: 'What the nominee record keeps besides the name and the facts.' })
export class NomineeDetailsInput {
  @Field(() => String, { nullable: true, description: 'Individuals: date of birth, YYYY-MM-DD.' })
  dateOfBirth?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Số CCCD (12 digits), individuals or a household head; the same number finds the same record.',
  })
  identityNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Collectives: the organisation or unit it belongs to.' })
  belongsTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Individuals: since when the workplace and position hold.' })
  positionSince?: string | null;

  @Field(() => PovertyStatus, { nullable: true, description: "Households: the poverty status in the period's year." })
  povertyStatus?: PovertyStatus | null;
}

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

  @Field({ description: 'Code from the award catalogue, e.g. "BANG_KHEN_CHU_TICH_TINH".' })
  awardCode!: string;

  @Field(() => NomineeFactsInput, { nullable: true })
  facts?: NomineeFactsInput | null;

  @Field(() => ID, { nullable: true, description: 'Propose a nominee record already kept (see nominees, warnings).' })
  nomineeId?: string | null;

  @Field(() => NomineeDetailsInput, { nullable: true })
  nominee?: NomineeDetailsInput | null;

  @Field(() => CommendationKind, {
    nullable: true,
    description: 'Defaults to CONG_TRANG for a title and CHUYEN_DE for a form given in a campaign.',
  })
  commendationKind?: CommendationKind | null;

  @Field(() => [DeclaredAwardInput], {
    nullable: true,
    description: 'Prior awards the registry may not hold, with their year: shown as declared, not verified.',
  })
  declaredAwards?: DeclaredAwardInput[] | null;
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
  awardCode?: string | null;

  @Field(() => NomineeFactsInput, { nullable: true, description: 'Replaces the nominee facts when given.' })
  facts?: NomineeFactsInput | null;

  @Field(() => [DeclaredAwardInput], { nullable: true, description: 'Replaces the declared prior awards when given.' })
  declaredAwards?: DeclaredAwardInput[] | null;
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
export class SuspendNominationInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Why: the discipline case or complaint being verified (required).' })
  reason!: string;
}

@InputType()
export class ResumeNominationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The outcome of the verification.' })
  comment?: string | null;
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
