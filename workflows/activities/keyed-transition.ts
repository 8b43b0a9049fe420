import type { EntityManager } from '@mikro-orm/postgresql';
import type { Nomination } from '../../server/entities/nomination.entity';
import type { Orm } from '../../server/db/open-database';
import { addAudit, hasAudit, type AuditInput } from '../../server/store/audit';
import { lockNomination, transactionRunner } from './activity-transaction';

/** The audit event of a transition; the helper adds its idempotency key and its nomination. */
export type TransitionAudit = Omit<AuditInput, 'key' | 'nominationId'>;

/** What a change did: its answer (none for void activities) and its audit event; no event means nothing changed. */
export type TransitionOutcome<R> = { audit?: TransitionAudit } & (undefined extends R ? { answer?: R } : { answer: R });

type Recorded<R> = (em: EntityManager, nomination: Nomination) => R | Promise<R>;

export type KeyedTransition<R> = {
  nominationId: string;
  /** Unique per logical change; a function where it depends on the locked nomination (e.g. its version). */
  key: string | ((nomination: Nomination) => string);
  change: (em: EntityManager, nomination: Nomination) => Promise<TransitionOutcome<R>>;
} & (undefined extends R
  ? { recorded?: Recorded<R> }
  : {
      /** The answer when the key is on record: an earlier attempt committed the change. */
      recorded: Recorded<R>;
    });

/**
 * One change of a nomination as an activity makes it: in one transaction, the nomination locked,
 * its idempotency key checked, the change, its audit event. The key is checked under the lock, so
 * a retry whose first attempt still runs waits for it and then finds the change recorded.
 */
export function keyedTransition(orm: Orm) {
  const inTransaction = transactionRunner(orm);
  return <R>(transition: KeyedTransition<R>): Promise<R> =>
    inTransaction(async (em) => {
      const nomination = await lockNomination(em, transition.nominationId);
      const key = typeof transition.key === 'function' ? transition.key(nomination) : transition.key;
      if (await hasAudit(em, key)) return (await transition.recorded?.(em, nomination)) as R;
      const { answer, audit } = await transition.change(em, nomination);
      // The key was checked under the lock: the event is new, written with no further query.
      if (audit) addAudit(em, { ...audit, key, nominationId: nomination.id });
      return answer as R;
    });
}
