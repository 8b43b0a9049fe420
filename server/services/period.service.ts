import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, PeriodKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertDay, assertNoOverlap, assertRange } from '../../domain/campaign-rules';
import { finalLevel, isInForce } from '../../domain/routing';
import { routingPolicyErrors } from '../../domain/routing-policy-rules';
import { powersMessages, refusal } from '../../domain/messages';
import { cleanText } from '../../domain/text-rules';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Period } from '../entities/period.entity';
import { RoutingPolicyEntity } from '../entities/routing-policy.entity';
import { auditConfig, requireCampaignAdmin, type ConfigActor } from './config-access';
import { levelsInForce } from './routing-policy.service';

export interface PeriodInput {
  campaignId: string;
  kind: PeriodKind;
  year: number;
  name: string;
  startsOn: string;
  endsOn: string;
  submissionOpensOn: string;
  submissionClosesOn: string;
  /** Policies by code; by default every policy in force on startsOn. */
  routingPolicyCodes?: string[] | null;
  levelCutoffs?: { level: AdminLevel; day: string }[] | null;
}

/**
 * Picks the period's policies: in force on its first day, their stages on levels the unit tree of
 * that day has (three tiers before 1 July 2025, two after), one per level where pipelines end.
 */
async function choosePolicies(em: EntityManager, startsOn: string, codes: string[] | null | undefined) {
  const levels = await levelsInForce(em, startsOn);
  const candidates = codes?.length
    ? await em.find(RoutingPolicyEntity, { code: { $in: codes } })
    : defaultsPerLevel(
        (await em.find(RoutingPolicyEntity, { builtIn: true }, { orderBy: { code: 'asc' } })).filter(
          (p) => isInForce(p, startsOn) && !routingPolicyErrors(p.stages, levels).length,
        ),
      );
  const unknown = (codes ?? []).filter((code) => !candidates.some((p) => p.code === code));
  if (unknown.length) {
    throw DomainError.of(ErrorCode.NOT_FOUND, 'routingPolicyCodes', {
      en: `Unknown routing policies: ${unknown.join(', ')}.`,
      vi: `Không có quy trình: ${unknown.join(', ')}.`,
    });
  }
  if (!candidates.length) {
    throw DomainError.of(ErrorCode.STAGE_LEVEL_UNAVAILABLE, 'routingPolicyCodes', {
      en: `No routing policy fits the unit tree in force on ${startsOn}.`,
      vi: `Không có quy trình phù hợp với hệ thống đơn vị hành chính ngày ${startsOn}.`,
    });
  }
  for (const policy of candidates) {
    const errors = routingPolicyErrors(policy.stages, levels).map((e) => ({
      ...e,
      field: 'routingPolicyCodes',
      message: `${policy.code}: ${e.message}`,
      messageVi: `${policy.code}: ${e.messageVi}`,
    }));
    if (errors.length) throw DomainError.all(errors);
    if (!isInForce(policy, startsOn)) {
      throw DomainError.of(ErrorCode.INVALID_VALUE, 'routingPolicyCodes', {
        en: `Policy ${policy.code} is not in force on ${startsOn}.`,
        vi: `Quy trình ${policy.code} không áp dụng vào ngày ${startsOn}.`,
      });
    }
  }
  const ends = candidates.map((p) => finalLevel(p));
  if (new Set(ends).size !== ends.length) {
    throw DomainError.of(ErrorCode.DUPLICATE, 'routingPolicyCodes', {
      en: 'Choose at most one policy per level where pipelines end.',
      vi: 'Mỗi cấp ra quyết định chỉ chọn một quy trình.',
    });
  }
  return candidates;
}

/** The first policy for each level where pipelines end: administrators' own policies are chosen by code. */
function defaultsPerLevel(policies: RoutingPolicyEntity[]): RoutingPolicyEntity[] {
  const seen = new Set<string>();
  return policies.filter((p) => {
    const level = finalLevel(p);
    if (seen.has(level)) return false;
    seen.add(level);
    return true;
  });
}

/** A province's period follows built-in policies or its own units' policies, never another province's. */
async function assertPoliciesOfProvince(em: EntityManager, policies: RoutingPolicyEntity[], issuing: AdminUnit) {
  for (const policy of policies) {
    if (!policy.ownerUnit) continue;
    const owner = await em.findOneOrFail(AdminUnit, policy.ownerUnit.id);
    if (owner.path.startsWith(issuing.path) || issuing.path.startsWith(owner.path)) continue;
    throw refusal(powersMessages.outsideProvince, { unitName: owner.name }, 'routingPolicyCodes');
  }
}

export async function addPeriod(em: EntityManager, actor: ConfigActor, input: PeriodInput) {
  const { campaign, unit } = await requireCampaignAdmin(em, actor, input.campaignId);
  for (const field of ['startsOn', 'endsOn', 'submissionOpensOn', 'submissionClosesOn'] as const)
    assertDay(input[field], field);
  assertRange(input.startsOn, input.endsOn, 'endsOn');
  assertRange(input.submissionOpensOn, input.submissionClosesOn, 'submissionClosesOn');
  if (input.year < campaign.startYear || input.year > campaign.endYear) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'year', {
      en: `The campaign runs ${campaign.startYear}–${campaign.endYear}; ${input.year} is outside it.`,
      vi: `Năm ${input.year} nằm ngoài giai đoạn ${campaign.startYear}–${campaign.endYear} của phong trào.`,
    });
  }
  const sameKind = await em.find(Period, { campaign, kind: input.kind });
  const name = cleanText('name', input.name);
  assertNoOverlap(
    { name, opensOn: input.submissionOpensOn, closesOn: input.submissionClosesOn },
    sameKind.map((p) => ({ name: p.name, opensOn: p.submissionOpensOn, closesOn: p.submissionClosesOn })),
  );
  const policies = await choosePolicies(em, input.startsOn, input.routingPolicyCodes);
  await assertPoliciesOfProvince(em, policies, unit);
  const levelCutoffs: Partial<Record<AdminLevel, string>> = {};
  for (const [i, cutoff] of (input.levelCutoffs ?? []).entries()) {
    assertDay(cutoff.day, `levelCutoffs.${i}.day`);
    assertRange(input.startsOn, cutoff.day, `levelCutoffs.${i}.day`);
    levelCutoffs[cutoff.level] = cutoff.day;
  }
  const period = em.create(Period, {
    campaign,
    kind: input.kind,
    year: input.year,
    name,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    submissionOpensOn: input.submissionOpensOn,
    submissionClosesOn: input.submissionClosesOn,
    levelCutoffs: Object.keys(levelCutoffs).length ? levelCutoffs : null,
  });
  period.routingPolicies.set(policies);
  await auditConfig(
    em,
    actor,
    unit.id,
    { type: 'Period', id: period.id },
    { name, policies: policies.map((p) => p.code) },
  );
  await em.flush();
  return period;
}
