import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../domain/enums';

@InputType()
export class CreateUserInput {
  @Field({ description: 'Lowercase letters, digits and dots, 3 to 100 characters, e.g. "xuantang.submitter".' })
  username!: string;

  @Field()
  fullName!: string;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: 'false signs the user out at their next request; their roles stay on record.' })
  active!: boolean;
}

@InputType({ description: 'A role in a unit (and its subtree); you must be ADMIN over that unit.' })
export class GrantRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD); today in Vietnam by default.' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); open-ended when omitted.' })
  validTo?: string | null;
}

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  assignmentId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true, description: 'Users holding a role in force in this unit or below it.' })
  unitId?: string | null;

  @Field(() => Role, { nullable: true, description: 'Users holding this role in force (in unitId, if given).' })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Part of the username or full name.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType({ description: 'Ký thay: lend one of your roles to a deputy for a few days; it ends by itself.' })
export class DelegateRoleInput {
  @Field(() => ID, { description: 'Your own role assignment (from viewer.roles).' })
  assignmentId!: string;

  @Field(() => ID)
  deputyUserId!: string;

  @Field({ description: 'First day (YYYY-MM-DD), today or later.' })
  validFrom!: string;

  @Field({ description: 'Last day (YYYY-MM-DD); at most 180 days after validFrom.' })
  validTo!: string;

  @Field({ description: 'Why, e.g. "Nghỉ phép, ủy quyền ký thay".' })
  reason!: string;
}

@InputType()
export class RevokeDelegationInput {
  @Field(() => ID, { description: "The deputy's delegated assignment." })
  assignmentId!: string;

  @Field()
  reason!: string;
}
