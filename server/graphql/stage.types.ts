import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { AdminLevel, EscalationTarget, Role, TaskKind, TimeoutAction } from '../../domain/enums';

@ObjectType({ description: 'One stage of a routing policy.' })
export class StageDefinitionType {
  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field()
  nameVi!: string;

  @Field(() => AdminLevel)
  level!: AdminLevel;

  @Field(() => Role)
  role!: Role;

  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field(() => Int)
  deadlineWorkingDays!: number;

  @Field(() => [Int], { description: 'Working days before the deadline at which reminders go out.' })
  reminderOffsets!: number[];

  @Field(() => EscalationTarget)
  escalationTarget!: EscalationTarget;

  @Field(() => Int)
  escalationWorkingDays!: number;

  @Field(() => TimeoutAction)
  timeoutAction!: TimeoutAction;

  @Field({ description: "The stage runs at the nominating agency itself (its council, its head's decision)." })
  atNominatingUnit!: boolean;
}

@InputType({ description: 'One stage of a new routing policy.' })
export class StageInput {
  @Field({ description: 'UPPER_SNAKE_CASE, unique in the policy.' })
  key!: string;

  @Field()
  name!: string;

  @Field()
  nameVi!: string;

  @Field(() => AdminLevel)
  level!: AdminLevel;

  @Field(() => Role)
  role!: Role;

  @Field(() => TaskKind, { description: 'REVIEW for every stage but the last, which is the DECISION.' })
  kind!: TaskKind;

  @Field(() => Int)
  deadlineWorkingDays!: number;

  @Field(() => [Int], { defaultValue: [] })
  reminderOffsets!: number[];

  @Field(() => EscalationTarget, { defaultValue: EscalationTarget.UNIT_HEAD })
  escalationTarget!: EscalationTarget;

  @Field(() => Int, { defaultValue: 5 })
  escalationWorkingDays!: number;

  @Field(() => TimeoutAction, { defaultValue: TimeoutAction.ESCALATE })
  timeoutAction!: TimeoutAction;

  @Field({
    defaultValue: false,
    description: 'Run the stage at the nominating agency itself (an agency head decides).',
  })
  atNominatingUnit!: boolean;
}
