import type { WorkflowClientInterceptor } from '@temporalio/client';
import { withRequestIdHeader } from '../../workflows/request-id.header';
import { currentRequestId } from '../logging/request-context';

/**
 * Every workflow call made inside a request (or an activity running for one) carries the request's
 * id in the `x-request-id` Temporal header; the workflow and its activities log it.
 */
export const requestIdClientInterceptor: WorkflowClientInterceptor = {
  startWithDetails: (input, next) =>
    next({ ...input, headers: withRequestIdHeader(input.headers, currentRequestId()) }),
  signal: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, currentRequestId()) }),
  signalWithStart: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, currentRequestId()) }),
  startUpdate: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, currentRequestId()) }),
  startUpdateWithStart: (input, next) => {
    const requestId = currentRequestId();
    return next({
      ...input,
      workflowStartHeaders: withRequestIdHeader(input.workflowStartHeaders, requestId),
      updateHeaders: withRequestIdHeader(input.updateHeaders, requestId),
    });
  },
  query: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, currentRequestId()) }),
};

/** The interceptors of every Temporal client the platform makes (API and worker). */
export const temporalClientInterceptors = () => ({ workflow: [requestIdClientInterceptor] });
