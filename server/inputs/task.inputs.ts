import { Field, ID, InputType, Int } from 'type-graphql';
import { Decision, TaskStatus } from '../../domain/enums';

@InputType()
export class ClaimTaskInput {
  @Field(() => ID)
  taskId!: string;
}

@InputType({ description: "An approver's decision on a review task." })
export class DecideTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: 'The round shown on the task; a decision on an older round is refused.' })
  round!: number;

  @Field(() => Decision)
  decision!: Decision;

  @Field(() => String, { nullable: true, description: 'Required when returning or rejecting: the reason.' })
  comment?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'With an approval: the score (0–100) that ranks it in the commendation round.',
  })
  score?: number | null;
}

@InputType({ description: 'More working days for an open task, with the reason.' })
export class ExtendDeadlineInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: '1 to 60 working days, counted from the current deadline (or now, if passed).' })
  workingDays!: number;

  @Field()
  reason!: string;
}

@InputType({ description: "The chair's commendation decision closing the pipeline." })
export class IssueCommendationInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Số quyết định, e.g. "123/QĐ-UBND": required when the văn thư keeps the register; empty, the next number. Several nominees of one decision share its number and day.',
  })
  decisionNumber?: string | null;

  @Field({ description: 'Ngày ký (YYYY-MM-DD).' })
  decisionDate!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType()
export class TaskFilter {
  @Field(() => [TaskStatus], { nullable: true, description: 'Open and claimed tasks by default.' })
  status?: TaskStatus[] | null;
}
