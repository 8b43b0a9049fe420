import { Gender, NomineeKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { cleanNomineeFacts, type NomineeFactsInput } from '../../domain/nominee-facts';

function refusal(work: () => void): DomainError | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** Every fact given, so each kind shows which it keeps. */
const EVERYTHING: NomineeFactsInput = {
  gender: Gender.FEMALE,
  position: '  Trưởng thôn  ',
  workplace: 'UBND phường Xuân Tăng',
  memberCount: 10,
  femaleMemberCount: 7,
  householdHead: ' Lò Văn Pao ',
  priorAwardCodes: [' LAO_DONG_TIEN_TIEN ', 'LAO_DONG_TIEN_TIEN', '', 'GIAY_KHEN_CHU_TICH_XA'],
};
const EMPTY = { gender: null, position: null, workplace: null, memberCount: null, femaleMemberCount: null, householdHead: null };
const PRIOR = ['LAO_DONG_TIEN_TIEN', 'GIAY_KHEN_CHU_TICH_XA'];

describe('cleanNomineeFacts keeps the facts of the nominee kind', () => {
  it.each([
    [NomineeKind.INDIVIDUAL, { gender: Gender.FEMALE, position: 'Trưởng thôn', workplace: 'UBND phường Xuân Tăng' }],
    [NomineeKind.COLLECTIVE, { memberCount: 10, femaleMemberCount: 7 }],
    [NomineeKind.HOUSEHOLD, { householdHead: 'Lò Văn Pao' }],
  ])('%s keeps %j, trimmed, and the prior awards without blanks or repeats', (kind, kept) => {
    expect(cleanNomineeFacts(kind, EVERYTHING)).toEqual({ ...EMPTY, ...kept, priorAwardCodes: PRIOR });
  });

  it.each([NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE])('%s may give no facts at all', (kind) => {
    expect(cleanNomineeFacts(kind, null)).toEqual({ ...EMPTY, priorAwardCodes: [] });
    expect(cleanNomineeFacts(kind, undefined)).toEqual({ ...EMPTY, priorAwardCodes: [] });
  });

  it('blank optional texts become null', () => {
    expect(cleanNomineeFacts(NomineeKind.INDIVIDUAL, { position: '   ', workplace: '' })).toMatchObject({ position: null, workplace: null });
  });
});

describe('cleanNomineeFacts checks the facts', () => {
  it.each([
    ['no household head', NomineeKind.HOUSEHOLD, {}, ErrorCode.REQUIRED, 'householdHead'],
    ['a blank household head', NomineeKind.HOUSEHOLD, { householdHead: '  ' }, ErrorCode.REQUIRED, 'householdHead'],
    ['a household head of 201 characters', NomineeKind.HOUSEHOLD, { householdHead: 'a'.repeat(201) }, ErrorCode.TEXT_TOO_LONG, 'householdHead'],
    ['a position of 201 characters', NomineeKind.INDIVIDUAL, { position: 'b'.repeat(201) }, ErrorCode.TEXT_TOO_LONG, 'position'],
    ['no members', NomineeKind.COLLECTIVE, { memberCount: 0 }, ErrorCode.INVALID_VALUE, 'facts.memberCount'],
    ['half a member', NomineeKind.COLLECTIVE, { memberCount: 2.5 }, ErrorCode.INVALID_VALUE, 'facts.memberCount'],
    ['more women than members', NomineeKind.COLLECTIVE, { memberCount: 10, femaleMemberCount: 11 }, ErrorCode.INVALID_VALUE, 'facts.femaleMemberCount'],
    ['a negative number of women', NomineeKind.COLLECTIVE, { memberCount: 10, femaleMemberCount: -1 }, ErrorCode.INVALID_VALUE, 'facts.femaleMemberCount'],
    ['a fractional number of women', NomineeKind.COLLECTIVE, { femaleMemberCount: 1.5 }, ErrorCode.INVALID_VALUE, 'facts.femaleMemberCount'],
  ])('%s → %s on %s', (_label, kind, input, code, field) => {
    const error = refusal(() => cleanNomineeFacts(kind, input));
    expect(error?.error).toMatchObject({ code, field });
  });

  it.each([
    [10, 10],
    [10, 0],
    [1, 1],
    [null, 5],
  ])('a collective of %p members with %p women is accepted', (memberCount, femaleMemberCount) => {
    expect(cleanNomineeFacts(NomineeKind.COLLECTIVE, { memberCount, femaleMemberCount })).toMatchObject({ memberCount, femaleMemberCount });
  });

  it('says the member count in the message about women', () => {
    const error = refusal(() => cleanNomineeFacts(NomineeKind.COLLECTIVE, { memberCount: 10, femaleMemberCount: 11 }));
    expect(error?.error.messageVi).toContain('(10)');
  });

  it('facts of another kind are not checked: women above members on an individual are dropped', () => {
    expect(cleanNomineeFacts(NomineeKind.INDIVIDUAL, { memberCount: 1, femaleMemberCount: 5 })).toMatchObject({ memberCount: null, femaleMemberCount: null });
  });
});
