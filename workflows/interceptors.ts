import type { Headers } from '@temporalio/common';
import {
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowInternalsInterceptor,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import { readRequestId, withRequestIdHeader } from './request-id.header';

/**
 * The workflow side of the request id (workflowInterceptorModules): the workflow's steps carry the id
 * of the request that started it, then of the last signal or update it handled (its sender's
 * `x-request-id` header); every log line and every activity it schedules carries that id. A plain
 * variable, not an AsyncLocalStorage: one of those per cached workflow would be copied into every
 * promise of every workflow the worker holds. Headers are not part of the history's determinism, so
 * old histories replay unchanged.
 */
export const interceptors: WorkflowInterceptorsFactory = () => {
  let requestId: string | undefined;
  const fromMessage = <T>(headers: Headers, fn: () => T): T => {
    requestId = readRequestId(headers);
    return fn();
  };

  // The start's headers, read from the first activation so that "Workflow started" carries the id too.
  const internals: WorkflowInternalsInterceptor = {
    activate: (input, next) => {
      const start = input.activation.jobs?.[0]?.initializeWorkflow;
      if (start) requestId = readRequestId((start.headers ?? {}) as Headers);
      return next(input);
    },
  };
  const inbound: WorkflowInboundCallsInterceptor = {
    handleSignal: (input, next) => fromMessage(input.headers, () => next(input)),
    handleUpdate: (input, next) => fromMessage(input.headers, () => next(input)),
    validateUpdate: (input, next) => fromMessage(input.headers, () => next(input)),
  };
  const outbound: WorkflowOutboundCallsInterceptor = {
    scheduleActivity: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, requestId) }),
    scheduleLocalActivity: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, requestId) }),
    startChildWorkflowExecution: (input, next) =>
      next({ ...input, headers: withRequestIdHeader(input.headers, requestId) }),
    signalWorkflow: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, requestId) }),
    continueAsNew: (input, next) => next({ ...input, headers: withRequestIdHeader(input.headers, requestId) }),
    getLogAttributes: (input, next) => next(requestId ? { ...input, requestId } : input),
  };
  return { inbound: [inbound], outbound: [outbound], internals: [internals] };
};
