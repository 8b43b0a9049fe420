import { ErrorCode } from '../../domain/error-codes';

/** PostgreSQL's codes for a server going away (57P0x), a lost connection (08xxx), and Node's socket errors. */
const UNAVAILABLE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
]);
const UNAVAILABLE_TEXT =
  /Connection terminated|connection error|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i;
/** query_canceled: our statement_timeout (the API cancels nothing else). */
const STATEMENT_TIMEOUT_CODE = '57014';

/** The error and the ones it wraps (MikroORM keeps the driver's error as `previous`, graphql-js as `originalError`). */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  for (let depth = 0; error && typeof error === 'object' && depth < 5; depth += 1) {
    const e = error as Record<string, unknown>;
    yield e;
    error = e.previous ?? e.originalError ?? e.cause;
  }
}

/**
 * A database fault the caller can act on — retry later, or ask for less — rather than an INTERNAL
 * error: the code to answer with, or null for anything else.
 */
export function databaseFault(error: unknown): ErrorCode.DATABASE_UNAVAILABLE | ErrorCode.STATEMENT_TIMEOUT | null {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (code === STATEMENT_TIMEOUT_CODE) return ErrorCode.STATEMENT_TIMEOUT;
    if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_TEXT.test(String(e.message ?? ''))) {
      return ErrorCode.DATABASE_UNAVAILABLE;
    }
  }
  return null;
}
