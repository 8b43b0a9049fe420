import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from './base';
import { User } from './user.entity';

/** An administrator's corrections to one year's working calendar (the Government's yearly decisions). */
@ObjectType({ description: 'Days off added and Saturdays worked in one year, beyond the statutory rules.' })
@Entity({ tableName: 'calendar_override' })
export class CalendarOverrideEntity extends BaseEntity<'extraDaysOff' | 'workingDays' | 'tetDaysOff' | 'updatedAt'> {
  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  year!: number;

  @Field(() => [String], { description: 'Extra days off (YYYY-MM-DD).' })
  @Property({ type: 'json' })
  extraDaysOff: string[] = [];

  @Field(() => [String], { description: 'Compensatory working days, usually Saturdays (YYYY-MM-DD).' })
  @Property({ type: 'json' })
  workingDays: string[] = [];

  @Field(() => [String], { nullable: true, description: 'The Tết break decided for the year, replacing the default.' })
  @Property({ type: 'json', nullable: true })
  tetDaysOff?: string[] | null = null;

  @ManyToOne(() => User, { nullable: true })
  updatedBy?: Rel<User> | null;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
