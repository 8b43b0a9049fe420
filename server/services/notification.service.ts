import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import type { Viewer } from '../auth/viewer';
import { Notification } from '../entities/notification.entity';
import { paginate, type PageRequest } from '../store/pagination';

export function listNotifications(em: EntityManager, viewer: Viewer, unreadOnly: boolean, page: PageRequest) {
  const where: FilterQuery<Notification> = { recipient: viewer.user.id, ...(unreadOnly ? { readAt: null } : {}) };
  return paginate(em, Notification, where, page);
}

export function unreadCount(em: EntityManager, viewer: Viewer): Promise<number> {
  return em.count(Notification, { recipient: viewer.user.id, readAt: null });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Marks the given notifications (or all) of the viewer read; already-read ones stay as they were.
 * All or nothing: an id that is not the viewer's is NOT_FOUND, whoever it belongs to.
 */
export async function markRead(
  em: EntityManager,
  viewer: Viewer,
  input: { ids?: string[] | null; all?: boolean | null },
) {
  const ids = [...new Set(input.ids ?? [])];
  if (input.all && ids.length) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'ids', {
      en: 'Give ids or all, not both.',
      vi: 'Chỉ chọn danh sách ids hoặc all, không chọn cả hai.',
    });
  }
  if (!input.all && !ids.length) {
    throw DomainError.of(ErrorCode.REQUIRED, 'ids', {
      en: 'Give the ids to mark read, or all: true.',
      vi: 'Hãy chọn thông báo cần đánh dấu đã đọc, hoặc all: true.',
    });
  }
  const mine = { recipient: viewer.user.id };
  if (!input.all) {
    const found = ids.every((id) => UUID.test(id)) ? await em.count(Notification, { ...mine, id: { $in: ids } }) : -1;
    if (found !== ids.length) {
      throw DomainError.of(ErrorCode.NOT_FOUND, 'ids', {
        en: 'Some of these notifications do not exist.',
        vi: 'Không tìm thấy một số thông báo.',
      });
    }
  }
  const where: FilterQuery<Notification> = { ...mine, readAt: null, ...(input.all ? {} : { id: { $in: ids } }) };
  const count = await em.nativeUpdate(Notification, where, { readAt: new Date() });
  return { count, unreadCount: await unreadCount(em, viewer) };
}
