import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { withRequestId } from '../../server/logging/request-context';
import { readRequestId } from '../request-id.header';

/**
 * The activity side of the request id: an activity runs inside `withRequestId` with the id its
 * workflow passed in the `x-request-id` header, so its pino lines and the workflows it messages
 * carry it, and Temporal's own activity log lines (Context.log) name it too. None for a schedule's run.
 */
export const requestIdActivityInterceptor: ActivityInterceptorsFactory = () => {
  let requestId: string | undefined;
  return {
    inbound: {
      execute: (input, next) => {
        requestId = readRequestId(input.headers);
        return requestId ? withRequestId(requestId, () => next(input)) : next(input);
      },
    },
    outbound: {
      getLogAttributes: (input, next) => next(requestId ? { ...input, requestId } : input),
    },
  };
};
