import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { refusal, workflowMessages as M } from '../../domain/messages';

const CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Turns what Temporal answers to a refused or unreachable update into the refusal a portal shows.
 * Validators fail with ApplicationFailure(type = ErrorCode, details = [Vietnamese message]).
 */
export function toDomainError(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    if (failure.type && CODES.has(failure.type)) {
      const vi = typeof failure.details?.[0] === 'string' ? failure.details[0] : undefined;
      return DomainError.of(failure.type as ErrorCode, undefined, { en: failure.message, vi });
    }
  }
  if (error instanceof WorkflowExecutionAlreadyStartedError) return DomainError.of(ErrorCode.ALREADY_SUBMITTED);
  if (error instanceof WorkflowNotFoundError) {
    return refusal(M.noRunningPipeline);
  }
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isUnavailable(error)) {
    return refusal(M.notAnswering);
  }
  return error;
}

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${error.name} ${error.message}`;
  return /ServiceError|DEADLINE_EXCEEDED|UNAVAILABLE|AbortError|aborted|deadline/i.test(text);
}
