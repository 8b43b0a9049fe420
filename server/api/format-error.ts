import type { GraphQLFormattedError } from 'graphql';
import { ERROR_MESSAGES, ErrorCode } from '../../domain/error-codes';
import { databaseFault } from './database-errors';
import { tooLargeRefusal } from './query-limits';
import { requestErrorText } from './request-errors';

const OUR_CODES = new Set<string>(Object.values(ErrorCode));
/** Apollo's own codes for bad requests, which already carry a safe message. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Lets through our coded errors and Apollo's request errors; a database that is down or a statement
 * cut off by its timeout gets its own code; anything else is logged and answered as INTERNAL with no
 * stack, SQL or driver text in it.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  // The parser stopped at GRAPHQL_MAX_TOKENS: a refusal with its own code, not a syntax error.
  const tooLarge = code === 'GRAPHQL_PARSE_FAILED' ? tooLargeRefusal(formatted.message) : null;
  if (tooLarge)
    return { message: tooLarge.message, extensions: { code: tooLarge.code, messageVi: tooLarge.messageVi } };
  if (OUR_CODES.has(code) || REQUEST_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    // Apollo's request errors are English only; portals show messageVi.
    if (REQUEST_CODES.has(code) && !extensions.messageVi) extensions.messageVi = requestErrorText(formatted.message).vi;
    return { ...formatted, extensions };
  }
  const fault = databaseFault(error);
  if (fault) {
    console.error(`[api] ${fault}:`, error instanceof Error ? error.message : error);
    const text = ERROR_MESSAGES[fault];
    return { message: text.en, path: formatted.path, extensions: { code: fault, messageVi: text.vi } };
  }
  console.error('[api] internal error:', error);
  return {
    message: ERROR_MESSAGES.INTERNAL.en,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL, messageVi: ERROR_MESSAGES.INTERNAL.vi },
  };
}
