import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertDay, assertRange } from '../../domain/campaign-rules';
import { defaultLevelsOn, routingPolicyErrors } from '../../domain/routing-policy-rules';
import type { StageDefinition } from '../../domain/routing';
import { cleanText } from '../../domain/text-rules';
import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { RoutingPolicyEntity } from '../entities/routing-policy.entity';
import { auditConfig } from './config-access';
import { findOrRefuse } from '../store/load';

/**
 * The administrative levels that have units in force on a day (the tree a period routes along);
 * where no list covering that day was imported, the tiers the law sets for it.
 */
export async function levelsInForce(em: EntityManager, day: string): Promise<AdminLevel[]> {
  const rows: { level: AdminLevel }[] = await em
    .getConnection()
    .execute(`select distinct level from admin_unit where valid_from <= ? and (valid_to is null or valid_to >= ?)`, [
      day,
      day,
    ]);
  return rows.length ? rows.map((r) => r.level) : defaultLevelsOn(day);
}

export interface RoutingPolicyInput {
  code: string;
  name: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  ownerUnitId: string;
  stages: StageDefinition[];
  revisionWorkingDays?: number | null;
  /** Thủ tục đơn giản: routes the đột xuất nominations of the periods that hold it. */
  simplified?: boolean | null;
}

/** An administrator's own policy, checked against the unit tree in force on its first day. */
export async function createRoutingPolicy(em: EntityManager, viewer: Viewer, input: RoutingPolicyInput) {
  const owner = await findOrRefuse(em, AdminUnit, input.ownerUnitId, 'ownerUnitId');
  const role = requireRole(viewer, Role.ADMIN, owner.path);
  const code = input.code.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{1,49}$/.test(code)) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'code', {
      en: 'A policy code is UPPER_SNAKE_CASE, 2–50 characters.',
      vi: 'Mã quy trình viết HOA_CÓ_GẠCH_DƯỚI, 2–50 ký tự.',
    });
  }
  if (await em.count(RoutingPolicyEntity, { code })) {
    throw DomainError.of(ErrorCode.DUPLICATE, 'code', {
      en: `Policy ${code} already exists.`,
      vi: `Quy trình ${code} đã tồn tại.`,
    });
  }
  assertDay(input.effectiveFrom, 'effectiveFrom');
  if (input.effectiveTo) assertRange(input.effectiveFrom, assertDay(input.effectiveTo, 'effectiveTo'), 'effectiveTo');
  const revision = input.revisionWorkingDays ?? 10;
  if (!Number.isInteger(revision) || revision < 1 || revision > 60) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'revisionWorkingDays', {
      en: 'The revision deadline is 1 to 60 working days.',
      vi: 'Thời hạn bổ sung hồ sơ từ 1 đến 60 ngày làm việc.',
    });
  }
  const errors = routingPolicyErrors(input.stages, await levelsInForce(em, input.effectiveFrom));
  if (errors.length) throw DomainError.all(errors);
  const policy = em.create(RoutingPolicyEntity, {
    code,
    name: cleanText('name', input.name),
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    stages: input.stages,
    revisionWorkingDays: revision,
    simplified: input.simplified ?? false,
    ownerUnit: owner,
  });
  const after = { code, stages: input.stages, simplified: policy.simplified };
  await auditConfig(em, viewer, role.unitId, { type: 'RoutingPolicy', id: policy.id }, after);
  await em.flush();
  return policy;
}
