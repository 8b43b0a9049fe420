import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../domain/error-codes';

/** Which page: `first` rows (20 by default, at most 100) after the cursor `after` of the previous page. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/** A page in the shape of a Relay connection (server/graphql/connection.ts gives it its GraphQL types). */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counted only when a query selects it. */
  totalCount: PromiseLike<number>;
}

export const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  createdAt: Date;
}

/** The properties of T that hold a Date: what a connection may be ordered by. */
export type DateKey<T> = { [K in keyof T]-?: T[K] extends Date ? K : never }[keyof T] & string;

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
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'after', {
      en: 'The cursor is not one this API gave out.',
      vi: 'Con trỏ phân trang không hợp lệ.',
    });
  }
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'first', {
      en: `first must be from 1 to ${MAX_PAGE}.`,
      vi: `first phải từ 1 đến ${MAX_PAGE}.`,
    });
  }
  return size;
}

/** What a page joins in: relation paths the query's selection asks for (see selection.ts). */
export interface PageOptions {
  populate?: readonly string[];
}

/** Keyset pagination, newest first, stable under inserts: the cursor is (createdAt, id). */
export function paginate<T extends Row>(
  em: EntityManager,
  entity: new () => T,
  where: FilterQuery<T>,
  args: PageRequest,
  options: PageOptions = {},
): Promise<Page<T>> {
  return paginateBy(em, entity, where, args, 'createdAt' as DateKey<T>, 'desc', options);
}

/** A promise that starts its work only when awaited: a count runs only if `totalCount` is selected. */
function onDemand<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return { then: (onValue, onError) => (started ??= work()).then(onValue, onError) };
}

/** The same by another timestamp `key`, then id: newest first (an audit trail) or oldest first (a queue of deadlines). */
export async function paginateBy<T extends { id: string }>(
  em: EntityManager,
  entity: new () => T,
  where: FilterQuery<T>,
  args: PageRequest,
  key: DateKey<T>,
  direction: 'asc' | 'desc' = 'desc',
  { populate = [] }: PageOptions = {},
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const cursor = args.after ? decodeCursor(args.after) : null;
  const beyond = direction === 'desc' ? '$lt' : '$gt';
  const keyset = cursor
    ? { $or: [{ [key]: { [beyond]: cursor.at } }, { [key]: cursor.at, id: { [beyond]: cursor.id } }] }
    : {};
  // To-one relations are joined into the page's one statement; field resolvers then find them loaded.
  const rows = await em.find(entity, { $and: [where, keyset] } as FilterQuery<T>, {
    orderBy: { [key]: direction, id: direction } as never,
    limit: size + 1,
    populate: populate as never,
    strategy: 'joined',
  });
  const page = rows.slice(0, size);
  const cursorOf = (row: T) => encodeCursor(row[key] as Date, row.id);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? cursorOf(page[page.length - 1]) : null },
    totalCount: onDemand(() => em.count(entity, where)),
  };
}
