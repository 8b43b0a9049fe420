import { Gender, NomineeKind } from '../../domain/enums';
import { cutToQuota, placesLeft, quotasBounding, type QuotaRule } from '../../domain/quota-cut';
import { buildShortlist } from '../../domain/shortlist';

const { INDIVIDUAL, COLLECTIVE } = NomineeKind;
type C = { id: string; score: number; nomineeKind: NomineeKind; movementId: string; awardId: string; gender?: Gender; memberCount?: number; femaleMemberCount?: number };
const ind = (id: string, score: number, gender = Gender.MALE, awardId = 'GK'): C => ({ id, score, nomineeKind: INDIVIDUAL, movementId: 'm1', awardId, gender });
const col = (id: string, score: number, women: number, members = 10): C => ({ id, score, nomineeKind: COLLECTIVE, movementId: 'm1', awardId: 'GK', memberCount: members, femaleMemberCount: women });

/** One quota "q" of `left` places bounding every candidate of the case. */
const cut = (passed: C[], left: number | null) =>
  cutToQuota(passed, () => (left === null ? [] : ['q']), new Map(left === null ? [] : [['q', left]]));

describe('the quota cut after the council vote', () => {
  it.each<[string, C[], number | null, string[], string[]]>([
    ['no quota: every passed entry goes on', [ind('a', 50), ind('b', 90)], null, ['b', 'a'], []],
    ['highest scores first', [ind('a', 70), ind('b', 90), ind('c', 80)], 2, ['b', 'c'], ['a']],
    ['a tie goes to the woman', [ind('a', 80), ind('b', 80, Gender.FEMALE)], 1, ['b'], ['a']],
    ['equal scores, neither favoured: stable by id', [ind('b', 80), ind('a', 80)], 1, ['a'], ['b']],
    ['a tie goes to the collective at least 70 % women', [col('a', 80, 6), col('b', 80, 7)], 1, ['b'], ['a']],
    ['69 % women is not favoured', [col('b', 80, 69, 100), col('a', 80, 5)], 1, ['a'], ['b']],
    ['a higher score beats the tie-break', [ind('a', 81), ind('b', 80, Gender.FEMALE)], 1, ['a'], ['b']],
    ['no place left after earlier commendations', [ind('a', 90)], placesLeft(3, 3), [], ['a']],
    ['places left after earlier commendations', [ind('a', 90), ind('b', 80), ind('c', 70)], placesLeft(3, 1), ['a', 'b'], ['c']],
    ['more places than entries', [ind('a', 90)], 5, ['a'], []],
  ])('%s', (_case, passed, left, within, beyond) => {
    const result = cut(passed, left);
    expect(result.within.map((c) => c.id)).toEqual(within);
    expect(result.beyond.map((c) => c.id)).toEqual(beyond);
  });

  it('each quota counts only what it bounds: a Giấy khen quota leaves the Bằng khen entries alone', () => {
    const passed = [ind('gk1', 90), ind('gk2', 80), ind('bk1', 70, Gender.MALE, 'BK')];
    const result = cutToQuota(passed, (c) => (c.awardId === 'GK' ? ['gk'] : []), new Map([['gk', 1]]));
    expect(result.within.map((c) => c.id)).toEqual(['gk1', 'bk1']);
    expect(result.beyond.map((c) => c.id)).toEqual(['gk2']);
  });

  it('an entry bound by two quotas needs a place in both', () => {
    const passed = [ind('a', 90), ind('b', 80, Gender.MALE, 'BK')];
    const quotas = (c: C) => (c.awardId === 'GK' ? ['gk', 'all'] : ['all']);
    const result = cutToQuota(passed, quotas, new Map([['gk', 5], ['all', 1]]));
    expect(result.within.map((c) => c.id)).toEqual(['a']);
    expect(result.beyond.map((c) => c.id)).toEqual(['b']);
  });
});

describe('the quotas that bound a decision', () => {
  const rule = (id: string, over: Partial<QuotaRule>): QuotaRule => ({ id, movementId: 'm1', nomineeKind: INDIVIDUAL, awardId: 'GK', unitId: null, level: 'DISTRICT', maxCount: 3, ...over });
  const rules = [
    rule('level', {}),
    rule('tinhBien', { unitId: 'tinhBien', level: null, maxCount: 6 }),
    rule('legacy', { unitId: 'tinhBien', level: null, awardId: null, maxCount: 9 }),
    rule('other-movement', { movementId: 'm2' }),
    rule('collectives', { nomineeKind: COLLECTIVE }),
    rule('province', { level: 'PROVINCE', awardId: 'BK' }),
  ];
  const target = (unitId: string, level = 'DISTRICT', awardId = 'GK') => ({ unitId, level, movementId: 'm1', nomineeKind: INDIVIDUAL, awardId });

  it.each<[string, ReturnType<typeof target>, string[]]>([
    ["each district has the level's quota of its own", target('saPa'), ['level']],
    ["the unit's own quota takes precedence over its level's; its every-form quota also applies", target('tinhBien'), ['tinhBien', 'legacy']],
    ['a commune is not bound by the district level quota', target('xuanTang', 'COMMUNE'), []],
    ['another award form is not bound by the Giấy khen quota', target('saPa', 'DISTRICT', 'BK'), []],
    ['the province chair’s Bằng khen', target('laoCai', 'PROVINCE', 'BK'), ['province']],
  ])('%s', (_case, t, ids) => {
    expect(quotasBounding(rules, t).map((q) => q.id)).toEqual(ids);
  });
});

describe('the shortlist holds every approved candidate', () => {
  it('ranks within award, movement and nominee kind and leaves nobody out', () => {
    const list = buildShortlist([ind('a', 70), ind('b', 90), ind('c', 80, Gender.MALE, 'BK'), col('d', 60, 8)]);
    expect(list.map((e) => [e.candidate.id, e.rank])).toEqual([['c', 1], ['d', 1], ['b', 1], ['a', 2]]);
  });
});
