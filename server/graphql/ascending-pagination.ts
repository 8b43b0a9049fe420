import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import type { ConnectionShape } from './connection';
import { MAX_PAGE, type DateKey, type PageArgs } from './pagination';

const DEFAULT_PAGE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !UUID.test(id)) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'after', { en: 'The cursor is not one this API gave out.', vi: 'Con trỏ phân trang không hợp lệ.' });
  }
}

/**
 * Keyset pagination, earliest first by the timestamp `key`, then id: for queues read by urgency
 * (e.g. the oldest deadline first), where paginateBy reads newest first.
 */
export async function paginateAscending<T extends { id: string }>(
  em: EntityManager,
  entity: new () => T,
  where: FilterQuery<T>,
  args: PageArgs,
  key: DateKey<T>,
): Promise<ConnectionShape<T>> {
  const size = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'first', { en: `first must be from 1 to ${MAX_PAGE}.`, vi: `first phải từ 1 đến ${MAX_PAGE}.` });
  }
  const cursor = args.after ? decodeCursor(args.after) : null;
  const keyset = cursor ? { $or: [{ [key]: { $gt: cursor.at } }, { [key]: cursor.at, id: { $gt: cursor.id } }] } : {};
  const rows = await em.find(entity, { $and: [where, keyset] } as FilterQuery<T>, {
    orderBy: { [key]: 'asc', id: 'asc' } as never,
    limit: size + 1,
  });
  const totalCount = await em.count(entity, where);
  const page = rows.slice(0, size);
  const cursorOf = (row: T) => encodeCursor(row[key] as Date, row.id);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? cursorOf(page[page.length - 1]) : null },
    totalCount,
  };
}
