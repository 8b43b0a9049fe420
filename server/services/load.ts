import type { EntityClass, EntityManager, FilterQuery, Loaded } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../domain/error-codes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a row by id or refuses with NOT_FOUND naming the input field; malformed ids count as unknown. */
export async function findOrRefuse<T extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  field: string,
  populate?: readonly P[],
): Promise<Loaded<T, P>> {
  const found = UUID.test(id)
    ? await em.findOne(entity, { id } as FilterQuery<T>, { populate: populate as never })
    : null;
  if (!found) {
    throw DomainError.of(ErrorCode.NOT_FOUND, field, {
      en: `No ${entity.name} has id "${id}".`,
      vi: `Không tìm thấy ${entity.name} với mã "${id}".`,
    });
  }
  return found as Loaded<T, P>;
}
