import type { AdminLevel } from './enums';

/** When a period's workflow acts, as ISO instants (days end at midnight in Asia/Ho_Chi_Minh). */
export interface PeriodTiming {
  windowOpensAt: string;
  windowClosesAt: string;
  /** Each level's cut-off, earliest first: open work at that level is swept then. */
  cutoffs: { level: AdminLevel; at: string }[];
  /** When the commendation round starts unless an administrator starts it earlier. */
  roundStartsAt: string;
  /** How long the council votes, and then how long the public notice lasts. */
  votingMs: number;
  noticeMs: number;
}

export interface PeriodDays {
  submissionOpensOn: string;
  submissionClosesOn: string;
  endsOn: string;
  levelCutoffs?: Partial<Record<AdminLevel, string>> | null;
}

/** Midnight at the start of a Vietnamese calendar day (UTC+7, no daylight saving). */
export function vietnamDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** Midnight at the end of a Vietnamese calendar day: a "last day" includes all of it. */
export function vietnamDayEnd(day: string): Date {
  return new Date(vietnamDayStart(day).getTime() + 24 * 3600_000);
}

/** The instants a period workflow sleeps until, from the period's days. */
export function periodTiming(period: PeriodDays, round: { votingMs: number; noticeMs: number }): PeriodTiming {
  const cutoffs = Object.entries(period.levelCutoffs ?? {})
    .filter((entry): entry is [AdminLevel, string] => typeof entry[1] === 'string')
    .map(([level, day]) => ({ level, at: vietnamDayEnd(day).toISOString() }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.level.localeCompare(b.level));
  return {
    windowOpensAt: vietnamDayStart(period.submissionOpensOn).toISOString(),
    windowClosesAt: vietnamDayEnd(period.submissionClosesOn).toISOString(),
    cutoffs,
    roundStartsAt: vietnamDayEnd(period.endsOn).toISOString(),
    votingMs: round.votingMs,
    noticeMs: round.noticeMs,
  };
}
