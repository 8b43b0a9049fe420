import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CalendarOverrideInput, WorkingCalendarYear } from '../graphql/calendar.types';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload } from '../graphql/mutation-result';
import { UserError } from '../graphql/user-error.type';
import { setCalendarOverride, workingCalendarOf } from '../services/calendar.service';

@ObjectType()
class CalendarPayload {
  @Field(() => WorkingCalendarYear, { nullable: true })
  calendar?: WorkingCalendarYear | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** The Vietnamese working calendar deadlines are counted on, and its yearly overrides. */
@Resolver()
export class CalendarResolver {
  @Query(() => WorkingCalendarYear, { description: 'Days off and compensatory working days of a year.' })
  workingCalendar(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number) {
    requireViewer(ctx);
    return workingCalendarOf(ctx.em, year);
  }

  @Mutation(() => CalendarPayload, {
    description:
      "National administrator only: record a year's decided days off and working Saturdays for the whole country.",
  })
  setCalendarOverride(@Ctx() ctx: RequestContext, @Arg('input') input: CalendarOverrideInput) {
    return mutationPayload(async () => ({
      calendar: await setCalendarOverride(ctx.em, requireViewer(ctx), {
        ...input,
        tetDaysOff: input.tetDaysOff ?? undefined,
      }),
    }));
  }
}
