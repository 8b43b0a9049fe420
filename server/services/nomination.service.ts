import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { AuditAction, AwardKind, CommendationKind, NominationStatus, Role, type NomineeKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { powersMessages, refusal } from '../../domain/messages';
import { assertCanPerform } from '../../domain/nomination-lifecycle';
import { decidingLevel } from '../../domain/award-authority';
import { grantingLevelOf } from '../../domain/routing';
import { cleanNomineeFacts, type NomineeFactsInput } from '../../domain/nominee-facts';
import { cleanText } from '../../domain/text-rules';
import { actorFor, assertCanRead, readablePrefixes } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { Campaign } from '../entities/campaign.entity';
import { Movement } from '../entities/movement.entity';
import { Nomination } from '../entities/nomination.entity';
import { Period } from '../entities/period.entity';
import { recordAudit } from '../store/audit';
import { findOrRefuse } from '../store/load';
import { paginate, type PageRequest, type PageOptions } from '../store/pagination';
import { assertUnitInForce, assertWithinCampaign, checkProposedAward } from './award-routing';
import { assertEligibleNow, subjectOf } from './eligibility.service';
import { resolveNominee, type NomineeDetails } from './nominee.service';
import { assertOneAwardPerAchievement } from './one-achievement.service';
import { cleanDeclaredAwards, type DeclaredAward } from '../../domain/nominee-records';

/** A new draft; `unitId` may be left out by a submitter of a single commune. */
export interface CreateNominationRequest {
  periodId: string;
  movementId: string;
  unitId?: string | null;
  nomineeKind: NomineeKind;
  nomineeName: string;
  achievements: string;
  awardCode: string;
  facts?: NomineeFactsInput | null;
  /** An existing nominee record to propose again; otherwise one is found by CCCD or made. */
  nomineeId?: string | null;
  nominee?: NomineeDetails | null;
  /** Defaults to công trạng for a title and chuyên đề for a form given in a campaign. */
  commendationKind?: CommendationKind | null;
  declaredAwards?: DeclaredAwardInput[] | null;
}

export type DeclaredAwardInput = { awardCode: string; year?: number | null; decisionNumber?: string | null };

/** Changes to the version the editor read; omitted fields stay as they are. */
export interface UpdateNominationRequest {
  id: string;
  expectedVersion: number;
  nomineeKind?: NomineeKind | null;
  nomineeName?: string | null;
  achievements?: string | null;
  awardCode?: string | null;
  facts?: NomineeFactsInput | null;
  declaredAwards?: DeclaredAwardInput[] | null;
}

export interface NominationListFilter {
  campaignId?: string | null;
  periodId?: string | null;
  status?: NominationStatus[] | null;
  /** This unit and the units below it. */
  unitId?: string | null;
}

const POPULATE = ['unit'] as const;

/** Loads a nomination the viewer may read, or refuses (NOT_FOUND / FORBIDDEN). */
export async function readableNomination(em: EntityManager, viewer: Viewer, id: string, field = 'id', lock = false) {
  const nomination = await findOrRefuse(em, Nomination, id, field, POPULATE, lock);
  assertCanRead(viewer, nomination.unit.path);
  return nomination;
}

export async function listNominations(
  em: EntityManager,
  viewer: Viewer,
  filter: NominationListFilter,
  page: PageRequest,
  options: PageOptions = {},
) {
  const scope = readablePrefixes(viewer).map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } }));
  const where: FilterQuery<Nomination>[] = [{ $or: scope.length ? scope : [{ id: null }] }];
  if (filter.campaignId) where.push({ period: { campaign: filter.campaignId } });
  if (filter.periodId) where.push({ period: filter.periodId });
  if (filter.status?.length) where.push({ status: { $in: filter.status } });
  if (filter.unitId) {
    const unit = await findOrRefuse(em, AdminUnit, filter.unitId, 'filter.unitId');
    where.push({ unit: { path: { $like: `${unit.path}%` } } });
  }
  return paginate(em, Nomination, { $and: where }, page, options);
}

/**
 * The unit the viewer nominates for: the given one, or their only SUBMITTER unit. Communes, districts
 * and agencies, organisations, enterprises and emulation clusters all nominate (DOMAIN-RULES "Who
 * nominates"); the unit must be in the list in force on the day.
 */
