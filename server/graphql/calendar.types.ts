import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CalendarOverrideEntity } from '../entities/calendar-override.entity';

@ObjectType({ description: 'A day off: a public holiday, part of the Tết break, or a compensatory day.' })
export class DayOffType {
  @Field()
  date!: string;

  @Field()
  kind!: string;

  @Field()
  nameVi!: string;

  @Field()
  nameEn!: string;
}

@ObjectType({ description: 'How deadlines count the days of one year.' })
export class WorkingCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => [DayOffType])
  daysOff!: DayOffType[];

  @Field(() => [String], { description: 'Saturdays (or other days) worked in compensation.' })
  compensatoryWorkingDays!: string[];

  @Field(() => CalendarOverrideEntity, { nullable: true })
  override!: CalendarOverrideEntity | null;
}

@InputType({ description: "An administrator's corrections to one year's calendar." })
export class CalendarOverrideInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [String], { defaultValue: [] })
  extraDaysOff!: string[];

  @Field(() => [String], { defaultValue: [] })
  workingDays!: string[];

  @Field(() => [String], { nullable: true, description: 'The decided Tết break, replacing the default rule.' })
  tetDaysOff?: string[] | null;
}
