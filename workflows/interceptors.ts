import type { Headers } from '@temporalio/common';
import {
  AsyncLocalStorage,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowInternalsInterceptor,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import { readRequestId, withRequestIdHeader } from './request-id.header';

/**
 * The workflow side of the request id (workflowInterceptorModules): a signal or update runs with the
 * id its sender put in the `x-request-id` header, everything else (the run's own steps, its clocks)
 * with the id of the request that started it; every log line and every activity it schedules carries
 * that id. Headers are not part of the history's determinism, so old histories replay unchanged.
 */
export const interceptors: WorkflowInterceptorsFactory = () => {
  const requestIds = new AsyncLocalStorage<string | undefined>();
  let startRequestId: string | undefined;
  const inRequest = <T>(headers: Headers, fn: () => T): T => requestIds.run(readRequestId(headers), fn);
  const current = () => requestIds.getStore() ?? startRequestId;

  // The start's headers, read from the first activation so that "Workflow started" carries the id too.
  const internals: WorkflowInternalsInterceptor = {
    activate: (input, next) => {
      const start = input.activation.jobs?.[0]?.initializeWorkflow;
      if (start) startRequestId = readRequestId((start.headers ?? {}) as Headers);
      return next(input);
    },
  };
  const inbound: WorkflowInboundCallsInterceptor = {
    handleSignal: (input, next) => inRequest(input.headers, () => next(input)),
    handleUpdate: (input, next) => inRequest(input.headers, () => next(input)),
    validateUpdate: (input, next) => inRequest(input.headers, () => next(input)),
  };
  const outbound: WorkflowOutboundCallsInterceptor = {
    scheduleActivity: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, current()) }),
    scheduleLocalActivity: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, current()) }),
    startChildWorkflowExecution: (input, next) =>
      next({ ...input, headers: withRequestIdHeader(input.headers, current()) }),
    signalWorkflow: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, current()) }),
    continueAsNew: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, current()) }),
    getLogAttributes: (input, next) => {
      const requestId = current();
      return next(requestId ? { ...input, requestId } : input);
    },
  };
  return { inbound: [inbound], outbound: [outbound], internals: [internals] };
};
