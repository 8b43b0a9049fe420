import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '../../domain/error-codes';

/**
 * Runs a check whose refusal retrying cannot change (a quota full, a register number taken, an actor
 * without the role): the DomainError becomes a non-retryable failure typed by its ErrorCode, with
 * the Vietnamese message in its details, so the update is refused with it.
 */
export async function asFinalRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw ApplicationFailure.create({
      type: error.code,
      message: error.error.message,
      details: [error.error.messageVi],
      nonRetryable: true,
    });
  }
}
