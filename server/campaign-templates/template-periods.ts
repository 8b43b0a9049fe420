import type { PeriodKind } from '../../domain/enums';

/**
 * A period covering calendar year `y` with the platform's usual submission window (1/11–15/12):
 * the plans give only the years of their rounds.
 */
export const calendarYearPeriod = (kind: PeriodKind, y: number, name: string) => ({
  kind,
  year: y,
  name,
  startsOn: `${y}-01-01`,
  endsOn: `${y}-12-31`,
  submissionOpensOn: `${y}-11-01`,
  submissionClosesOn: `${y}-12-15`,
});
