import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationFailure } from '@temporalio/activity';
import { ErrorCode } from '../../domain/error-codes';
import type { DeadlineClock } from '../../domain/deadline-clock';
import type { Orm } from '../../server/db/open-database';
import { Nomination } from '../../server/entities/nomination.entity';
import { loadDeadlineClock } from '../../server/store/deadline-clock';
import { lockRow } from '../../server/store/locks';

/** One transaction per activity: its state change and its audit event commit together or not at all. */
export function transactionRunner(orm: Orm) {
  return <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);
}

/** The nomination, locked for the rest of the transaction so concurrent activities queue up. */
export async function lockNomination(em: EntityManager, id: string): Promise<Nomination> {
  const nomination = await lockRow(em, Nomination, id);
  if (!nomination) throw ApplicationFailure.nonRetryable(`Nomination ${id} does not exist`, ErrorCode.NOT_FOUND);
  return nomination;
}

/** What every activity factory receives. */
export interface ActivityDeps {
  orm: Orm;
  /** Compressed working days for tests and demos; null follows the Vietnamese calendar. */
  workingDayMs: number | null;
}

/** The deadline clock, with the administrators' calendar overrides as they are now. */
export function clockFor(em: EntityManager, deps: ActivityDeps): Promise<DeadlineClock> {
  return loadDeadlineClock(em, deps.workingDayMs);
}
