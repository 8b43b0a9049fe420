import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../domain/enums';
import { refusal, registerMessages as M } from '../../domain/messages';
import {
  cleanRegisterSymbol,
  DecisionEntryKind,
  type DecisionRegisterMode,
  readDecisionNumber,
} from '../../domain/register-numbers';
import { canReadUnit } from '../auth/access';
import { vietnamToday, type Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { DecisionRegister, DecisionRegisterEntry } from '../entities/decision-register.entity';
import { lockRegister, registerDecision, SUBJECT_MAX } from '../store/decision-register';
import { findOrRefuse } from '../store/load';
import { paginate, type PageRequest } from '../store/pagination';

/** What officers do with the register through the API. */
export interface RegisterDeps {
  em: EntityManager;
  viewer: Viewer;
}

function holdsAt(viewer: Viewer, roles: Role[], unitId: string): boolean {
  return viewer.roles.some((r) => roles.includes(r.role) && r.unitId === unitId);
}

function cleanYear(year: number): number {
  const now = Number(vietnamToday().slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > now + 1) throw refusal(M.yearInvalid, { year }, 'year');
  return year;
}

function cleanDay(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  const real = day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  if (!real || value > vietnamToday()) throw refusal(M.dateInvalid, { value }, 'decisionDate');
  return value;
}

/** The unit's ADMIN chooses who keeps its register, from this year on (and its symbol, "UBND", "SNV"…). */
export async function setDecisionRegister(
  deps: RegisterDeps,
  input: { unitId: string; mode: DecisionRegisterMode; symbol?: string | null },
) {
  const unit = await findOrRefuse(deps.em, AdminUnit, input.unitId, 'unitId');
  if (!holdsAt(deps.viewer, [Role.ADMIN], unit.id)) throw refusal(M.unitAdminRequired);
  const symbol = input.symbol?.trim() ? cleanRegisterSymbol(input.symbol) : null;
  const year = Number(vietnamToday().slice(0, 4));
  return deps.em.transactional(async (em) => {
    const register = await lockRegister(em, unit.id, year);
    const later = await em.find(DecisionRegister, { unit, year: { $gt: year } });
    for (const r of [register, ...later]) Object.assign(r, { mode: input.mode, symbol });
    return { register };
  });
}

/** The unit's ADMIN or APPROVER records another decision of the agency: the platform's numbers skip it. */
export async function recordDecision(
  deps: RegisterDeps,
  input: { unitId: string; decisionNumber: string; decisionDate: string; subject: string },
) {
  const unit = await findOrRefuse(deps.em, AdminUnit, input.unitId, 'unitId');
  if (!holdsAt(deps.viewer, [Role.ADMIN, Role.APPROVER], unit.id)) throw refusal(M.registerKeeperRequired);
  const subject = input.subject.trim();
  if (!subject || subject.length > SUBJECT_MAX) throw refusal(M.subjectInvalid, { max: SUBJECT_MAX }, 'subject');
  const decisionDate = cleanDay(input.decisionDate);
  readDecisionNumber(input.decisionNumber);
  const entry = await deps.em.transactional((em) =>
    registerDecision(em, {
      unit,
      decisionDate,
      given: input.decisionNumber,
      kind: DecisionEntryKind.OTHER,
      subject,
      recordedBy: deps.viewer.user.id,
    }),
  );
  return { entry };
}

/** A unit's register for a year, newest entry first, for those holding a role over the unit. */
export async function listRegister(deps: RegisterDeps, unitId: string, year: number, page: PageRequest) {
  const unit = await findOrRefuse(deps.em, AdminUnit, unitId, 'unitId');
  if (!canReadUnit(deps.viewer, unit.path)) throw refusal(M.registerHidden);
  return paginate(deps.em, DecisionRegisterEntry, { register: { unit, year: cleanYear(year) } }, page);
}
