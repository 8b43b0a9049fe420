import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CERTIFICATE_FIELDS,
  DEFAULT_PAGE,
  defaultLayout,
  FIELD_WIDTH_MIN,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  layoutProblems,
  CertificatePrintMode,
  type CertificateLayout,
  type CertificateOrientation,
  type CertificatePageSize,
  type FieldPosition,
  type PositionProblem,
} from '../../domain/certificate-layout';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { Role } from '../../domain/enums';
import { certificateMessages as M, refusal, userErrorOf } from '../../domain/messages';
import { assertCanRead } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { CertificateForm } from '../entities/certificate-form.entity';
import { findOrRefuse } from '../store/load';
import { auditConfig } from './config-access';

export interface CertificateFormInput {
  unitId: string;
  /** Null: the unit's form for every award without its own. */
  awardCode?: string | null;
  name?: string | null;
  pageSize: CertificatePageSize;
  orientation: CertificateOrientation;
  mode: CertificatePrintMode;
  /** Fields left out keep the built-in position. */
  layout?: Partial<Record<(typeof CERTIFICATE_FIELDS)[number], FieldPosition | null>> | null;
}

const NAME_MAX = 200;

function problemError(problem: PositionProblem) {
  const field = `layout.${problem.field}`;
  if (problem.problem === 'FONT_SIZE')
    return userErrorOf(
      M.fontSize,
      { field: problem.field, value: problem.value, min: FONT_SIZE_MIN, max: FONT_SIZE_MAX },
      field,
    );
  if (problem.problem === 'TOO_NARROW')
    return userErrorOf(M.tooNarrow, { field: problem.field, value: problem.value, min: FIELD_WIDTH_MIN }, field);
  return userErrorOf(M.outsidePage, { field: problem.field, width: problem.width, height: problem.height }, field);
}

async function awardByCode(em: EntityManager, code: string) {
  const award = await em.findOne(AwardType, { code });
  if (!award)
    throw DomainError.of(ErrorCode.NOT_FOUND, 'awardCode', {
      en: `No award has code "${code}".`,
      vi: `Không có hình thức khen thưởng mã "${code}".`,
    });
  return award;
}

/** The unit's ADMIN (or an ADMIN of a unit above it) configures its certificate forms. */
function requireUnitAdmin(viewer: Viewer, unit: AdminUnit) {
  if (!viewer.roles.some((r) => r.role === Role.ADMIN && unit.path.startsWith(r.unitPath)))
    throw refusal(M.unitAdminRequired);
}

/** Creates or replaces the unit's form for one award (or its default form), refusing fields off the sheet. */
export async function saveCertificateForm(deps: { em: EntityManager; viewer: Viewer }, input: CertificateFormInput) {
  const { em, viewer } = deps;
  const unit = await findOrRefuse(em, AdminUnit, input.unitId, 'unitId');
  requireUnitAdmin(viewer, unit);
  const award = input.awardCode ? await awardByCode(em, input.awardCode) : null;
  const name = input.name?.trim() || (award ? `Mẫu ${award.name}` : 'Mẫu Bằng khen, Giấy khen của đơn vị');
  if (name.length > NAME_MAX) throw refusal(M.nameTooLong, { max: NAME_MAX }, 'name');
  const page = { pageSize: input.pageSize, orientation: input.orientation };
  const builtIn = defaultLayout(page);
  const layout = Object.fromEntries(
    CERTIFICATE_FIELDS.map((field) => [field, { ...builtIn[field], ...(input.layout?.[field] ?? {}) }]),
  ) as CertificateLayout;
  const problems = layoutProblems(page, layout);
  if (problems.length) throw DomainError.all(problems.map(problemError));
  const existing = await em.findOne(CertificateForm, { unit, award });
  const values = { name, ...page, mode: input.mode, layout };
  const form = existing ?? em.create(CertificateForm, { unit, award, ...values });
  const before = existing ? { ...existing.layout, mode: existing.mode, pageSize: existing.pageSize } : null;
  em.assign(form, values);
  await em.flush();
  await auditConfig(em, viewer, unit.id, { type: 'CertificateForm', id: form.id }, { ...values }, before);
  await em.flush();
  return { form };
}

export async function listCertificateForms(deps: { em: EntityManager; viewer: Viewer }, unitId: string) {
  const unit = await findOrRefuse(deps.em, AdminUnit, unitId, 'unitId');
  assertCanRead(deps.viewer, unit.path);
  return deps.em.find(CertificateForm, { unit }, { populate: ['award'], orderBy: { createdAt: 'asc' } });
}

/** The form a unit prints an award's certificates on: its own for the award, its default, or the built-in one. */
export async function formFor(em: EntityManager, unitId: string, awardId: string) {
  const forms = await em.find(CertificateForm, { unit: unitId, $or: [{ award: awardId }, { award: null }] });
  const form = forms.find((f) => f.award?.id === awardId) ?? forms.find((f) => !f.award);
  // The key changes whenever the form is edited, so a reprint after a correction is a new file.
  if (form)
    return {
      page: { pageSize: form.pageSize, orientation: form.orientation },
      mode: form.mode,
      layout: form.layout,
      key: `${form.id}@${form.updatedAt.toISOString()}`,
    };
  return { page: DEFAULT_PAGE, mode: CertificatePrintMode.FULL, layout: defaultLayout(), key: 'built-in' };
}
