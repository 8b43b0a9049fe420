import { AwardLevel, NomineeKind } from './enums';
import { awardMessages as M, refusal } from './messages';

export interface AwardRule {
  code: string;
  name: string;
  grantingLevel: AwardLevel;
  nomineeKinds: NomineeKind[];
  /** Codes of awards a nominee usually holds first; the conditions themselves are domain/eligibility-rules.ts. */
  prerequisiteCodes: string[];
}

/** The award is given to the nominee's kind (a household gets no Chiến sĩ thi đua). */
export function assertNomineeKind(award: Pick<AwardRule, 'name' | 'nomineeKinds'>, kind: NomineeKind): void {
  if (!award.nomineeKinds.includes(kind)) {
    throw refusal(M.nomineeKindNotAllowed, { award: award.name, kind }, 'awardCode');
  }
}
