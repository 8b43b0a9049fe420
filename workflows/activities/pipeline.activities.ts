import type { Orm } from '../../server/db/open-database';
import { createNominationActivities } from './nomination.activities';
import { createReviewActivities } from './review.activities';

/** Every activity the nomination pipeline calls, built on one ORM. */
export function createPipelineActivities(deps: { orm: Orm }) {
  return { ...createNominationActivities(deps), ...createReviewActivities(deps) };
}

export type PipelineActivities = ReturnType<typeof createPipelineActivities>;
