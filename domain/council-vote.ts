import { ApprovalThreshold } from './enums';

/**
 * Whether a council approves: a simple majority means more than half of all members vote yes; the
 * strict threshold means at least 90 % of all members do. Absent members count against, which is
 * why they may vote in writing before the close.
 */
export function councilApproves(threshold: ApprovalThreshold, yesVotes: number, memberCount: number): boolean {
  if (memberCount <= 0) return false;
  if (threshold === ApprovalThreshold.NINETY_PERCENT_OF_MEMBERS) return yesVotes * 10 >= memberCount * 9;
  return yesVotes * 2 > memberCount;
}
