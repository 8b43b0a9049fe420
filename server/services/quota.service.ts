import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, AwardLevel, NomineeKind, PeriodKind, UnitKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { powersMessages, quotaMessages, refusal } from '../../domain/messages';
import { assertQuotaNotNegative } from '../../domain/quota';
import { AdminUnit } from '../entities/admin-unit.entity';
import type { AwardType } from '../entities/award-type.entity';
import type { Campaign } from '../entities/campaign.entity';
import { Movement } from '../entities/movement.entity';
import { Quota } from '../entities/quota.entity';
import { auditConfig, requireCampaignAdmin, type ConfigActor } from './config-access';
import { findOrRefuse } from '../store/load';

export interface QuotaInput {
  campaignId: string;
  movementId: string;
  periodKind: PeriodKind;
  nomineeKind: NomineeKind;
  /** The award form; required with a deciding scope, optional (null: every form) with a forwarding one. */
  awardCode?: string | null;
  /** Decision quota: one deciding unit, or each deciding unit of a level. */
  decidingUnitId?: string | null;
  decidingLevel?: AdminLevel | null;
  /** Forwarding cap: one unit, or each unit of a level. */
  unitId?: string | null;
  unitLevel?: AdminLevel | null;
  maxCount: number;
}

const SCOPE_FIELDS = ['decidingUnitId', 'decidingLevel', 'unitId', 'unitLevel'] as const;

/** The one scope field given, or a refusal naming what is wrong. */
function scopeField(input: QuotaInput): (typeof SCOPE_FIELDS)[number] {
  const given = SCOPE_FIELDS.filter((f) => input[f]);
  if (!given.length) throw refusal(quotaMessages.scopeMissing, {}, 'decidingUnitId');
  if (given.length > 1) throw refusal(quotaMessages.scopeTwice, { given: given.join(', ') }, given[1]);
  return given[0];
}

async function awardOf(em: EntityManager, campaign: Campaign, code: string): Promise<AwardType> {
  await campaign.awards.init();
  const award = campaign.awards.getItems().find((a) => a.code === code.trim());
  if (!award) throw refusal(quotaMessages.awardNotOffered, { awardCode: code, campaign: campaign.name }, 'awardCode');
  return award;
}

/** A unit (or a level) decides an award form granted at its level (AwardType.grantingLevel, for now). */
function assertDecides(award: AwardType, level: AdminLevel, kind: UnitKind, field: string) {
  const decides =
    (award.grantingLevel as string) === level ||
    (award.grantingLevel === AwardLevel.AGENCY && kind !== UnitKind.ADMINISTRATIVE);
  if (!decides)
    throw refusal(
      quotaMessages.levelCannotDecide,
      { award: award.name, grantingLevel: award.grantingLevel, level },
      field,
    );
}

async function unitInProvince(em: EntityManager, issuing: AdminUnit, id: string, field: string) {
  const unit = await findOrRefuse(em, AdminUnit, id, field);
  // A province's campaign sets quotas for its own units only.
  if (!unit.path.startsWith(issuing.path))
    throw refusal(powersMessages.outsideProvince, { unitName: unit.name }, field);
  return unit;
}

/**
 * Creates or replaces the quota of one scope: a deciding unit's (or each deciding unit of a
 * level's) awards of one form, or what a unit (or each unit of a level) forwards upward.
 */
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
  const field = scopeField(input);
  const deciding = field === 'decidingUnitId' || field === 'decidingLevel';
  if (deciding && !input.awardCode) throw refusal(quotaMessages.awardRequired, {}, 'awardCode');
  const award = input.awardCode ? await awardOf(em, campaign, input.awardCode) : null;
  const unitId = input.decidingUnitId ?? input.unitId;
  const unit = unitId ? await unitInProvince(em, issuing, unitId, field) : null;
  if (deciding && award)
    assertDecides(award, unit?.level ?? input.decidingLevel!, unit?.kind ?? UnitKind.ADMINISTRATIVE, field);
  const scope = {
    campaign,
    movement,
    periodKind: input.periodKind,
    nomineeKind: input.nomineeKind,
    award,
    decidingUnit: field === 'decidingUnitId' ? unit : null,
    decidingLevel: input.decidingLevel ?? null,
    unit: field === 'unitId' ? unit : null,
    unitLevel: input.unitLevel ?? null,
  };
  const existing = await em.findOne(Quota, scope);
  const before = existing ? { maxCount: existing.maxCount } : null;
  const quota = existing ?? em.create(Quota, { ...scope, maxCount: input.maxCount });
  quota.maxCount = input.maxCount;
  await auditConfig(
    em,
    actor,
    issuing.id,
    { type: 'Quota', id: quota.id },
    { maxCount: input.maxCount, scope: field, awardCode: award?.code ?? null },
    before,
  );
  await em.flush();
  return quota;
}
