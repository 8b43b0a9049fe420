import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class RetryPipelineInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'What was put right before the retry.' })
  comment?: string | null;
}
