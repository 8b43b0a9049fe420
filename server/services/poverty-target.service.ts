import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type UserErrorData } from '../../domain/error-codes';
import { fieldLabel, povertyMessages as M, userErrorOf } from '../../domain/messages';
import { PovertyTargetKind } from '../../domain/poverty-enums';
import type { PovertyTargetRule } from '../../domain/poverty-rules';
import type { Viewer } from '../auth/viewer';
import { Campaign } from '../entities/campaign.entity';
import { PovertyTarget } from '../entities/poverty-target.entity';
import { User } from '../entities/user.entity';
import { findOrRefuse } from '../store/load';
import { auditConfig, requireCampaignAdmin } from './config-access';
import { POVERTY_YEARS } from './poverty-count.service';

type Optional<T> = { [K in keyof T]?: T[K] | null };

export type PovertyTargetInput = Pick<PovertyTargetRule, 'kind' | 'targetYear'> &
  Optional<Omit<PovertyTargetRule, 'kind' | 'targetYear'>> & { planText: string };

type ValueField =
  'reductionPoints' | 'highRateThreshold' | 'highRateReductionPoints' | 'maxRatePercent' | 'reductionPercent';

/** The values each kind keeps (the others are stored empty) and those it cannot do without. */
const KINDS: Record<PovertyTargetKind, { keeps: ValueField[]; needs: ValueField[]; baseYear: boolean }> = {
  [PovertyTargetKind.YEARLY_RATE_REDUCTION]: {
    keeps: ['reductionPoints', 'highRateThreshold', 'highRateReductionPoints'],
    needs: ['reductionPoints'],
    baseYear: true,
  },
  [PovertyTargetKind.NO_POOR_BY_YEAR]: { keeps: ['maxRatePercent'], needs: [], baseYear: false },
  [PovertyTargetKind.REDUCTION_VS_BASE]: { keeps: ['reductionPercent'], needs: ['reductionPercent'], baseYear: true },
};
const VALUE_FIELDS: ValueField[] = [
  'reductionPoints',
  'highRateThreshold',
  'highRateReductionPoints',
  'maxRatePercent',
  'reductionPercent',
];
const given = (value: number | null | undefined): value is number => value !== null && value !== undefined;

function targetErrors(input: PovertyTargetInput): UserErrorData[] {
  const errors: UserErrorData[] = [];
  const need = KINDS[input.kind];
  const year = (field: 'baseYear' | 'targetYear' | 'untilYear', value: number | null | undefined) => {
    if (value !== null && value !== undefined && (value < POVERTY_YEARS.min || value > POVERTY_YEARS.max))
      errors.push(userErrorOf(M.yearOutOfRange, { year: value, ...POVERTY_YEARS }, field));
  };
  year('baseYear', input.baseYear);
  year('targetYear', input.targetYear);
  year('untilYear', input.untilYear);
  if (need.baseYear && (input.baseYear === null || input.baseYear === undefined))
    errors.push(userErrorOf(M.targetValueMissing, { label: fieldLabel('baseYear').vi }, 'baseYear'));
  for (const field of need.needs)
    if (input[field] === null || input[field] === undefined)
      errors.push(userErrorOf(M.targetValueMissing, { label: fieldLabel(field).vi }, field));
  for (const field of VALUE_FIELDS) {
    const value = input[field];
    if (value !== null && value !== undefined && (value < 0 || value > 100))
      errors.push(userErrorOf(M.targetValueRange, { label: fieldLabel(field).vi, value }, field));
  }
  // A higher reduction needs both its threshold and its figure.
  if (
    input.kind === PovertyTargetKind.YEARLY_RATE_REDUCTION &&
    given(input.highRateThreshold) !== given(input.highRateReductionPoints)
  ) {
    const field = given(input.highRateThreshold) ? 'highRateReductionPoints' : 'highRateThreshold';
    errors.push(userErrorOf(M.targetValueMissing, { label: fieldLabel(field).vi }, field));
  }
  if (need.baseYear && given(input.baseYear) && input.baseYear >= input.targetYear)
    errors.push(userErrorOf(M.baseAfterTarget, { baseYear: input.baseYear, targetYear: input.targetYear }, 'baseYear'));
  if (given(input.untilYear) && input.untilYear < input.targetYear)
    errors.push(
      userErrorOf(M.untilBeforeTarget, { untilYear: input.untilYear, targetYear: input.targetYear }, 'untilYear'),
    );
  if (!input.planText.trim()) errors.push(userErrorOf(M.planTextRequired, {}, 'planText'));
  return errors;
}

/** attachPovertyTarget: an ADMIN over the campaign's issuing unit adds a target of the plan. */
export async function attachPovertyTarget(
  deps: { em: EntityManager; viewer: Viewer },
  campaignId: string,
  input: PovertyTargetInput,
): Promise<{ target: PovertyTarget }> {
  const { campaign, unit } = await requireCampaignAdmin(deps.em, deps.viewer, campaignId);
  const errors = targetErrors(input);
  if (errors.length) throw DomainError.all(errors);
  const kind = KINDS[input.kind];
  const values = Object.fromEntries(VALUE_FIELDS.map((f) => [f, kind.keeps.includes(f) ? (input[f] ?? null) : null]));
  const target = deps.em.create(PovertyTarget, {
    campaign,
    kind: input.kind,
    baseYear: kind.baseYear ? input.baseYear : null,
    targetYear: input.targetYear,
    untilYear: input.untilYear ?? null,
    ...values,
    maxRatePercent: input.kind === PovertyTargetKind.NO_POOR_BY_YEAR ? (input.maxRatePercent ?? 0) : null,
    strict: input.strict ?? false,
    unitTypes: (input.unitTypes ?? []).map((t) => t.normalize('NFC').trim()).filter(Boolean),
    planText: input.planText.normalize('NFC').trim(),
    createdBy: deps.em.getReference(User, deps.viewer.user.id),
  });
  await deps.em.flush();
  await auditConfig(deps.em, deps.viewer, unit.id, { type: 'PovertyTarget', id: target.id }, ruleOf(target) as never);
  await deps.em.flush();
  return { target };
}

/** The rule a stored target states. */
export function ruleOf(t: PovertyTarget): PovertyTargetRule {
  return {
    kind: t.kind,
    baseYear: t.baseYear ?? null,
    targetYear: t.targetYear,
    untilYear: t.untilYear ?? null,
    reductionPoints: t.reductionPoints ?? null,
    highRateThreshold: t.highRateThreshold ?? null,
    highRateReductionPoints: t.highRateReductionPoints ?? null,
    maxRatePercent: t.maxRatePercent ?? null,
    reductionPercent: t.reductionPercent ?? null,
    strict: t.strict,
    unitTypes: t.unitTypes,
  };
}

/** povertyTargets: a campaign's targets. A plan is a public document: any signed-in officer reads them. */
export async function povertyTargetsOf(em: EntityManager, campaignId: string) {
  const campaign = await findOrRefuse(em, Campaign, campaignId, 'campaignId');
  return em.find(PovertyTarget, { campaign }, { orderBy: { targetYear: 'asc', createdAt: 'asc' } });
}
