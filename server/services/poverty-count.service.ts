import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { AuditAction, Role, UnitKind } from '../../domain/enums';
import { DomainError, type UserErrorData } from '../../domain/error-codes';
import { fieldLabel, povertyMessages as M, refusal, userErrorOf } from '../../domain/messages';
import { PovertyCountSource } from '../../domain/poverty-enums';
import { povertyCountIssues, type PovertyFigures } from '../../domain/poverty-rules';
import { assertCanRead } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { PovertyCount } from '../entities/poverty-count.entity';
import { User } from '../entities/user.entity';
import { addAudit, type AuditInput } from '../store/audit';
import { findOrRefuse } from '../store/load';

/** Reviews before the multidimensional standard are out of the movement's scope; far future years are typos. */
export const POVERTY_YEARS = { min: 2000, max: 2100 } as const;

/** Roles that may enter figures: the commune's own officers and those of the units above (not observers). */
const RECORDING_ROLES = [Role.SUBMITTER, Role.REVIEWER, Role.APPROVER, Role.ADMIN];

export interface PovertyCountInput extends PovertyFigures {
  unitId: string;
  year: number;
}

/** Why the figures cannot be kept, every reason at once (empty when they can). */
export function povertyCountErrors(year: number, f: PovertyFigures): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (!Number.isInteger(year) || year < POVERTY_YEARS.min || year > POVERTY_YEARS.max)
    errors.push(userErrorOf(M.yearOutOfRange, { year, ...POVERTY_YEARS }, 'year'));
  for (const issue of povertyCountIssues(f)) {
    if (issue.kind === 'NEGATIVE' || issue.kind === 'NOT_INTEGER') {
      const def = issue.kind === 'NEGATIVE' ? M.countNegative : M.countNotInteger;
      errors.push(userErrorOf(def, { label: fieldLabel(issue.field).vi, value: f[issue.field] }, issue.field));
    } else if (issue.kind === 'POOR_AND_NEAR_POOR_ABOVE_HOUSEHOLDS') {
      const params = { poor: f.poorHouseholds, nearPoor: f.nearPoorHouseholds, households: f.households };
      errors.push(userErrorOf(M.poorAboveHouseholds, params, issue.field));
    } else {
      const params = { ethnic: f.ethnicMinorityPoorHouseholds, poor: f.poorHouseholds };
      errors.push(userErrorOf(M.ethnicAbovePoor, params, issue.field));
    }
  }
  return errors;
}

/** Refuses unless the viewer may enter figures for the unit (an administrative unit in their area). */
export function assertCanRecord(viewer: Viewer, unit: AdminUnit): Actor {
  assertCanRead(viewer, unit.path);
  const held = viewer.roles.find((r) => RECORDING_ROLES.includes(r.role) && unit.path.startsWith(r.unitPath));
  if (!held) throw refusal(M.recordRole, { unit: unit.name }, 'unitId');
  if (unit.kind !== UnitKind.ADMINISTRATIVE) throw refusal(M.notAdministrative, { unit: unit.name }, 'unitId');
  return { userId: viewer.user.id, role: held.role, unitId: held.unitId, onBehalfOfUserId: held.delegatedByUserId };
}

export type Actor = NonNullable<AuditInput['actor']>;

/** Writes a unit's count for a year; a second entry for the same year corrects the first. */
export async function upsertPovertyCount(
  em: EntityManager,
  unit: AdminUnit,
  year: number,
  figures: PovertyFigures,
  source: PovertyCountSource,
  actor: Actor,
): Promise<PovertyCount> {
  const existing = await em.findOne(PovertyCount, { unit, year });
  const before = existing ? { year, ...pick(existing), source: existing.source } : null;
  const values = { ...pick(figures), source, recordedBy: em.getReference(User, actor.userId) };
  const count = existing ? Object.assign(existing, values) : em.create(PovertyCount, { unit, year, ...values });
  // A correction overwrites the figures: the trail keeps what they were.
  addAudit(em, {
    key: `PovertyCount:${count.id}:${randomUUID()}`,
    nominationId: null,
    actor,
    action: AuditAction.POVERTY_COUNT_RECORDED,
    before,
    after: { year, ...pick(figures), source },
    entityType: 'PovertyCount',
    entityId: count.id,
  });
  return count;
}

const pick = (f: PovertyFigures): PovertyFigures => ({
  households: f.households,
  poorHouseholds: f.poorHouseholds,
  nearPoorHouseholds: f.nearPoorHouseholds,
  ethnicMinorityPoorHouseholds: f.ethnicMinorityPoorHouseholds,
});

/** recordPovertyCount: the commune (or a unit above it) enters its yearly review. */
export async function recordPovertyCount(
  deps: { em: EntityManager; viewer: Viewer },
  input: PovertyCountInput,
): Promise<{ count: PovertyCount }> {
  const unit = await findOrRefuse(deps.em, AdminUnit, input.unitId, 'unitId');
  const actor = assertCanRecord(deps.viewer, unit);
  const errors = povertyCountErrors(input.year, input);
  if (errors.length) throw DomainError.all(errors);
  const count = await upsertPovertyCount(deps.em, unit, input.year, input, PovertyCountSource.MANUAL, actor);
  await deps.em.flush();
  return { count };
}

/** povertyCounts: a unit's counts, newest year first, for anyone who may read the unit. */
export async function povertyCountsOf(
  deps: { em: EntityManager; viewer: Viewer },
  unitId: string,
  year?: number | null,
): Promise<PovertyCount[]> {
  const unit = await findOrRefuse(deps.em, AdminUnit, unitId, 'unitId');
  assertCanRead(deps.viewer, unit.path);
  const where = year === null || year === undefined ? { unit } : { unit, year };
  return deps.em.find(PovertyCount, where, { orderBy: { year: 'desc' }, populate: ['unit'] });
}
