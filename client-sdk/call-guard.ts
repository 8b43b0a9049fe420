import { ThiduaAbortError, ThiduaTimeoutError } from './errors';

/** Per-call options of every request, upload and download. */
export interface CallOptions {
  /** Cancels the call: it rejects with ThiduaAbortError. */
  signal?: AbortSignal;
  /** This call's limit in ms, instead of the client's timeoutMs; 0 for none. */
  timeoutMs?: number;
}

/**
 * Runs `work` with one signal that fires on the caller's abort or at the deadline, and rejects at
 * that moment with ThiduaAbortError or ThiduaTimeoutError even if `work` ignores the signal.
 * AbortSignal.any and AbortSignal.timeout are avoided: older browsers lack them.
 */
export async function guarded<T>(
  operationName: string,
  timeoutMs: number | undefined,
  callerSignal: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (callerSignal?.aborted) throw new ThiduaAbortError(operationName, callerSignal.reason);
  const controller = new AbortController();
  let stop: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_resolve, reject) => (stop = reject));
  const halt = (error: Error) => {
    stop(error);
    controller.abort(error);
  };
  const onAbort = () => halt(new ThiduaAbortError(operationName, callerSignal?.reason));
  callerSignal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs && timeoutMs > 0
      ? setTimeout(() => halt(new ThiduaTimeoutError(operationName, timeoutMs)), timeoutMs)
      : undefined;
  const running = work(controller.signal);
  // Once stopped, the cancelled work's own rejection (an AbortError of fetch) is not the answer.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, stopped]);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onAbort);
  }
}
