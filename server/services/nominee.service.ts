import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NomineeKind, type PovertyStatus } from '../../domain/enums';
import { nomineeMessages as M, refusal, render } from '../../domain/messages';
import type { NomineeFacts } from '../../domain/nominee-facts';
import { foldName, givenNameOf, isPastDay, similarNames, withPosition, withYear } from '../../domain/nominee-records';
import { canReadUnit, readablePrefixes } from '../auth/access';
import { vietnamToday, type Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Nomination } from '../entities/nomination.entity';
import { Nominee } from '../entities/nominee.entity';
import { findOrRefuse } from '../store/load';

/** What a nomination says of its nominee beyond the name and the facts the rules need. */
export interface NomineeDetails {
  dateOfBirth?: string | null;
  identityNumber?: string | null;
  belongsTo?: string | null;
  positionSince?: string | null;
  povertyStatus?: PovertyStatus | null;
}

export interface NomineeRequest {
  nomineeId?: string | null;
  kind: NomineeKind;
  name: string;
  facts: NomineeFacts;
  details?: NomineeDetails | null;
  /** The year the facts are for: the period's. */
  year: number;
}

/** A record that may be the same nominee, shown with the new nomination so the submitter can choose it. */
export interface NomineeWarning {
  nomineeId: string;
  name: string;
  dateOfBirth: string | null;
  message: string;
  messageVi: string;
}

/**
 * The nominee a new nomination refers to: the chosen record, the one holding the identity number,
 * or a new record in the unit, with warnings naming records of the unit with a similar name (and
 * the same date of birth where both have one). Under the record's row lock, so that two nominations
 * of one nominee are checked one after the other.
 */
export async function resolveNominee(em: EntityManager, viewer: Viewer, unit: AdminUnit, request: NomineeRequest) {
  const details = cleanDetails(request.details);
  const existing = request.nomineeId
    ? await chosenNominee(em, viewer, request.nomineeId, request.kind)
    : details.identityNumber
      ? await holderOf(em, details.identityNumber, request)
      : null;
  if (existing) {
    await em.lock(existing, LockMode.PESSIMISTIC_WRITE);
    applyFacts(existing, request, details);
    return { nominee: existing, warnings: [] as NomineeWarning[] };
  }
  const warnings = await similarNominees(em, unit, request, details.dateOfBirth);
  const nominee = em.create(Nominee, {
    kind: request.kind,
    name: request.name,
    foldedName: foldName(request.name),
    unit,
    dateOfBirth: details.dateOfBirth,
    identityNumber: details.identityNumber,
  });
  applyFacts(nominee, request, details);
  return { nominee, warnings };
}

function cleanDetails(input: NomineeDetails | null | undefined) {
  const identityNumber = input?.identityNumber?.replace(/\s/g, '') || null;
  if (identityNumber && !/^\d{12}$/.test(identityNumber)) {
    throw refusal(M.identityNumberInvalid, { value: identityNumber }, 'nominee.identityNumber');
  }
  const dateOfBirth = input?.dateOfBirth?.trim() || null;
  if (dateOfBirth && !isPastDay(dateOfBirth, vietnamToday())) {
    throw refusal(M.dateOfBirthInvalid, { value: dateOfBirth }, 'nominee.dateOfBirth');
  }
  const positionSince = input?.positionSince?.trim() || null;
  if (positionSince && !isPastDay(positionSince, vietnamToday())) {
    throw refusal(M.dateOfBirthInvalid, { value: positionSince }, 'nominee.positionSince');
  }
  const belongsTo = input?.belongsTo?.trim().slice(0, 200) || null;
  return { identityNumber, dateOfBirth, positionSince, belongsTo, povertyStatus: input?.povertyStatus ?? null };
}

async function chosenNominee(em: EntityManager, viewer: Viewer, id: string, kind: NomineeKind) {
  const nominee = await findOrRefuse(em, Nominee, id, 'nomineeId', ['unit']);
  await assertHandlesNominee(em, viewer, nominee);
  if (nominee.kind !== kind) throw refusal(M.kindMismatch, { name: nominee.name }, 'nomineeId');
  return nominee;
}

