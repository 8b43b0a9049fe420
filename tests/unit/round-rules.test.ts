import { ApprovalThreshold, AwardKind, AdminLevel, Vote } from '../../domain/enums';
import { periodTiming, vietnamDayEnd, vietnamDayStart } from '../../domain/period-timing';
import { certificatePrefix, meanScore, tallyBallots } from '../../domain/round-rules';

describe('meanScore', () => {
  it.each([
    [[90, 80], 85],
    [[90, null], 90],
    [[null, undefined], 0],
    [[], 0],
    [[70, 80, 81], 77],
    [[1, 2], 1.5],
  ])('%j → %d', (scores, mean) => expect(meanScore(scores)).toBe(mean));
});

describe('tallyBallots', () => {
  const members = Array.from({ length: 10 }, (_, i) => `m${i}`);
  const ballots = (yes: number, no = 0) => members.map((memberId, i) => ({ memberId, vote: i < yes ? Vote.YES : i < yes + no ? Vote.NO : Vote.ABSTAIN }));

  it.each([
    [ApprovalThreshold.SIMPLE_MAJORITY, 6, true],
    [ApprovalThreshold.SIMPLE_MAJORITY, 5, false],
    [ApprovalThreshold.NINETY_PERCENT_OF_MEMBERS, 8, false],
    [ApprovalThreshold.NINETY_PERCENT_OF_MEMBERS, 9, true],
  ])('%s with %d of 10 yes: %s', (threshold, yes, passed) => {
    expect(tallyBallots(threshold, ballots(yes, 1), members)).toEqual({ yesVotes: yes, noVotes: 1, passed });
  });

  it('counts only current members, and absent members count against', () => {
    const cast = [{ memberId: 'm0', vote: Vote.YES }, { memberId: 'gone', vote: Vote.YES }, { memberId: 'm1', vote: Vote.YES }];
    expect(tallyBallots(ApprovalThreshold.SIMPLE_MAJORITY, cast, ['m0', 'm1', 'm2', 'm3'])).toEqual({ yesVotes: 2, noVotes: 0, passed: false });
  });

  it('a council without members approves nothing', () => {
    expect(tallyBallots(ApprovalThreshold.SIMPLE_MAJORITY, [], []).passed).toBe(false);
  });
});

describe('certificatePrefix', () => {
  it.each([
    ['BANG_KHEN_CHU_TICH_TINH', AwardKind.FORM, 'BK'],
    ['GIAY_KHEN_CHU_TICH_XA', AwardKind.FORM, 'GK'],
    ['TAP_THE_LAO_DONG_XUAT_SAC', AwardKind.TITLE, 'DH'],
    ['KY_NIEM_CHUONG', AwardKind.FORM, 'KT'],
  ])('%s → %s', (code, kind, prefix) => expect(certificatePrefix({ code, kind })).toBe(prefix));
});

describe('periodTiming', () => {
  it('days start and end at midnight in Việt Nam (UTC+7)', () => {
    expect(vietnamDayStart('2026-11-01').toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(vietnamDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('opens at the first day, closes after the last, sweeps cut-offs in order, starts the round after the period', () => {
    const timing = periodTiming(
      { submissionOpensOn: '2026-11-01', submissionClosesOn: '2026-12-15', endsOn: '2026-12-31', levelCutoffs: { [AdminLevel.PROVINCE]: '2026-12-25', [AdminLevel.DISTRICT]: '2026-12-20' } },
      { votingMs: 1000, noticeMs: 2000 },
    );
    expect(timing).toEqual({
      windowOpensAt: '2026-10-31T17:00:00.000Z',
      windowClosesAt: '2026-12-15T17:00:00.000Z',
      cutoffs: [
        { level: AdminLevel.DISTRICT, at: '2026-12-20T17:00:00.000Z' },
        { level: AdminLevel.PROVINCE, at: '2026-12-25T17:00:00.000Z' },
      ],
      roundStartsAt: '2026-12-31T17:00:00.000Z',
      votingMs: 1000,
      noticeMs: 2000,
    });
  });

  it('a period without cut-offs sweeps nothing', () => {
    expect(periodTiming({ submissionOpensOn: '2026-01-01', submissionClosesOn: '2026-01-02', endsOn: '2026-01-03', levelCutoffs: null }, { votingMs: 1, noticeMs: 1 }).cutoffs).toEqual([]);
  });
});
