import { LockMode } from '@mikro-orm/core';
import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';

/** The row, locked FOR UPDATE until the transaction ends (concurrent writers queue up), or null. */
export function lockRow<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string): Promise<T | null> {
  return em.findOne(entity, { id } as FilterQuery<T>, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** A lock on a name rather than a row, held until the transaction ends: work under one name takes turns. */
export async function lockName(em: EntityManager, name: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [name]);
}
