import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AdminUnit } from '../entities/admin-unit.entity';

@ObjectType({ description: "The review tasks of one unit's whole subtree, for the nominations of one period." })
export class UnitWorkload {
  @Field(() => AdminUnit)
  unit!: AdminUnit;

  @Field(() => Int, { description: 'Open or claimed now.' })
  openTasks!: number;

  @Field(() => Int, { description: 'Open or claimed and past their deadline.' })
  overdueTasks!: number;

  @Field(() => Int, { description: 'Closed with a decision, by an officer or by a timeout action.' })
  decidedTasks!: number;

  @Field(() => Int, { description: 'Escalated at least once, whether open or closed.' })
  escalatedTasks!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median working days from a task opening to its decision; null with no decided task.',
  })
  medianWorkingDaysToDecision!: number | null;
}

@ObjectType({ description: 'Workload of a unit (its whole subtree) and of each of its direct children.' })
export class UnitWorkloadReport {
  @Field(() => UnitWorkload, { description: 'The unit with everything below it.' })
  total!: UnitWorkload;

  @Field(() => [UnitWorkload], { description: 'Each direct child with everything below it, by code.' })
  children!: UnitWorkload[];

  @Field({ description: 'The instant "overdue" was judged at.' })
  asOf!: Date;
}
