import { AdminLevel, AwardLevel, NomineeKind } from './enums';
import { DomainError, ErrorCode } from './error-codes';

export interface AwardRule {
  code: string;
  name: string;
  grantingLevel: AwardLevel;
  nomineeKinds: NomineeKind[];
  /** Codes of awards the nominee must already hold, e.g. Chiến sĩ thi đua cơ sở needs Lao động tiên tiến. */
  prerequisiteCodes: string[];
}

/** True when the level where a pipeline ends may grant the award. */
export function canGrantAt(award: Pick<AwardRule, 'grantingLevel'>, level: AdminLevel): boolean {
  return (award.grantingLevel as string) === (level as string);
}

export function assertGrantableAt(award: AwardRule, level: AdminLevel, field = 'awardCode'): void {
  if (canGrantAt(award, level)) return;
  throw DomainError.of(ErrorCode.AWARD_LEVEL_MISMATCH, field, {
    en: `"${award.name}" is granted at ${award.grantingLevel} level, but this pipeline ends at ${level}.`,
    vi: `"${award.name}" do cấp ${award.grantingLevel} tặng, nhưng quy trình này kết thúc ở cấp ${level}.`,
  });
}

/** The nominee's kind and declared prior awards must satisfy the award. */
export function assertEligible(award: AwardRule, kind: NomineeKind, priorAwardCodes: readonly string[]): void {
  if (!award.nomineeKinds.includes(kind)) {
    throw DomainError.of(ErrorCode.NOMINEE_KIND_NOT_ALLOWED, 'awardCode', {
      en: `"${award.name}" is not given to ${kind}.`,
      vi: `"${award.name}" không tặng cho đối tượng loại ${kind}.`,
    });
  }
  const missing = award.prerequisiteCodes.filter((code) => !priorAwardCodes.includes(code));
  if (missing.length) {
    throw DomainError.of(ErrorCode.AWARD_PREREQUISITE_MISSING, 'priorAwardCodes', {
      en: `"${award.name}" requires ${missing.join(', ')} first.`,
      vi: `"${award.name}" yêu cầu đã đạt ${missing.join(', ')}.`,
    });
  }
}
