import type { EntityManager } from '@mikro-orm/postgresql';
import {
  requirementFor,
  type DossierProfileRule,
  type DossierRequirement,
  type DossierSubject,
} from '../../domain/dossier-profiles';
import { AdminLevel, Role, type CommendationKind, type DocumentSlot, type NomineeKind } from '../../domain/enums';
import { dossierMessages as M, refusal } from '../../domain/messages';
import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { DossierProfile } from '../entities/dossier-profile.entity';
import type { Nomination } from '../entities/nomination.entity';
import { findOrRefuse } from '../store/load';
import { auditConfig } from './config-access';

export interface DossierProfileInput {
  provinceId: string;
  awardCode?: string | null;
  nomineeKind?: NomineeKind | null;
  commendationKind?: CommendationKind | null;
  requiredSlots?: DocumentSlot[] | null;
  levelDocumentsRequired?: boolean | null;
}

/** Every province's profiles, with their province units: few rows, read once per request or batch. */
export function allProfiles(em: EntityManager): Promise<DossierProfile[]> {
  return em.find(DossierProfile, {}, { populate: ['provinceUnit'] });
}

const asRule = (p: DossierProfile): DossierProfileRule => ({
  awardCode: p.awardCode ?? null,
  nomineeKind: p.nomineeKind ?? null,
  commendationKind: p.commendationKind ?? null,
  requiredSlots: p.requiredSlots ?? null,
  levelDocumentsRequired: p.levelDocumentsRequired,
});

/**
 * What a nomination's dossier needs: its province's most specific profile, else the built-in one
 * (domain/dossier-profiles.ts), and whether its reviewing levels attach their own documents.
 */
export async function requiredSlotsFor(em: EntityManager, nomination: Nomination): Promise<DossierRequirement> {
  const [unit, award] = await Promise.all([
    em.findOneOrFail(AdminUnit, nomination.unit.id),
    em.findOneOrFail(AwardType, nomination.award.id),
  ]);
  const subject = {
    awardCode: award.code,
    nomineeKind: nomination.nomineeKind,
    commendationKind: nomination.commendationKind,
  };
  return requirementIn(await allProfiles(em), unit.path, subject);
}

/** The requirement of a nomination of `subject` made in the unit at `unitPath`, among `profiles`. */
export function requirementIn(profiles: DossierProfile[], unitPath: string, subject: DossierSubject) {
  const province = profiles.filter((p) => unitPath.startsWith(p.provinceUnit.path));
  return requirementFor(subject, province.map(asRule));
}

/** An ADMIN over a province unit; the profile belongs to that province. */
async function provinceAdmin(em: EntityManager, viewer: Viewer, provinceId: string, field = 'provinceId') {
  const province = await findOrRefuse(em, AdminUnit, provinceId, field);
  const role = requireRole(viewer, Role.ADMIN, province.path);
  if (province.level !== AdminLevel.PROVINCE) throw refusal(M.profileProvinceOnly, { unitName: province.name }, field);
  return { province, role };
}

function cleanSlots(slots: DocumentSlot[] | null | undefined): DocumentSlot[] | null {
  if (slots === null || slots === undefined) return null;
  const unique = [...new Set(slots)];
  if (!unique.length) throw refusal(M.profileSlotsEmpty, {}, 'requiredSlots');
  return unique;
}

/** Creates or replaces the province's profile for exactly these criteria. */
export async function setDossierProfile(em: EntityManager, viewer: Viewer, input: DossierProfileInput) {
  const { province, role } = await provinceAdmin(em, viewer, input.provinceId);
  const awardCode = input.awardCode?.trim() || null;
  if (awardCode && !(await em.count(AwardType, { code: awardCode }))) {
    throw refusal(M.profileAwardUnknown, { awardCode }, 'awardCode');
  }
  const criteria = {
    provinceUnit: province,
    awardCode,
    nomineeKind: input.nomineeKind ?? null,
    commendationKind: input.commendationKind ?? null,
  };
  const requiredSlots = cleanSlots(input.requiredSlots);
  const levelDocumentsRequired = input.levelDocumentsRequired ?? false;
  const existing = await em.findOne(DossierProfile, criteria);
  const before = existing
    ? { requiredSlots: existing.requiredSlots ?? null, levelDocumentsRequired: existing.levelDocumentsRequired }
    : null;
  const profile = existing ?? em.create(DossierProfile, { ...criteria, requiredSlots, levelDocumentsRequired });
  profile.requiredSlots = requiredSlots;
  profile.levelDocumentsRequired = levelDocumentsRequired;
  const after = { awardCode, nomineeKind: criteria.nomineeKind, commendationKind: criteria.commendationKind };
  await auditConfig(
    em,
    viewer,
    role.unitId,
    { type: 'DossierProfile', id: profile.id },
    { ...after, requiredSlots, levelDocumentsRequired },
    before,
  );
  await em.flush();
  return profile;
}

/** Removes a province's profile: its nominations fall back to a less specific one. */
export async function removeDossierProfile(em: EntityManager, viewer: Viewer, id: string) {
  const profile = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(DossierProfile, id) : null;
  if (!profile) throw refusal(M.profileNotFound, {}, 'id');
  const { role } = await provinceAdmin(em, viewer, profile.provinceUnit.id, 'id');
  const before = {
    requiredSlots: profile.requiredSlots ?? null,
    levelDocumentsRequired: profile.levelDocumentsRequired,
  };
  await auditConfig(em, viewer, role.unitId, { type: 'DossierProfile', id: profile.id }, { removed: true }, before);
  em.remove(profile);
  await em.flush();
  return profile;
}

/** A province's own profiles, most general first. */
export async function dossierProfiles(em: EntityManager, provinceId: string) {
  const province = await findOrRefuse(em, AdminUnit, provinceId, 'provinceId');
  return em.find(
    DossierProfile,
    { provinceUnit: province },
    { orderBy: { awardCode: 'asc nulls first', commendationKind: 'asc nulls first', nomineeKind: 'asc nulls first' } },
  );
}
