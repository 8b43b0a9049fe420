import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PovertyStatus } from '../../domain/enums';

@ObjectType({ description: 'A workplace and position (đơn vị công tác, chức vụ) held over dates.' })
export class NomineePositionType {
  @Field()
  workplace!: string;

  @Field()
  position!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while held.' })
  to!: string | null;
}

@ObjectType({ description: "A year's facts: a collective's members, a household's poverty status." })
export class NomineeYearType {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  memberCount?: number | null;

  @Field(() => Int, { nullable: true })
  femaleMemberCount?: number | null;

  @Field(() => PovertyStatus, { nullable: true })
  povertyStatus?: PovertyStatus | null;
}

export enum RequirementStatus {
  MET = 'MET',
  DECLARED = 'DECLARED',
  NOT_MET = 'NOT_MET',
}
registerEnumType(RequirementStatus, {
  name: 'RequirementStatus',
  description: 'MET: the registry or a recorded initiative shows it; DECLARED: declared, not verified.',
});

@ObjectType({ description: 'One condition of the award and whether the nominee meets it.' })
export class EligibilityRequirement {
  @Field(() => Int, {
    description: 'Which alternative of the rule it belongs to (0, 1, …); one met alternative suffices.',
  })
  alternative!: number;

  @Field()
  text!: string;

  @Field()
  textVi!: string;

  @Field(() => RequirementStatus)
  status!: RequirementStatus;

  @Field(() => [ID], { description: 'The registry entries or initiatives that meet it.' })
  evidenceIds!: string[];
}

@ObjectType({ description: 'The award’s conditions checked against the registry, as reviewers see them.' })
export class Eligibility {
  @Field()
  met!: boolean;

  @Field({ description: 'Met on the registry alone, with nothing merely declared.' })
  verified!: boolean;

  @Field(() => String, { nullable: true, description: 'The legal source of the rule; null when the award has none.' })
  basis!: string | null;

  @Field(() => Int, { description: 'The year of the achievement the rule counts from.' })
  year!: number;

  @Field(() => [EligibilityRequirement])
  requirements!: EligibilityRequirement[];
}
