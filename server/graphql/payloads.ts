import { ClassType, Field, ObjectType } from 'type-graphql';
import { Nomination } from '../entities/nomination.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { UserError } from './user-error.type';

@ObjectType({ description: 'The nomination as it is after the mutation, or why the mutation refused.' })
export class NominationPayload {
  @Field(() => Nomination, { nullable: true })
  nomination?: Nomination | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The task and its nomination after the mutation, or why the mutation refused.' })
export class TaskPayload {
  @Field(() => ReviewTask, { nullable: true })
  task?: ReviewTask | null;

  @Field(() => Nomination, { nullable: true })
  nomination?: Nomination | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** `<Name>Payload { <field>: Node, userErrors }` for configuration mutations. */
export function payloadType<T extends object>(node: ClassType<T>, field: string, name: string) {
  @ObjectType(`${name}Payload`)
  class Payload {
    @Field(() => [UserError])
    userErrors!: UserError[];
  }
  Field(() => node, { nullable: true })(Payload.prototype, field);
  return Payload;
}
