import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, NomineeKind, PeriodKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { powersMessages, refusal } from '../../domain/messages';
import { assertQuotaNotNegative } from '../../domain/quota';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Movement } from '../entities/movement.entity';
import { Quota } from '../entities/quota.entity';
import { auditConfig, requireCampaignAdmin, type ConfigActor } from './config-access';
import { findOrRefuse } from '../store/load';

export interface QuotaInput {
  campaignId: string;
  movementId: string;
  periodKind: PeriodKind;
  nomineeKind: NomineeKind;
  unitLevel?: AdminLevel | null;
  unitId?: string | null;
  maxCount: number;
}

/** Creates or replaces the quota of one scope (campaign-wide, each unit of a level, or one unit). */
export async function setQuota(em: EntityManager, actor: ConfigActor, input: QuotaInput) {
  const { campaign, unit: issuing } = await requireCampaignAdmin(em, actor, input.campaignId);
  assertQuotaNotNegative(input.maxCount);
  const movement = await findOrRefuse(em, Movement, input.movementId, 'movementId');
  if (movement.campaign.id !== campaign.id) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'movementId', {
      en: 'The movement belongs to another campaign.',
      vi: 'Phong trào con thuộc phong trào thi đua khác.',
    });
  }
  if (input.unitId && input.unitLevel) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'unitLevel', {
      en: 'Give a unit or a unit level, not both.',
      vi: 'Chỉ chọn một đơn vị hoặc một cấp đơn vị.',
    });
  }
  const unit = input.unitId ? await findOrRefuse(em, AdminUnit, input.unitId, 'unitId') : null;
  // A province's campaign sets quotas for its own units only.
  if (unit && !unit.path.startsWith(issuing.path))
    throw refusal(powersMessages.outsideProvince, { unitName: unit.name }, 'unitId');
  const scope = {
    campaign,
    movement,
    periodKind: input.periodKind,
    nomineeKind: input.nomineeKind,
    unitLevel: input.unitLevel ?? null,
    unit,
  };
  const existing = await em.findOne(Quota, scope);
  const before = existing ? { maxCount: existing.maxCount } : null;
  const quota = existing ?? em.create(Quota, { ...scope, maxCount: input.maxCount });
  quota.maxCount = input.maxCount;
  await auditConfig(em, actor, issuing.id, { type: 'Quota', id: quota.id }, { maxCount: input.maxCount }, before);
  await em.flush();
  return quota;
}
