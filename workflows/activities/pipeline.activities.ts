import { createDeadlineActivities } from './deadline.activities';
import type { ActivityDeps } from './activity-transaction';
import { createNominationActivities } from './nomination.activities';
import { createPipelineFailureActivities } from './pipeline-failure.activities';
import { createReviewActivities } from './review.activities';

/** Every activity the nomination pipeline calls, built on one ORM. */
export function createPipelineActivities(deps: ActivityDeps) {
  return {
    ...createNominationActivities(deps),
    ...createReviewActivities(deps),
    ...createDeadlineActivities(deps),
    ...createPipelineFailureActivities(deps),
  };
}

export type PipelineActivities = ReturnType<typeof createPipelineActivities>;
