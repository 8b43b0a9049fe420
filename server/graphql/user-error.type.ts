import { Field, ObjectType } from 'type-graphql';
import { ErrorCode } from '../../domain/error-codes';

@ObjectType({ description: 'Why a mutation refused its input, in words a portal can show.' })
export class UserError {
  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field({ description: 'English message.' })
  message!: string;

  @Field({ description: 'Vietnamese message.' })
  messageVi!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, if one is.' })
  field?: string | null;
}
