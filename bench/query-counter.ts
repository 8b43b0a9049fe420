import { dirname } from 'node:path';

/**
 * Counts the SQL statements the API process sends, by wrapping `Client.prototype.query` of every
 * copy of `pg` the ORM may load (knex's and MikroORM's own). Imported first in the API child, so
 * the wrap is in place before any connection exists. Clients of the raw endpoint are not counted.
 */
export const RAW_CLIENT = Symbol('bench raw client');

const counter = { statements: 0 };

function pgCopies(): string[] {
  const from = [__dirname];
  try {
    from.push(dirname(require.resolve('@mikro-orm/postgresql')), dirname(require.resolve('knex')));
  } catch {
    // A layout without one of them: the root copy is enough.
  }
  return [...new Set(from.map((dir) => require.resolve('pg', { paths: [dir] })))];
}

type Query = (...args: unknown[]) => unknown;

for (const path of pgCopies()) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const proto = (require(path) as { Client: { prototype: { query: Query } } }).Client.prototype;
  const original = proto.query;
  proto.query = function counted(this: Record<symbol, unknown>, ...args: unknown[]) {
    if (!this[RAW_CLIENT]) counter.statements += 1;
    return original.apply(this, args);
  };
}

export function statementCount(): number {
  return counter.statements;
}

export function resetStatementCount(): void {
  counter.statements = 0;
}
