import { AwardLevel, NomineeKind } from './enums';
import { awardMessages as M, refusal } from './messages';

export interface AwardRule {
  code: string;
  name: string;
  grantingLevel: AwardLevel;
  nomineeKinds: NomineeKind[];
  /** Codes of awards the nominee must already hold, e.g. Chiến sĩ thi đua cơ sở needs Lao động tiên tiến. */
  prerequisiteCodes: string[];
}

/**
 * The nominee's kind and declared prior awards must satisfy the award. `nameOf` names a missing
 * prerequisite in the refusal (a code is no name for an officer); without it the code is shown.
 */
export function assertEligible(
  award: AwardRule,
  kind: NomineeKind,
  priorAwardCodes: readonly string[],
  nameOf: (code: string) => string | undefined = () => undefined,
): void {
  if (!award.nomineeKinds.includes(kind)) {
    throw refusal(M.nomineeKindNotAllowed, { award: award.name, kind }, 'awardCode');
  }
  const missing = award.prerequisiteCodes.filter((code) => !priorAwardCodes.includes(code));
  if (missing.length) {
    const names = missing.map((code) => nameOf(code) ?? code);
    throw refusal(M.prerequisiteMissing, { award: award.name, missing: names }, 'priorAwardCodes');
  }
}
