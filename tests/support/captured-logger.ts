import pino from 'pino';
import { Writable } from 'node:stream';
import { currentRequestId } from '../../server/logging/request-context';

/**
 * A pino logger shaped like createLogger's (requestId from the async context, tokens redacted)
 * that keeps its lines in memory, so a test can read what an operator would see.
 */
export function capturedLogger() {
  const lines: Record<string, any>[] = [];
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      done();
    },
  });
  const logger = pino(
    {
      level: 'info',
      base: { service: 'api' },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: ['authorization', '*.authorization', 'token', '*.token'], remove: true },
    },
    sink,
  );
  return { logger, lines, raw, accessLines: () => lines.filter((line) => line.msg === 'request') };
}
