import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Role } from '../../domain/enums';
import { readablePrefixes } from '../auth/access';
import { vietnamToday, type Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { User } from '../entities/user.entity';
import { findOrRefuse } from '../store/load';
import { paginate, type PageRequest } from '../store/pagination';
import { adminRoles } from './admin-access';

/** Every given field must match; `search` is part of the username or full name. */
export interface UserListFilter {
  unitId?: string | null;
  role?: Role | null;
  search?: string | null;
  active?: boolean | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** Users holding a role in the viewer's ADMIN subtrees (ever, so revoked ones can be re-granted), or no role yet. */
export async function listUsers(em: EntityManager, viewer: Viewer, filter: UserListFilter, page: PageRequest) {
  const prefixes = readablePrefixes({ ...viewer, roles: adminRoles(viewer) });
  // A sub-select (not a join) keeps one row per user for the page and its count; typed as ids for FilterQuery.
  const holders = (where: FilterQuery<RoleAssignment>) =>
    em
      .createQueryBuilder(RoleAssignment, 'ra')
      .select('ra.user_id')
      .where(where as object)
      .getKnexQuery() as unknown as string[];
  const under = (paths: string[]) => ({ $or: paths.map((p) => ({ unit: { path: { $like: `${p}%` } } })) });
  const where: FilterQuery<User>[] = [
    { $or: [{ id: { $in: holders(under(prefixes)) } }, { id: { $nin: holders({}) } }] },
  ];
  if (filter.unitId || filter.role) {
    const unit = filter.unitId ? await findOrRefuse(em, AdminUnit, filter.unitId, 'filter.unitId') : null;
    const today = vietnamToday();
    where.push({
      id: {
        $in: holders({
          $and: [
            under(unit ? [unit.path] : prefixes),
            filter.role ? { role: filter.role } : {},
            { revokedAt: null, validFrom: { $lte: today } },
            { $or: [{ validTo: null }, { validTo: { $gte: today } }] },
          ],
        }),
      },
    });
  }
  if (filter.active != null) where.push({ active: filter.active });
  const search = filter.search?.trim();
  if (search) {
    const like = `%${escapeLike(search)}%`;
    where.push({ $or: [{ username: { $ilike: like } }, { fullName: { $ilike: like } }] });
  }
  return paginate(em, User, { $and: where }, page);
}
