import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { assertYearOverrides, type YearOverride } from '../../domain/calendar/year-override';
import { AuditAction, Role } from '../../domain/enums';
import { powersMessages, refusal } from '../../domain/messages';
import type { Viewer } from '../auth/viewer';
import { CalendarOverrideEntity } from '../entities/calendar-override.entity';
import { User } from '../entities/user.entity';
import { recordAudit } from '../store/audit';

/** The working calendar of a year as deadlines count it: statutory days off, decisions and overrides. */
export async function workingCalendarOf(em: EntityManager, year: number) {
  const overrides = await em.find(CalendarOverrideEntity, {}, { orderBy: { year: 'asc' } });
  const calendar = new WorkingCalendar({ overrides: overrides.map(toOverride) });
  return {
    year,
    daysOff: calendar.holidaysOf(year),
    compensatoryWorkingDays: calendar.compensatoryWorkingDaysOf(year),
    override: overrides.find((o) => o.year === year) ?? null,
  };
}

function toOverride(o: CalendarOverrideEntity): YearOverride {
  return {
    year: o.year,
    extraDaysOff: o.extraDaysOff,
    workingDays: o.workingDays,
    ...(o.tetDaysOff ? { tetDaysOff: o.tetDaysOff } : {}),
  };
}

/**
 * A national administrator records the Government's decision for a year (Tết break, swapped days,
 * extra days off); deadlines opened from then on count with it in every province. A province's
 * administrator cannot: the calendar is the nation's, not one province's.
 */
export async function setCalendarOverride(em: EntityManager, viewer: Viewer, input: YearOverride) {
  if (!viewer.user.nationalAdmin) throw refusal(powersMessages.nationalCalendar);
  const cleaned: YearOverride = {
    year: input.year,
    extraDaysOff: [...new Set(input.extraDaysOff)].sort(),
    workingDays: [...new Set(input.workingDays)].sort(),
    ...(input.tetDaysOff?.length ? { tetDaysOff: [...new Set(input.tetDaysOff)].sort() } : {}),
  };
  assertYearOverrides([cleaned], 'input');
  const existing = await em.findOne(CalendarOverrideEntity, { year: input.year });
  const before = existing ? toOverride(existing) : null;
  const row = existing ?? em.create(CalendarOverrideEntity, { year: input.year });
  Object.assign(row, {
    extraDaysOff: cleaned.extraDaysOff,
    workingDays: cleaned.workingDays,
    tetDaysOff: cleaned.tetDaysOff ?? null,
    updatedBy: em.getReference(User, viewer.user.id),
  });
  await recordAudit(em, {
    key: `calendar:${input.year}:${Date.now()}`,
    nominationId: null,
    actor: { userId: viewer.user.id, role: Role.ADMIN, unitId: null },
    action: AuditAction.CAMPAIGN_CHANGED,
    before: before as unknown as Record<string, unknown> | null,
    after: cleaned as unknown as Record<string, unknown>,
    entityType: 'CalendarOverride',
    entityId: String(input.year),
  });
  await em.flush();
  return workingCalendarOf(em, input.year);
}
