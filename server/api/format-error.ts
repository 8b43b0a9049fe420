import type { GraphQLFormattedError } from 'graphql';
import { ERROR_MESSAGES, ErrorCode } from '../../domain/error-codes';
import { createLogger, type Logger } from '../logging/logger';
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

/** For callers without a logger of their own (the API passes its own to errorFormatter). */
const defaultLogger = createLogger('api');

/**
 * Lets through our coded errors and Apollo's request errors; a database that is down or a statement
 * cut off by its timeout gets its own code; anything else is logged and answered as INTERNAL with no
 * stack, SQL or driver text in it.
 */
export function errorFormatter(log: Logger = defaultLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => formatWith(log, formatted, error);
}

export const formatError = errorFormatter();

/**
 * What a log line may tell of an error: a driver's error names its statement with the values in
 * it (names, numbers of people), so only its kind and SQLSTATE are kept; others keep their stack.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  const e = (error ?? {}) as Record<string, unknown>;
  const sqlState = e.sqlState ?? e.code;
  if ('sqlState' in e || 'query' in e || (typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState))) {
    return { type: error instanceof Error ? error.name : typeof error, sqlState };
  }
  return { err: error };
}

function formatWith(log: Logger, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
    log.error({ code: fault, ...loggableError(error) }, 'database fault');
    const text = ERROR_MESSAGES[fault];
    return { message: text.en, path: formatted.path, extensions: { code: fault, messageVi: text.vi } };
  }
  log.error(loggableError(error), 'internal error');
  return {
    message: ERROR_MESSAGES.INTERNAL.en,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL, messageVi: ERROR_MESSAGES.INTERNAL.vi },
  };
}
