// The notification centre: a page of the caller's notices (digests and events) with the unread
// count, a digest's items, marking one or all read. Every notice links to its task when it has one.
import { api } from './client.ts';

export interface Notice {
  id: number;
  kind: string;
  level: number | null;
  unitId: number | null;
  taskId: number | null;
  periodKey: string | null;
  /** The web page of the notice's task or filing. */
  link: string | null;
  itemCount: number;
  title: string;
  lines: string[];
  createdAt: string;
  read: boolean;
}

export interface NoticePage {
  unread: number;
  total: number;
  page: number;
  pageSize: number;
  notifications: Notice[];
}

export const NOTICE_KIND_LABELS: Record<string, string> = {
  digest: '待办汇总',
  returned: '退回',
  sent_back: '退回修改',
  accepted: '采纳',
  reminder: '提醒',
  urge: '催办',
  supervision_order: '督办单',
  card: '亮牌',
  hotline: '监督电话',
  extension: '延期',
  completion: '办结',
};

/** Told when notices were marked read, so the bell counts again. */
export const NOTICES_CHANGED = 'duban:notices-changed';

export function getNotices(
  query: { kind?: string; page?: number; pageSize?: number } = {},
): Promise<NoticePage> {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  if (query.page) params.set('page', String(query.page));
  if (query.pageSize) params.set('pageSize', String(query.pageSize));
  const search = params.toString();
  return api('GET', `/api/notifications${search ? `?${search}` : ''}`);
}

export const getNotice = (id: number): Promise<{ notification: Notice; items: Notice[] }> =>
  api('GET', `/api/notifications/${id}`);

export async function markNoticeRead(id: number): Promise<Notice> {
  const { notification } = await api<{ notification: Notice }>('POST', `/api/notifications/${id}/read`, {});
  window.dispatchEvent(new Event(NOTICES_CHANGED));
  return notification;
}

export async function markAllNoticesRead(): Promise<{ marked: number; unread: number }> {
  const marked = await api<{ marked: number; unread: number }>('POST', '/api/notifications/read-all', {});
  window.dispatchEvent(new Event(NOTICES_CHANGED));
  return marked;
}