/** The CCCD decides who it is; a different name under the same number is a typing error to fix. */
async function holderOf(em: EntityManager, identityNumber: string, request: NomineeRequest) {
  const holder = await em.findOne(Nominee, { identityNumber });
  if (!holder) return null;
  if (holder.kind !== request.kind || foldName(holder.name) !== foldName(request.name)) {
    throw refusal(M.identityNumberTaken, { name: holder.name }, 'nominee.identityNumber');
  }
  return holder;
}

async function similarNominees(
  em: EntityManager,
  unit: AdminUnit,
  request: NomineeRequest,
  dateOfBirth: string | null,
): Promise<NomineeWarning[]> {
  const candidates = await em.find(
    Nominee,
    { unit, kind: request.kind, foldedName: { $like: `%${givenNameOf(request.name)}` } },
    { limit: 200, orderBy: { createdAt: 'desc' } },
  );
  return candidates
    .filter((c) => similarNames(c.name, request.name))
    .filter((c) => !dateOfBirth || !c.dateOfBirth || c.dateOfBirth === dateOfBirth)
    .slice(0, 5)
    .map((c) => {
      const text = render(M.possibleDuplicate, { name: c.name, dateOfBirth: c.dateOfBirth ?? null });
      return {
        nomineeId: c.id,
        name: c.name,
        dateOfBirth: c.dateOfBirth ?? null,
        message: text.en,
        messageVi: text.vi,
      };
    });
}

/** The nomination's facts become the record's: a position line, the year's members or poverty status. */
function applyFacts(nominee: Nominee, request: NomineeRequest, details: ReturnType<typeof cleanDetails>) {
  const { facts } = request;
  if (details.dateOfBirth && !nominee.dateOfBirth) nominee.dateOfBirth = details.dateOfBirth;
  if (details.identityNumber && !nominee.identityNumber) nominee.identityNumber = details.identityNumber;
  if (request.kind === NomineeKind.INDIVIDUAL) {
    if (facts.gender) nominee.gender = facts.gender;
    nominee.positions = withPosition(nominee.positions, facts.workplace, facts.position, details.positionSince);
  }
  if (request.kind === NomineeKind.COLLECTIVE) {
    if (details.belongsTo) nominee.belongsTo = details.belongsTo;
    if (facts.memberCount !== null || facts.femaleMemberCount !== null) {
      const { memberCount, femaleMemberCount } = facts;
      nominee.years = withYear(nominee.years, { year: request.year, memberCount, femaleMemberCount });
    }
  }
  if (request.kind === NomineeKind.HOUSEHOLD) {
    if (facts.householdHead) nominee.householdHead = facts.householdHead;
    if (details.povertyStatus) {
      nominee.years = withYear(nominee.years, { year: request.year, povertyStatus: details.povertyStatus });
    }
  }
}

/**
 * The units that handle a nominee read its personal data: those over the unit that registered it,
 * and those over any unit that nominated it (a successor commune after a merger, a reviewing level).
 */
export async function handlesNominee(em: EntityManager, viewer: Viewer, nominee: Nominee): Promise<boolean> {
  const unit = await em.findOneOrFail(AdminUnit, nominee.unit.id);
  if (canReadUnit(viewer, unit.path)) return true;
  const prefixes = readablePrefixes(viewer);
  if (!prefixes.length) return false;
  const count = await em.count(Nomination, {
    nominee,
    $or: prefixes.map((prefix) => ({ unit: { path: { $like: `${prefix}%` } } })),
  });
  return count > 0;
}

export async function assertHandlesNominee(em: EntityManager, viewer: Viewer, nominee: Nominee): Promise<void> {
  if (!(await handlesNominee(em, viewer, nominee))) throw refusal(M.notHandled, {}, 'nomineeId');
}
