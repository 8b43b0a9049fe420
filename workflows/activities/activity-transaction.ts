import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationFailure } from '@temporalio/activity';
import { ErrorCode } from '../../domain/error-codes';
import type { Orm } from '../../server/db/open-database';
import { Nomination } from '../../server/entities/nomination.entity';

/** One transaction per activity: its state change and its audit event commit together or not at all. */
export function transactionRunner(orm: Orm) {
  return <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);
}

/** The nomination, locked for the rest of the transaction so concurrent activities queue up. */
export async function lockNomination(em: EntityManager, id: string): Promise<Nomination> {
  const nomination = await em.findOne(Nomination, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!nomination) throw ApplicationFailure.nonRetryable(`Nomination ${id} does not exist`, ErrorCode.NOT_FOUND);
  return nomination;
}
