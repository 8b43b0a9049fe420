import { Gender, NomineeKind } from './enums';
import { refusal, validationMessages as M } from './messages';
import { cleanText } from './text-rules';

export interface NomineeFacts {
  gender: Gender | null;
  position: string | null;
  workplace: string | null;
  memberCount: number | null;
  femaleMemberCount: number | null;
  householdHead: string | null;
  priorAwardCodes: string[];
}

export type NomineeFactsInput = Partial<{ [K in keyof NomineeFacts]: NomineeFacts[K] | null | undefined }>;

const optional = (field: 'position' | 'workplace' | 'householdHead', value: string | null | undefined) =>
  cleanText(field, value, false) || null;

/**
 * Keeps the facts that apply to the nominee's kind and checks them: a household names its head,
 * a collective's women cannot outnumber its members.
 */
export function cleanNomineeFacts(kind: NomineeKind, input: NomineeFactsInput | null | undefined): NomineeFacts {
  const facts: NomineeFacts = {
    gender: null,
    position: null,
    workplace: null,
    memberCount: null,
    femaleMemberCount: null,
    householdHead: null,
    priorAwardCodes: [...new Set((input?.priorAwardCodes ?? []).map((code) => code.trim()).filter(Boolean))],
  };
  if (kind === NomineeKind.INDIVIDUAL) {
    facts.gender = input?.gender ?? null;
    facts.position = optional('position', input?.position);
    facts.workplace = optional('workplace', input?.workplace);
  }
  if (kind === NomineeKind.COLLECTIVE) {
    const members = input?.memberCount ?? null;
    const women = input?.femaleMemberCount ?? null;
    if (members !== null && (!Number.isInteger(members) || members < 1)) {
      throw refusal(M.memberCountInvalid, {}, 'facts.memberCount');
    }
    if (women !== null && (!Number.isInteger(women) || women < 0 || (members !== null && women > members))) {
      throw refusal(M.femaleMemberCountInvalid, { members }, 'facts.femaleMemberCount');
    }
    facts.memberCount = members;
    facts.femaleMemberCount = women;
  }
  if (kind === NomineeKind.HOUSEHOLD) {
    facts.householdHead = cleanText('householdHead', input?.householdHead);
  }
  return facts;
}
