import { Field, Int, ObjectType } from 'type-graphql';
import { NominationStatus } from '../../domain/enums';
import { ReviewTask } from '../entities/review-task.entity';

@ObjectType({ description: "What Temporal holds for a nomination's pipeline, beside the database projection." })
export class WorkflowState {
  @Field()
  workflowId!: string;

  @Field(() => String, { nullable: true })
  runId!: string | null;

  @Field({ description: 'RUNNING, COMPLETED, FAILED, TERMINATED… or NOT_STARTED for a draft.' })
  executionStatus!: string;

  @Field(() => Int, { nullable: true })
  historyLength!: number | null;

  @Field(() => Date, { nullable: true })
  startTime!: Date | null;

  @Field(() => Date, { nullable: true })
  closeTime!: Date | null;

  @Field(() => NominationStatus, { nullable: true, description: 'The status held by the workflow.' })
  pipelineStatus!: NominationStatus | null;

  @Field(() => String, { nullable: true })
  stageKey!: string | null;

  @Field(() => Int, { nullable: true })
  round!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the workflow could not be queried, if it could not.' })
  queryError!: string | null;

  @Field(() => [ReviewTask], { description: 'Open or claimed tasks in the database.' })
  pendingTasks!: ReviewTask[];
}
