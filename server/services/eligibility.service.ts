import type { EntityManager } from '@mikro-orm/postgresql';
import { evaluateEligibility, type EligibilityOutcome } from '../../domain/eligibility';
import { ELIGIBILITY_RULES, ruleFor, type EligibilityRule } from '../../domain/eligibility-rules';
import { DocumentSlot, type CommendationKind, type NomineeKind } from '../../domain/enums';
import { legalPeriodOn } from '../../domain/legal-periods';
import { eligibilityMessages as M, refusal, requirementEn, requirementVi } from '../../domain/messages';
import type { DeclaredAward } from '../../domain/nominee-records';
import { vietnamToday } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import { AwardRecord } from '../entities/award-record.entity';
import { AwardType } from '../entities/award-type.entity';
import { DossierDocument } from '../entities/dossier-document.entity';
import { Initiative } from '../entities/initiative.entity';
import { Nomination } from '../entities/nomination.entity';

/** Who is proposed for what, for which year, under the law of which day. */
export interface EligibilitySubject {
  nomineeId: string;
  nominationId: string | null;
  award: Pick<AwardType, 'code' | 'name'>;
  nomineeKind: NomineeKind;
  commendationKind: CommendationKind;
  year: number;
  day: string;
  declared: readonly DeclaredAward[];
  priorAwardCodes: readonly string[];
}

export interface EligibilityCheck extends EligibilityOutcome {
  rule: EligibilityRule | null;
  year: number;
}

export function subjectOf(nomination: Nomination, award: AwardType, year: number, day: string): EligibilitySubject {
  return {
    nomineeId: nomination.nominee.id,
    nominationId: nomination.id,
    award,
    nomineeKind: nomination.nomineeKind,
    commendationKind: nomination.commendationKind,
    year,
    day,
    declared: nomination.declaredAwards,
    priorAwardCodes: nomination.priorAwardCodes,
  };
}

/** The award's rule for the subject, checked against the registry, the initiatives and what is declared. */
export async function checkEligibility(
  em: EntityManager,
  subject: EligibilitySubject,
  { evidence = true } = {},
): Promise<EligibilityCheck> {
  const period = legalPeriodOn(subject.day).code;
  const rule = ruleFor(ELIGIBILITY_RULES, subject.award.code, period, subject.nomineeKind, subject.commendationKind);
  if (!rule) return { met: true, verified: true, alternatives: [], rule: null, year: subject.year };
  const [records, initiatives, documents] = await Promise.all([
    em.find(
      AwardRecord,
      { nominee: subject.nomineeId, nomination: { $ne: subject.nominationId } },
      { populate: ['award'] },
    ),
    em.find(Initiative, { nominee: subject.nomineeId }),
    subject.nominationId
      ? em.count(DossierDocument, {
          nomination: subject.nominationId,
          slot: DocumentSlot.INITIATIVE_RECOGNITION,
          storedAt: { $ne: null },
        })
      : 0,
  ]);
  const declared = [
    ...subject.declared.map((d) => ({ awardCode: d.awardCode, year: d.year })),
    ...subject.priorAwardCodes.map((awardCode) => ({ awardCode, year: null })),
  ];
  const outcome = evaluateEligibility(
    rule.anyOf,
    {
      year: subject.year,
      registry: records.map((r) => ({
        id: r.id,
        awardCode: r.award.code,
        year: r.year,
        commendationKind: r.commendationKind,
        revoked: !!r.revokedAt,
      })),
      declared,
      initiatives: initiatives.map((i) => ({ id: i.id, scope: i.scope, year: i.year })),
      initiativeDocument: documents > 0,
    },
    { evidence },
  );
  return { ...outcome, rule, year: subject.year };
}

/**
 * Refuses a nominee the rule does not admit, naming the unmet requirements of the closest
 * alternative: AWARD_PREREQUISITE_MISSING when prior awards are missing, ELIGIBILITY_NOT_MET when
 * only the evidence (the initiative) is.
 */
export async function assertEligibleNow(em: EntityManager, subject: EligibilitySubject, { evidence = true } = {}) {
  const check = await checkEligibility(em, subject, { evidence });
  if (check.met || !check.rule) return check;
  const closest = [...check.alternatives].sort((a, b) => unmet(a).length - unmet(b).length)[0];
  const missing = unmet(closest).map((r) => r.requirement);
  const names = new Map((await em.find(AwardType, {}, { fields: ['code', 'name'] })).map((a) => [a.code, a.name]));
  const name = (code: string) => names.get(code) ?? code;
  const params = {
    award: subject.award.name,
    basis: check.rule.basis,
    missingVi: missing.map((r) => requirementVi(r, check.year, name)),
    missingEn: missing.map((r) => requirementEn(r, check.year, name)),
  };
  const onlyEvidence = missing.every((r) => r.kind === 'INITIATIVE');
  throw refusal(
    onlyEvidence ? M.evidenceMissing : M.prerequisitesNotMet,
    params,
    onlyEvidence ? 'initiatives' : 'priorAwardCodes',
  );
}

function unmet(results: EligibilityOutcome['alternatives'][number]) {
  return results.filter((r) => r.status === 'NOT_MET');
}

/**
 * At submission and at each level's approval: the full rule, evidence included, under the law of
 * the submission day (the rehearsed day when one is configured).
 */
export async function assertNominationEligible(
  em: EntityManager,
  nominationId: string,
  config: Pick<AppConfig, 'submissionDay'>,
) {
  const nomination = await em.findOneOrFail(Nomination, nominationId, { populate: ['award', 'period'] });
  const day = config.submissionDay ?? vietnamToday(nomination.submittedAt ?? undefined);
  return assertEligibleNow(em, subjectOf(nomination, nomination.award, nomination.period.year, day));
}