async function nominatingUnit(em: EntityManager, viewer: Viewer, unitId: string | null | undefined, day: string) {
  const submitterUnits = viewer.roles.filter((r) => r.role === Role.SUBMITTER);
  const id = unitId ?? (submitterUnits.length === 1 ? submitterUnits[0].unitId : null);
  if (!id)
    throw DomainError.of(ErrorCode.REQUIRED, 'unitId', {
      en: 'Say which unit nominates.',
      vi: 'Hãy chọn đơn vị đề nghị.',
    });
  const unit = await findOrRefuse(em, AdminUnit, id, 'unitId');
  const actor = actorFor(viewer, Role.SUBMITTER, unit.path);
  assertUnitInForce(unit, day);
  return { unit, actor };
}

/**
 * A new draft, checked against the authority and the unit list of `day` (the day it is made), with
 * warnings naming records of the unit that may be the same nominee.
 */
export function createNomination(em: EntityManager, viewer: Viewer, input: CreateNominationRequest, day: string) {
  return em.transactional((tx) => createInTransaction(tx, viewer, input, day));
}

async function createInTransaction(em: EntityManager, viewer: Viewer, input: CreateNominationRequest, day: string) {
  const { unit, actor } = await nominatingUnit(em, viewer, input.unitId, day);
  const period = await findOrRefuse(em, Period, input.periodId, 'periodId');
  const movement = await findOrRefuse(em, Movement, input.movementId, 'movementId');
  const nomineeName = cleanText('nomineeName', input.nomineeName);
  const achievements = cleanText('achievements', input.achievements);
  if (movement.campaign.id !== period.campaign.id) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'movementId', {
      en: 'The movement belongs to another campaign than the period.',
      vi: 'Phong trào con không thuộc cùng phong trào thi đua với đợt đã chọn.',
    });
  }
  assertKindAllowed(movement, input.nomineeKind);
  await assertWithinCampaign(em, await em.findOneOrFail(Campaign, period.campaign.id), unit);
  const facts = cleanNomineeFacts(input.nomineeKind, input.facts);
  const award = await checkProposedAward(
    em,
    period,
    input.awardCode,
    { kind: input.nomineeKind, ...facts },
    { unit, day },
  );
  const { nominee, warnings } = await resolveNominee(em, viewer, unit, {
    nomineeId: input.nomineeId,
    kind: input.nomineeKind,
    name: nomineeName,
    facts,
    details: input.nominee,
    year: period.year,
  });
  const commendationKind =
    input.commendationKind ??
    (award.kind === AwardKind.TITLE ? CommendationKind.CONG_TRANG : CommendationKind.CHUYEN_DE);
  const nomination = em.create(Nomination, {
    period,
    movement,
    unit,
    originalUnit: unit,
    createdBy: viewer.user,
    nominee,
    commendationKind,
    nomineeKind: input.nomineeKind,
    nomineeName,
    achievements,
    award,
    ...facts,
    declaredAwards: cleanDeclaredAwards(input.declaredAwards, period.year),
  });
  await assertOneAwardPerAchievement(em, nomination);
  // A draft is checked on its prior awards; its evidence (an initiative) may follow until submission.
  await assertEligibleNow(em, subjectOf(nomination, award, period.year, day), { evidence: false });
  await recordAudit(em, {
    key: `nomination:${nomination.id}:created`,
    nominationId: nomination.id,
    actor,
    action: AuditAction.CREATED,
    after: { status: NominationStatus.DRAFT, nomineeName: nomination.nomineeName },
  });
  await em.flush();
  return { nomination, warnings };
}

function assertKindAllowed(movement: Movement, kind: Nomination['nomineeKind']): void {
  if (!movement.nomineeKinds.includes(kind)) {
    throw DomainError.of(ErrorCode.NOMINEE_KIND_NOT_ALLOWED, 'nomineeKind', {
      en: `"${movement.name}" accepts ${movement.nomineeKinds.join(', ')}, not ${kind}.`,
      vi: `Phong trào "${movement.name}" không xét đối tượng loại ${kind}.`,
    });
  }
}

const TEXTS = ['nomineeName', 'achievements'] as const;

/** Edits under a row lock, so of two edits of one version exactly one wins and the other is told so. */
export function updateNomination(em: EntityManager, viewer: Viewer, input: UpdateNominationRequest, day: string) {
  return em.transactional((tx) => updateLocked(tx, viewer, input, day));
}

