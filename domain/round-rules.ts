import { councilApproves } from './council-vote';
import { ApprovalThreshold, AwardKind, Vote } from './enums';

/** Working days the council votes, then the public notice (công khai) lasts, by default. */
export const VOTING_WORKING_DAYS = 5;
export const NOTICE_WORKING_DAYS = 5;

/**
 * A nomination's score: the mean of its reviewers' scores. A missing score (a stage forwarded by
 * its timeout, or approved before scoring existed) is skipped rather than counted as 0, so a
 * timeout does not punish the nominee; a nomination with no score at all ranks at 0.
 */
export function meanScore(scores: readonly (number | null | undefined)[]): number {
  const given = scores.filter((s): s is number => typeof s === 'number');
  if (!given.length) return 0;
  return Math.round((given.reduce((sum, s) => sum + s, 0) / given.length) * 100) / 100;
}

export interface BallotCount {
  yesVotes: number;
  noVotes: number;
  passed: boolean;
}

/** Counts the ballots of current members only; abstentions and missing ballots count against. */
export function tallyBallots(
  threshold: ApprovalThreshold,
  ballots: readonly { memberId: string; vote: Vote }[],
  memberIds: readonly string[],
): BallotCount {
  const members = new Set(memberIds);
  const counted = ballots.filter((b) => members.has(b.memberId));
  const yesVotes = counted.filter((b) => b.vote === Vote.YES).length;
  const noVotes = counted.filter((b) => b.vote === Vote.NO).length;
  return { yesVotes, noVotes, passed: councilApproves(threshold, yesVotes, members.size) };
}

/** The certificate series of an award: Bằng khen "BK", Giấy khen "GK", a title (danh hiệu) "DH". */
export function certificatePrefix(award: { code: string; kind: AwardKind }): string {
  if (award.code.startsWith('BANG_KHEN')) return 'BK';
  if (award.code.startsWith('GIAY_KHEN')) return 'GK';
  return award.kind === AwardKind.TITLE ? 'DH' : 'KT';
}
