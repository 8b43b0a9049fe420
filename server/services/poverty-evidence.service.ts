import type { PovertyStatus } from '../../domain/enums';
import type { Nominee } from '../entities/nominee.entity';

/** A household's poverty status in a year: the latest recorded with the nominee not after it. */
export function householdStatusIn(
  nominee: Nominee,
  year: number,
): { householdStatus: PovertyStatus | null; householdStatusYear: number | null } {
  const fact = nominee.years.filter((y) => y.povertyStatus && y.year <= year).sort((a, b) => b.year - a.year)[0];
  return { householdStatus: fact?.povertyStatus ?? null, householdStatusYear: fact?.year ?? null };
}
