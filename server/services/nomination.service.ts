import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { AdminLevel, AuditAction, NominationStatus, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertCanPerform } from '../../domain/nomination-lifecycle';
import { cleanText } from '../../domain/text-rules';
import { assertCanRead, readablePrefixes, requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Movement } from '../entities/movement.entity';
import { Nomination } from '../entities/nomination.entity';
import { Period } from '../entities/period.entity';
import type { PageArgs } from '../graphql/pagination';
import { paginate } from '../graphql/pagination';
import type { CreateNominationInput, NominationFilter, UpdateNominationInput } from '../inputs/nomination.inputs';
import { recordAudit } from './audit';
import { findOrRefuse } from './load';

const POPULATE = ['unit'] as const;

/** Loads a nomination the viewer may read, or refuses (NOT_FOUND / FORBIDDEN). */
export async function readableNomination(em: EntityManager, viewer: Viewer, id: string, field = 'id') {
  const nomination = await findOrRefuse(em, Nomination, id, field, POPULATE);
  assertCanRead(viewer, nomination.unit.path);
  return nomination;
}

export async function listNominations(em: EntityManager, viewer: Viewer, filter: NominationFilter, page: PageArgs) {
  const scope = readablePrefixes(viewer).map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } }));
  const where: FilterQuery<Nomination>[] = [{ $or: scope.length ? scope : [{ id: null }] }];
  if (filter.campaignId) where.push({ period: { campaign: filter.campaignId } });
  if (filter.periodId) where.push({ period: filter.periodId });
  if (filter.status?.length) where.push({ status: { $in: filter.status } });
  if (filter.unitId) {
    const unit = await findOrRefuse(em, AdminUnit, filter.unitId, 'filter.unitId');
    where.push({ unit: { path: { $like: `${unit.path}%` } } });
  }
  return paginate(em, Nomination, { $and: where }, page);
}

/** The commune the viewer nominates for: the given one, or their only SUBMITTER unit. */
async function nominatingUnit(em: EntityManager, viewer: Viewer, unitId: string | null | undefined) {
  const submitterUnits = viewer.roles.filter((r) => r.role === Role.SUBMITTER);
  const id = unitId ?? (submitterUnits.length === 1 ? submitterUnits[0].unitId : null);
  if (!id) throw DomainError.of(ErrorCode.REQUIRED, 'unitId', { en: 'Say which unit nominates.', vi: 'Hãy chọn đơn vị đề nghị.' });
  const unit = await findOrRefuse(em, AdminUnit, id, 'unitId');
  const role = requireRole(viewer, Role.SUBMITTER, unit.path);
  if (unit.level !== AdminLevel.COMMUNE) {
    throw DomainError.of(ErrorCode.UNIT_LEVEL_MISMATCH, 'unitId', {
      en: `Nominations start at a commune; ${unit.name} is a ${unit.level}.`,
      vi: `Hồ sơ đề nghị phải do cấp xã lập; ${unit.name} không phải cấp xã.`,
    });
  }
  return { unit, role };
}

export async function createNomination(em: EntityManager, viewer: Viewer, input: CreateNominationInput) {
  const { unit, role } = await nominatingUnit(em, viewer, input.unitId);
  const period = await findOrRefuse(em, Period, input.periodId, 'periodId');
  const movement = await findOrRefuse(em, Movement, input.movementId, 'movementId');
  if (movement.campaign.id !== period.campaign.id) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'movementId', {
      en: 'The movement belongs to another campaign than the period.',
      vi: 'Phong trào con không thuộc cùng phong trào thi đua với đợt đã chọn.',
    });
  }
  assertKindAllowed(movement, input.nomineeKind);
  const nomination = em.create(Nomination, {
    period,
    movement,
    unit,
    createdBy: viewer.user,
    nomineeKind: input.nomineeKind,
    nomineeName: cleanText('nomineeName', input.nomineeName),
    achievements: cleanText('achievements', input.achievements),
    proposedAward: cleanText('proposedAward', input.proposedAward),
  });
  await recordAudit(em, {
    key: `nomination:${nomination.id}:created`,
    nominationId: nomination.id,
    actor: { userId: viewer.user.id, role: role.role, unitId: role.unitId },
    action: AuditAction.CREATED,
    after: { status: NominationStatus.DRAFT, nomineeName: nomination.nomineeName },
  });
  await em.flush();
  return nomination;
}

function assertKindAllowed(movement: Movement, kind: Nomination['nomineeKind']): void {
  if (!movement.nomineeKinds.includes(kind)) {
    throw DomainError.of(ErrorCode.NOMINEE_KIND_NOT_ALLOWED, 'nomineeKind', {
      en: `"${movement.name}" accepts ${movement.nomineeKinds.join(', ')}, not ${kind}.`,
      vi: `Phong trào "${movement.name}" không xét đối tượng loại ${kind}.`,
    });
  }
}

const EDITABLE = ['nomineeKind', 'nomineeName', 'achievements', 'proposedAward'] as const;

export async function updateNomination(em: EntityManager, viewer: Viewer, input: UpdateNominationInput) {
  const nomination = await readableNomination(em, viewer, input.id);
  const role = requireRole(viewer, Role.SUBMITTER, nomination.unit.path);
  assertCanPerform(nomination.status, 'EDIT');
  if (nomination.version !== input.expectedVersion) {
    throw DomainError.of(ErrorCode.VERSION_CONFLICT, 'expectedVersion', {
      en: `You edited version ${input.expectedVersion}; the nomination is now at version ${nomination.version}.`,
      vi: `Bạn sửa phiên bản ${input.expectedVersion}; hồ sơ hiện ở phiên bản ${nomination.version}.`,
    });
  }
  if (input.nomineeKind) assertKindAllowed(await em.findOneOrFail(Movement, nomination.movement.id), input.nomineeKind);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of EDITABLE) {
    const raw = input[field];
    if (raw === undefined || raw === null) continue;
    const value = field === 'nomineeKind' ? raw : cleanText(field, raw);
    if (nomination[field] === value) continue;
    before[field] = nomination[field];
    after[field] = value;
    Object.assign(nomination, { [field]: value });
  }
  if (!Object.keys(after).length) return nomination;
  await recordAudit(em, {
    key: `nomination:${nomination.id}:updated:${input.expectedVersion + 1}`,
    nominationId: nomination.id,
    actor: { userId: viewer.user.id, role: role.role, unitId: role.unitId },
    action: AuditAction.UPDATED,
    before,
    after,
  });
  await em.flush();
  return nomination;
}
