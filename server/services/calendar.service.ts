import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { assertYearOverrides, type YearOverride } from '../../domain/calendar/year-override';
import { AdminLevel, AuditAction, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
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
 * A province administrator records the Government's decision for a year (Tết break, swapped days,
 * extra days off); deadlines opened from then on count with it.
 */
export async function setCalendarOverride(em: EntityManager, viewer: Viewer, input: YearOverride) {
  const admin = viewer.roles.find((r) => r.role === Role.ADMIN && r.unitLevel === AdminLevel.PROVINCE);
  if (!admin) {
    throw DomainError.of(ErrorCode.FORBIDDEN, undefined, {
      en: 'The working calendar is set by an administrator of a province.',
      vi: 'Lịch làm việc do quản trị viên cấp tỉnh thiết lập.',
    });
  }
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
    actor: { userId: viewer.user.id, role: Role.ADMIN, unitId: admin.unitId },
    action: AuditAction.CAMPAIGN_CHANGED,
    before: before as unknown as Record<string, unknown> | null,
    after: cleaned as unknown as Record<string, unknown>,
    entityType: 'CalendarOverride',
    entityId: String(input.year),
  });
  await em.flush();
  return workingCalendarOf(em, input.year);
}
