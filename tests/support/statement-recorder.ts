import { Client } from 'pg';

export interface RecordedStatement {
  text: string;
  values: unknown[];
}

/**
 * Records every statement this process sends through `pg` (the ORM's pool included) while on:
 * the API of a test platform runs in the test's process, so its statements per request are countable.
 */
export function recordStatements() {
  const original = Client.prototype.query;
  let recorded: RecordedStatement[] | null = null;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const [first, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    if (recorded) {
      const text = typeof first === 'string' ? first : first.text;
      recorded.push({ text, values: (typeof first === 'string' ? values : first.values) ?? [] });
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  return {
    /** The statements sent while `work` ran. */
    async during(work: () => Promise<unknown>): Promise<RecordedStatement[]> {
      recorded = [];
      try {
        await work();
        return recorded;
      } finally {
        recorded = null;
      }
    },
    restore() {
      Client.prototype.query = original;
    },
  };
}
