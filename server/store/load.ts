import type { EntityClass, EntityManager, FilterQuery, Loaded } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { lockRow } from './locks';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a row by id or refuses with NOT_FOUND naming the input field; malformed ids count as unknown. */
export async function findOrRefuse<T extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  field: string,
  populate?: readonly P[],
  lock = false,
): Promise<Loaded<T, P>> {
  // FOR UPDATE cannot lock the outer join a populate makes: lock the row alone, then populate.
  const load = () =>
    lock ? lockRow(em, entity, id) : em.findOne(entity, { id } as FilterQuery<T>, { populate: populate as never });
  const found = UUID.test(id) ? await load() : null;
  if (found && lock && populate?.length) await em.populate(found, populate as never);
  if (!found) {
    throw DomainError.of(ErrorCode.NOT_FOUND, field, {
      en: `No ${entity.name} has id "${id}".`,
      vi: `Không tìm thấy ${entity.name} với mã "${id}".`,
    });
  }
  return found as Loaded<T, P>;
}
