import { wrap, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Nomination } from '../entities/nomination.entity';
import type { RequestContext } from './context';

/**
 * Per-request batching: every field that loads a relation goes through a loader here, so the
 * statements of one request do not grow with the page size (one query per relation and level).
 */
type Loaders = Map<unknown, DataLoader<string, unknown>>;

const loadersByRequest = new WeakMap<object, Loaders>();

function loaderFor<V>(ctx: Pick<RequestContext, 'em'>, key: unknown, batch: (ids: readonly string[]) => Promise<V[]>) {
  let loaders = loadersByRequest.get(ctx);
  if (!loaders) loadersByRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(key) as DataLoader<string, V> | undefined;
  if (!loader) loaders.set(key, (loader = new DataLoader<string, V>(batch)));
  return loader;
}

function byIdLoader<T extends { id: string }>(ctx: Pick<RequestContext, 'em'>, entity: EntityClass<T>) {
  return loaderFor<T | null>(ctx, entity, async (ids) => {
    const rows = await ctx.em.find(entity, [...ids] as FilterQuery<T>);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** The entity a to-one reference points at: as loaded already (a join), else in one batch per type. */
export async function related<T extends { id: string }>(
  ctx: Pick<RequestContext, 'em'>,
  entity: EntityClass<T>,
  ref: T | null | undefined,
): Promise<T | null> {
  if (!ref) return null;
  if (wrap(ref).isInitialized()) return ref;
  return byIdLoader(ctx, entity).load(ref.id);
}

/** The same for a reference that must exist (a foreign key). */
export async function relatedOrFail<T extends { id: string }>(
  ctx: Pick<RequestContext, 'em'>,
  entity: EntityClass<T>,
  ref: T,
): Promise<T> {
  const found = await related(ctx, entity, ref);
  if (!found) throw new Error(`${entity.name} ${ref.id} is missing`);
  return found;
}

/**
 * Rows that belong to a parent, for every parent of the page in one query: `load` fetches the rows
 * of all the ids, `parentOf` tells which parent a row belongs to; each parent gets its rows in order.
 */
export function childrenOf<T>(
  ctx: Pick<RequestContext, 'em'>,
  key: string,
  load: (parentIds: string[]) => Promise<T[]>,
  parentOf: (row: T) => string,
): DataLoader<string, T[]> {
  return loaderFor<T[]>(ctx, key, async (ids) => {
    const groups = new Map(ids.map((id) => [id, [] as T[]]));
    for (const row of await load([...ids])) groups.get(parentOf(row))?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

/**
 * A nomination with its unit loaded, batched like any relation: reading one is checked against
 * its unit's subtree. The ORM's identity map makes `nomination.unit` the loaded unit.
 */
export async function relatedNomination(ctx: Pick<RequestContext, 'em'>, ref: Nomination): Promise<Nomination> {
  const nomination = await relatedOrFail(ctx, Nomination, ref);
  await relatedOrFail(ctx, AdminUnit, nomination.unit);
  return nomination;
}
