import { Client, type ConnectionLike } from '@temporalio/client';
import type { Orm } from '../../server/db/open-database';
import type { DocumentStorage } from '../../server/storage/document-storage';
import { createPeriodWindowActivities } from './period-window.activities';
import { createRoundConclusionActivities } from './round-conclusion.activities';
import { createRoundNoticeActivities } from './round-notice.activities';
import { createRoundSigningActivities } from './round-signing.activities';
import { createRoundActivities } from './round.activities';
import { temporalClientInterceptors } from '../../server/temporal/request-id.interceptor';

export interface PeriodActivityDeps {
  orm: Orm;
  /** The worker's own connection: the period's activities message nomination workflows through it. */
  connection: ConnectionLike;
  namespace: string;
  /** Where the decision documents made at signing are stored. */
  storage: DocumentStorage;
}

/** Every activity the period workflow calls. */
export function createPeriodActivities({ orm, connection, namespace, storage }: PeriodActivityDeps) {
  let client: Client | null = null;
  // Made on first use: a worker whose periods never conclude anything opens no client.
  const temporal = () => (client ??= new Client({ connection, namespace, interceptors: temporalClientInterceptors() }));
  return {
    ...createRoundActivities({ orm }),
    ...createRoundNoticeActivities({ orm }),
    ...createRoundSigningActivities({ orm, temporal, storage }),
    ...createRoundConclusionActivities({ orm, temporal }),
    ...createPeriodWindowActivities({ orm, temporal }),
  };
}

export type PeriodActivities = ReturnType<typeof createPeriodActivities>;
