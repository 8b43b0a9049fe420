import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ObjectionStatus } from '../../domain/enums';
import { BaseEntity } from './base';
import { RoundEntry } from './round-entry.entity';
import { User } from './user.entity';

/** An objection (ý kiến phản ánh) filed during the public notice; it pauses that nominee until resolved. */
@ObjectType({ description: 'An objection to a shortlisted nominee during the public notice.' })
@Entity({ tableName: 'objection' })
export class Objection extends BaseEntity<'status'> {
  @ManyToOne(() => RoundEntry)
  entry!: Rel<RoundEntry>;

  @ManyToOne(() => User)
  filedBy!: Rel<User>;

  @Field()
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ObjectionStatus)
  @Enum({ items: () => ObjectionStatus, nativeEnumName: 'objection_status' })
  status: ObjectionStatus = ObjectionStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @ManyToOne(() => User, { nullable: true })
  resolvedBy?: Rel<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;
}
