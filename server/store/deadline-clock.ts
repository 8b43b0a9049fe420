import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { calendarClock, compressedClock, type DeadlineClock } from '../../domain/deadline-clock';
import { CalendarOverrideEntity } from '../entities/calendar-override.entity';

/**
 * The clock deadlines are counted on: the Vietnamese working calendar with the administrators'
 * yearly overrides, or a compressed one when WORKING_DAY_MS is set.
 */
export async function loadDeadlineClock(em: EntityManager, workingDayMs: number | null): Promise<DeadlineClock> {
  if (workingDayMs) return compressedClock(workingDayMs);
  const overrides = await em.find(CalendarOverrideEntity, {}, { orderBy: { year: 'asc' } });
  return calendarClock(
    new WorkingCalendar({
      overrides: overrides.map((o) => ({
        year: o.year,
        extraDaysOff: o.extraDaysOff,
        workingDays: o.workingDays,
        ...(o.tetDaysOff ? { tetDaysOff: o.tetDaysOff } : {}),
      })),
    }),
  );
}
