import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminLevel, PeriodKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertDay, assertNoOverlap, assertRange } from '../../domain/campaign-rules';
import { grantingLevelOf } from '../../domain/routing';
import { routingPolicyErrors } from '../../domain/routing-policy-rules';
import { dayVi, powersMessages, refusal } from '../../domain/messages';
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
  /** Policies by code; by default every built-in policy in force on some day of the period. */
  routingPolicyCodes?: string[] | null;
  levelCutoffs?: { level: AdminLevel; day: string }[] | null;
}

/** The days a period's nominations may be made and submitted on: its dates and its window. */
interface Span {
  from: string;
  to: string;
}

const overlaps = (p: RoutingPolicyEntity, span: Span) =>
  p.effectiveFrom <= span.to && (!p.effectiveTo || p.effectiveTo >= span.from);

/** The first day of the span the policy is in force: its stages must fit the unit tree of that day. */
const firstDayIn = (p: RoutingPolicyEntity, span: Span) => (p.effectiveFrom > span.from ? p.effectiveFrom : span.from);

/**
 * Picks the period's policies: those in force on some day of it, each fitting the unit tree of its
 * first day there, one per granting level at any day. A period that straddles 1 July 2025 holds the
 * policies of both sides; each nomination follows the one in force on the day it is submitted.
 */
async function choosePolicies(em: EntityManager, span: Span, codes: string[] | null | undefined) {
  const builtIn = codes?.length
    ? []
    : await em.find(RoutingPolicyEntity, { builtIn: true }, { orderBy: { code: 'asc' } });
  const fitting: RoutingPolicyEntity[] = [];
  for (const p of builtIn) {
    if (overlaps(p, span) && !routingPolicyErrors(p.stages, await levelsInForce(em, firstDayIn(p, span))).length)
      fitting.push(p);
  }
  const candidates = codes?.length ? await em.find(RoutingPolicyEntity, { code: { $in: codes } }) : fitting;
  const unknown = (codes ?? []).filter((code) => !candidates.some((p) => p.code === code));
  if (unknown.length) {
    throw DomainError.of(ErrorCode.NOT_FOUND, 'routingPolicyCodes', {
      en: `Unknown routing policies: ${unknown.join(', ')}.`,
      vi: `Không có quy trình: ${unknown.join(', ')}.`,
    });
  }
  if (!candidates.length) {
    throw DomainError.of(ErrorCode.STAGE_LEVEL_UNAVAILABLE, 'routingPolicyCodes', {
      en: `No routing policy fits the unit tree in force from ${span.from} to ${span.to}.`,
      vi: `Không có quy trình phù hợp với hệ thống đơn vị hành chính từ ngày ${dayVi(span.from)} đến ngày ${dayVi(span.to)}.`,
    });
  }
  for (const policy of candidates) {
    if (!overlaps(policy, span)) {
      throw DomainError.of(ErrorCode.INVALID_VALUE, 'routingPolicyCodes', {
        en: `Policy ${policy.code} is not in force on any day from ${span.from} to ${span.to}.`,
        vi: `Quy trình ${policy.name} không áp dụng ngày nào từ ${dayVi(span.from)} đến ${dayVi(span.to)}.`,
      });
    }
    const levels = await levelsInForce(em, firstDayIn(policy, span));
    const errors = routingPolicyErrors(policy.stages, levels).map((e) => ({
      ...e,
      field: 'routingPolicyCodes',
      message: `${policy.code}: ${e.message}`,
      messageVi: `${policy.name}: ${e.messageVi}`,
    }));
    if (errors.length) throw DomainError.all(errors);
  }
  assertOnePerLevelAtATime(candidates);
  return candidates;
}

/** Two policies ending at the same level must not be in force on the same day (a simplified one goes beside one normal one). */
function assertOnePerLevelAtATime(policies: RoutingPolicyEntity[]): void {
  for (const [i, a] of policies.entries()) {
    const clash = policies
      .slice(i + 1)
      .find(
        (b) =>
          grantingLevelOf(a) === grantingLevelOf(b) &&
          a.simplified === b.simplified &&
          a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') &&
          b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31'),
      );
    if (!clash) continue;
    throw DomainError.of(ErrorCode.DUPLICATE, 'routingPolicyCodes', {
      en: `${a.code} and ${clash.code} end at the same level on the same days: choose one per level at a time.`,
      vi: `Quy trình "${a.name}" và "${clash.name}" cùng kết thúc ở một cấp trong cùng thời gian; mỗi cấp ra quyết định chỉ chọn một quy trình.`,
    });
  }
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
  const span = {
    from: input.submissionOpensOn < input.startsOn ? input.submissionOpensOn : input.startsOn,
    to: input.submissionClosesOn > input.endsOn ? input.submissionClosesOn : input.endsOn,
  };
  const policies = await choosePolicies(em, span, input.routingPolicyCodes);
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
