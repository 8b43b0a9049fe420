import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { ErrorCode, type UserErrorData } from '../domain/error-codes';

/**
 * An update validator's refusal, before anything is written to history: the failure type is the
 * ErrorCode, the message English, the details the Vietnamese message.
 */
export function refuse(error: UserErrorData): never {
  throw ApplicationFailure.create({
    type: error.code,
    message: error.message,
    details: [error.messageVi],
    nonRetryable: true,
  });
}

/** The activity refused because a quota is used up. */
export function isQuotaRefusal(error: unknown): boolean {
  return (
    error instanceof ActivityFailure &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type === ErrorCode.QUOTA_EXCEEDED
  );
}

/**
 * An update handler must fail with an ApplicationFailure to refuse cleanly (anything else fails
 * the workflow task): an activity's refusal, such as QUOTA_EXCEEDED, is passed on as one.
 */
export function asUpdateFailure(error: unknown): unknown {
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) {
    const cause = error.cause;
    return ApplicationFailure.create({
      type: cause.type ?? undefined,
      message: cause.message,
      details: cause.details ?? undefined,
      nonRetryable: true,
    });
  }
  return error;
}
