export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Top-level GraphQL errors (auth, validation, internal) or an HTTP failure without a GraphQL body. */
export class GraphQLRequestError extends Error {
  readonly errors: readonly GraphQLErrorEntry[];
  /** The HTTP status; 0 for an error received over the WebSocket. */
  readonly status: number;
  readonly operationName: string | undefined;

  constructor(errors: readonly GraphQLErrorEntry[], status: number, operationName?: string) {
    super(`${operationName ?? 'GraphQL request'}: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.status = status;
    this.operationName = operationName;
  }

  /** The first error's extensions.code, e.g. FORBIDDEN, or HTTP_<status>. */
  get code(): string {
    return this.errors[0]?.extensions?.code ?? 'UNKNOWN';
  }
}

/** The call got no complete answer within its timeoutMs; what was in flight has been cancelled. */
export class ThiduaTimeoutError extends Error {
  constructor(
    /** The operation, e.g. "Viewer", "uploadDocument" or "downloadFile". */
    readonly operationName: string,
    readonly timeoutMs: number,
  ) {
    super(`${operationName}: no answer within ${timeoutMs} ms (timeoutMs); the request was cancelled`);
    this.name = 'ThiduaTimeoutError';
  }
}

/** The caller's AbortSignal stopped the call; `reason` is the signal's reason. */
export class ThiduaAbortError extends Error {
  constructor(
    readonly operationName: string,
    readonly reason: unknown,
  ) {
    super(`${operationName}: cancelled by the caller's AbortSignal`);
    this.name = 'ThiduaAbortError';
  }
}

/**
 * The subscription's WebSocket was closed by the server or could not be opened, e.g. 4401 for a
 * missing, invalid or expired token (the reason says which), 4403 for too many sockets of one user.
 */
export class SubscriptionClosedError extends Error {
  constructor(
    readonly operationName: string,
    /** The WebSocket close code (4401, 4403, 1006 when the connection was lost…). */
    readonly closeCode: number,
    readonly reason: string,
  ) {
    super(`${operationName}: the socket was closed (${closeCode}${reason ? `: ${reason}` : ''})`);
    this.name = 'SubscriptionClosedError';
  }
}