async function updateLocked(em: EntityManager, viewer: Viewer, input: UpdateNominationRequest, day: string) {
  const nomination = await readableNomination(em, viewer, input.id, 'id', true);
  const actor = actorFor(viewer, Role.SUBMITTER, nomination.unit.path);
  assertCanPerform(nomination.status, 'EDIT');
  if (nomination.version !== input.expectedVersion) {
    throw DomainError.of(ErrorCode.VERSION_CONFLICT, 'expectedVersion', {
      en: `You edited version ${input.expectedVersion}; the nomination is now at version ${nomination.version}.`,
      vi: `Bạn sửa phiên bản ${input.expectedVersion}; hồ sơ hiện ở phiên bản ${nomination.version}.`,
    });
  }
  const changes: Record<string, unknown> = {};
  for (const field of TEXTS) {
    const raw = input[field];
    if (raw !== undefined && raw !== null) changes[field] = cleanText(field, raw);
  }
  const kind = input.nomineeKind ?? nomination.nomineeKind;
  if (input.nomineeKind) {
    assertKindAllowed(await em.findOneOrFail(Movement, nomination.movement.id), kind);
    changes.nomineeKind = kind;
  }
  if (input.facts || input.nomineeKind)
    Object.assign(changes, cleanNomineeFacts(kind, input.facts ?? currentFacts(nomination)));
  // A new kind or new facts may break the award's conditions: check the award again.
  const currentAward = await em.findOneOrFail(AwardType, nomination.award.id);
  const period = await em.findOneOrFail(Period, nomination.period.id);
  if (input.declaredAwards) changes.declaredAwards = cleanDeclaredAwards(input.declaredAwards, period.year);
  const recheck = input.facts || input.nomineeKind || input.declaredAwards;
  const awardCode = input.awardCode ?? (recheck ? currentAward.code : null);
  if (awardCode) {
    const unit = await em.findOneOrFail(AdminUnit, nomination.unit.id);
    const award = await checkProposedAward(em, period, awardCode, { kind }, { unit, day });
    assertKeepsRouting(nomination, award, unit, day);
    await assertEligibleNow(
      em,
      {
        ...subjectOf(nomination, award, period.year, day),
        nomineeKind: kind,
        declared: (changes.declaredAwards as DeclaredAward[] | undefined) ?? nomination.declaredAwards,
        priorAwardCodes: (changes.priorAwardCodes as string[] | undefined) ?? nomination.priorAwardCodes,
      },
      { evidence: false },
    );
    changes.award = award;
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const plain = (value: unknown) => (value instanceof AwardType ? value.code : value);
  for (const [field, value] of Object.entries(changes)) {
    const old = field === 'award' ? currentAward : (nomination as unknown as Record<string, unknown>)[field];
    if (JSON.stringify(plain(old)) === JSON.stringify(plain(value))) continue;
    before[field] = plain(old);
    after[field] = plain(value);
    Object.assign(nomination, { [field]: value });
  }
  if (!Object.keys(after).length) return nomination;
  await recordAudit(em, {
    key: `nomination:${nomination.id}:updated:${input.expectedVersion + 1}`,
    nominationId: nomination.id,
    actor,
    action: AuditAction.UPDATED,
    before,
    after,
  });
  await em.flush();
  return nomination;
}

/**
 * A returned nomination keeps the routing snapshot it was submitted with: an award granted at another
 * level would let that pipeline's last level decide it (a district deciding a province award).
 */
function assertKeepsRouting(nomination: Nomination, award: AwardType, unit: AdminUnit, day: string): void {
  const snapshot = nomination.routingPolicy;
  if (nomination.status !== NominationStatus.RETURNED || !snapshot?.stages.length) return;
  const endsAt = grantingLevelOf(snapshot);
  const grantingLevel = decidingLevel(award.code, unit, day) ?? award.grantingLevel;
  if (grantingLevel === endsAt) return;
  throw refusal(powersMessages.awardChangesRouting, { awardName: award.name, grantingLevel, endsAt }, 'awardCode');
}

function currentFacts(nomination: Nomination) {
  const { gender, position, workplace, memberCount, femaleMemberCount, householdHead, priorAwardCodes } = nomination;
  return { gender, position, workplace, memberCount, femaleMemberCount, householdHead, priorAwardCodes };
}
