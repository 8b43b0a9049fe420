import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, ErrorCode } from '../../domain/error-codes';

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
    return DomainError.of(ErrorCode.INVALID_STATE, undefined, {
      en: 'The nomination has no running pipeline.',
      vi: 'Hồ sơ không có quy trình đang chạy.',
    });
  }
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isUnavailable(error)) {
    return DomainError.of(ErrorCode.WORKFLOW_UNAVAILABLE, undefined, {
      en: 'The workflow service did not answer in time; your action may still complete. Reload in a moment.',
      vi: 'Hệ thống quy trình chưa phản hồi kịp; thao tác có thể vẫn được thực hiện. Hãy tải lại sau ít phút.',
    });
  }
  return error;
}

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${error.name} ${error.message}`;
  return /ServiceError|DEADLINE_EXCEEDED|UNAVAILABLE|AbortError|aborted|deadline/i.test(text);
}
