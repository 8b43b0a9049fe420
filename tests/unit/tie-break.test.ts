import { Gender, NomineeKind } from '../../domain/enums';
import { favouredInTies, rankCandidates, WOMEN_COLLECTIVE_SHARE, type RankedCandidate } from '../../domain/tie-break';

const woman = (id: string, score: number): RankedCandidate => ({ id, score, nomineeKind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE });
const man = (id: string, score: number): RankedCandidate => ({ id, score, nomineeKind: NomineeKind.INDIVIDUAL, gender: Gender.MALE });
const collective = (id: string, score: number, memberCount: number | null, femaleMemberCount: number | null): RankedCandidate => ({
  id,
  score,
  nomineeKind: NomineeKind.COLLECTIVE,
  memberCount,
  femaleMemberCount,
});
const household = (id: string, score: number): RankedCandidate => ({ id, score, nomineeKind: NomineeKind.HOUSEHOLD, gender: Gender.FEMALE });

describe('favouredInTies', () => {
  it('the share is 70 %', () => expect(WOMEN_COLLECTIVE_SHARE).toBe(0.7));

  it.each([
    ['a woman', woman('a', 1), true],
    ['a man', man('a', 1), false],
    ['an individual of unknown gender', { id: 'a', score: 1, nomineeKind: NomineeKind.INDIVIDUAL }, false],
    ['a collective 7/10 women', collective('a', 1, 10, 7), true],
    ['a collective 10/10 women', collective('a', 1, 10, 10), true],
    ['a collective 69/100 women', collective('a', 1, 100, 69), false],
    ['a collective 70/100 women', collective('a', 1, 100, 70), true],
    ['a collective 2/3 women', collective('a', 1, 3, 2), false],
    ['a collective of unknown size', collective('a', 1, null, 5), false],
    ['a collective of unknown women', collective('a', 1, 10, null), false],
    ['a household, even headed by a woman', household('a', 1), false],
  ])('%s: %s', (_label, candidate, favoured) => {
    expect(favouredInTies(candidate as RankedCandidate)).toBe(favoured);
  });
});

const ids = (list: RankedCandidate[]) => rankCandidates(list).map((c) => c.id);

describe('rankCandidates', () => {
  it.each([
    ['score first, even over the favoured', [woman('w', 80), man('m', 90)], ['m', 'w']],
    ['a woman before a man on equal score', [man('m', 90), woman('w', 90)], ['w', 'm']],
    ['a 7/10-women collective before another collective', [collective('c69', 85, 100, 69), collective('c70', 85, 10, 7)], ['c70', 'c69']],
    ['a 7/10-women collective before a man', [man('a', 85), collective('z', 85, 10, 7)], ['z', 'a']],
    ['a household is never favoured', [household('a', 70), man('b', 70), woman('c', 70)], ['c', 'a', 'b']],
    ['equal and unfavoured: by id', [man('b', 70), household('c', 70), collective('a', 70, 100, 69)], ['a', 'b', 'c']],
    ['equal and favoured: by id', [woman('b', 70), collective('a', 70, 10, 8)], ['a', 'b']],
  ])('%s', (_label, candidates, expected) => {
    expect(ids(candidates)).toEqual(expected);
  });

  it('a mixed list: score, then favour, then id', () => {
    const list = [man('m1', 90), woman('w1', 80), man('m2', 80), collective('c1', 80, 10, 7), household('h1', 80), woman('w2', 95), man('m0', 80)];
    expect(ids(list)).toEqual(['w2', 'm1', 'c1', 'w1', 'h1', 'm0', 'm2']);
  });

  it('gives the same order whatever the input order, and leaves the input as it was', () => {
    const list = [man('m', 90), woman('w', 90), collective('c', 90, 10, 7), household('h', 90), man('a', 91)];
    const copy = [...list];
    const expected = ids(list);
    expect(ids([...list].reverse())).toEqual(expected);
    expect(ids([list[2], list[0], list[4], list[1], list[3]])).toEqual(expected);
    expect(list).toEqual(copy);
  });

  it('an empty list ranks to an empty list', () => expect(rankCandidates([])).toEqual([]));
});
