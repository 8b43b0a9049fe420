import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import type { UserError } from './user-error.type';

/** Auth failures are top-level errors; every other expected refusal is data in the payload. */
const TOP_LEVEL = new Set<ErrorCode>([ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN]);

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.error.message, {
    extensions: { code: error.code, messageVi: error.error.messageVi, field: error.error.field },
  });
}

/** Runs a mutation's work and shapes its payload: `{ ...result, userErrors }`. */
export async function mutationPayload<T extends object>(
  work: () => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (caught) {
    // A concurrent edit that slipped past the version check is caught by the row's version column.
    const error = caught instanceof OptimisticLockError ? DomainError.of(ErrorCode.VERSION_CONFLICT) : caught;
    if (!(error instanceof DomainError)) throw error;
    if (TOP_LEVEL.has(error.code)) throw toGraphQLError(error);
    const userErrors = [error.error, ...error.others].map((e) => ({ ...e, field: e.field ?? null }));
    return { userErrors } as Partial<T> & {
      userErrors: UserError[];
    };
  }
}

/** For queries: a DomainError becomes a top-level error with its code. */
export async function queryResult<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw toGraphQLError(error);
    throw error;
  }
}
