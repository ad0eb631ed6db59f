// The notification centre: a page of the caller's notices (digests and events) with the unread
// count, a digest's items, marking one or all read. Every notice links to its task when it has one.
import {
  NOTIFICATION_KIND_LABELS,
  type NotificationKind as NoticeKind,
} from '../../../src/core/notifications/notification-kinds.ts';
import type {
  Marked,
  Notification,
  NotificationsQuery,
  NotificationWithItems,
  Notifications,
} from '../../../src/contracts/notifications.schema.ts';
import { api } from './client.ts';

export type {
  Notification as Notice,
  Notifications as NoticePage,
} from '../../../src/contracts/notifications.schema.ts';

export type { NoticeKind };

/** How each kind is named (the server's names: the group-chat tags say the same). */
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = NOTIFICATION_KIND_LABELS;

/** Told when notices were marked read, so the bell counts again. */
export const NOTICES_CHANGED = 'duban:notices-changed';

export function getNotices(
  query: Pick<NotificationsQuery, 'kind' | 'page' | 'pageSize'> = {},
): Promise<Notifications> {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  if (query.page) params.set('page', String(query.page));
  if (query.pageSize) params.set('pageSize', String(query.pageSize));
  const search = params.toString();
  return api('GET', `/api/notifications${search ? `?${search}` : ''}`);
}

export const getNotice = (id: number): Promise<NotificationWithItems> =>
  api('GET', `/api/notifications/${id}`);

export async function markNoticeRead(id: number): Promise<Notification> {
  const { notification } = await api<{ notification: Notification }>(
    'POST',
    `/api/notifications/${id}/read`,
    {},
  );
  window.dispatchEvent(new Event(NOTICES_CHANGED));
  return notification;
}

export async function markAllNoticesRead(): Promise<Marked> {
  const marked = await api<Marked>('POST', '/api/notifications/read-all', {});
  window.dispatchEvent(new Event(NOTICES_CHANGED));
  return marked;
}
