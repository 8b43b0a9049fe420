import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Decision, Role, TaskKind, TaskStatus } from '../../domain/enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { Nomination } from './nomination.entity';
import { User } from './user.entity';

/** A stage's work item for one round; at most one per nomination, stage and round. */
@ObjectType({ description: 'A review or decision task waiting for someone of a role in a unit.' })
@Entity({ tableName: 'review_task' })
@Unique({ properties: ['nomination', 'stageKey', 'round'] })
@Index({ properties: ['unit', 'status'] })
// One index per branch of the inbox rule, newest first; partial on live tasks, which are few.
@Index({
  name: 'review_task_inbox_index',
  expression: `create index "review_task_inbox_index" on "review_task" ("unit_id", "candidate_role", "created_at" desc, "id" desc) where "status" in ('OPEN', 'CLAIMED')`,
})
@Index({
  name: 'review_task_escalated_index',
  expression: `create index "review_task_escalated_index" on "review_task" ("escalated_to_unit_id", "escalated_to_role", "created_at" desc, "id" desc) where "escalated_to_unit_id" is not null`,
})
@Index({
  name: 'review_task_decided_by_index',
  expression: `create index "review_task_decided_by_index" on "review_task" ("decided_by_id", "created_at" desc, "id" desc) where "decided_by_id" is not null`,
})
@Index({
  name: 'review_task_overdue_index',
  expression: `create index "review_task_overdue_index" on "review_task" ("due_at", "id") where "status" in ('OPEN', 'CLAIMED')`,
})
@Index({ properties: ['nomination', 'createdAt', 'id'] })
export class ReviewTask extends BaseEntity<'status' | 'escalationLevel' | 'forwardedWithoutReview'> {
  @ManyToOne(() => Nomination)
  nomination!: Rel<Nomination>;

  @Field()
  @Property({ type: 'string', length: 50 })
  stageKey!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  stageName!: string;

  @Field(() => TaskKind)
  @Enum({ items: () => TaskKind, nativeEnumName: 'task_kind' })
  kind!: TaskKind;

  @Field(() => Int)
  @Property({ type: 'integer' })
  round!: number;

  /** The unit whose officers may act on it. */
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  candidateRole!: Role;

  @ManyToOne(() => User, { nullable: true })
  assignee?: Rel<User> | null;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  status: TaskStatus = TaskStatus.OPEN;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => Decision, { nullable: true })
  @Enum({ items: () => Decision, nativeEnumName: 'decision', nullable: true })
  outcome?: Decision | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @ManyToOne(() => User, { nullable: true })
  decidedBy?: Rel<User> | null;

  @Field(() => Int, { nullable: true, description: "The reviewer's score (0–100) given with an approval." })
  @Property({ type: 'integer', nullable: true })
  score?: number | null;

  @Field(() => Int, { description: '0 until the deadline passes; then 1, 2… as it escalates.' })
  @Property({ type: 'integer' })
  escalationLevel: number = 0;

  /** Where it escalated: this unit's holders of `escalatedToRole` may act on it too. */
  @ManyToOne(() => AdminUnit, { nullable: true })
  escalatedToUnit?: Rel<AdminUnit> | null;

  @Field(() => Role, { nullable: true })
  @Enum({ items: () => Role, nativeEnumName: 'role', nullable: true })
  escalatedToRole?: Role | null;

  @Field(() => Date, { nullable: true, description: 'When the escalation window ends and the timeout action follows.' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  escalationDueAt?: Date | null;

  @Field({ description: 'Approved by the timeout action (AUTO_FORWARD), not by a reviewer.' })
  @Property({ type: 'boolean' })
  forwardedWithoutReview: boolean = false;
}
