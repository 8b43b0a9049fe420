import { Field, ID, ObjectType } from 'type-graphql';
import { Nomination } from '../entities/nomination.entity';
import { UserError } from './user-error.type';

@ObjectType({ description: 'A record of the unit that may be the same nominee as the one just entered.' })
export class NomineeWarning {
  @Field(() => ID)
  nomineeId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dateOfBirth!: string | null;

  @Field()
  message!: string;

  @Field()
  messageVi!: string;
}

@ObjectType({ description: 'The new draft, warnings of possible duplicate nominees, or why it was refused.' })
export class CreateNominationPayload {
  @Field(() => Nomination, { nullable: true })
  nomination?: Nomination | null;

  @Field(() => [NomineeWarning], { description: 'Send `nomineeId` next time if one of these is the same nominee.' })
  warnings!: NomineeWarning[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}
