import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NotificationKind } from '../../domain/enums';
import { BaseEntity } from './base';
import { Nomination } from './nomination.entity';
import { ReviewTask } from './review-task.entity';
import { User } from './user.entity';

/** Something a user should see: a new task, a reminder, an escalation, a decision. Keyed so retries notify once. */
@ObjectType({ description: 'A message for one user about a task or a nomination.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'readAt'] })
export class Notification extends BaseEntity<'readAt'> {
  @Property({ type: 'string', length: 200, unique: true })
  idempotencyKey!: string;

  @ManyToOne(() => User)
  recipient!: Rel<User>;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @ManyToOne(() => Nomination, { nullable: true })
  nomination?: Rel<Nomination> | null;

  @ManyToOne(() => ReviewTask, { nullable: true })
  task?: Rel<ReviewTask> | null;

  @Field()
  @Property({ type: 'string', length: 300 })
  titleVi!: string;

  @Field()
  @Property({ type: 'string', length: 300 })
  titleEn!: string;

  @Field()
  @Property({ type: 'text' })
  bodyVi!: string;

  @Field()
  @Property({ type: 'text' })
  bodyEn!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  readAt?: Date | null = null;
}
