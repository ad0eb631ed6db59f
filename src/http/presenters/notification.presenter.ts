// Notices -> API shapes, each with the web page it links to: the filing of its task and quarter,
// or the task itself; a digest links through its items.
import type { z } from 'zod';
import type { NotificationView } from '../../services/notifications/notifications.types.ts';
import type { NotificationSchema } from '../../contracts/notifications.schema.ts';

export function noticeLink(notice: Pick<NotificationView, 'taskId' | 'periodKey'>): string | null {
  if (notice.taskId === null) return null;
  return notice.periodKey === null
    ? `/tasks/${notice.taskId}`
    : `/tasks/${notice.taskId}/periods/${notice.periodKey}`;
}

export function presentNotification(record: NotificationView): z.output<typeof NotificationSchema> {
  return {
    id: record.id,
    kind: record.kind,
    level: record.level,
    unitId: record.unitId,
    taskId: record.taskId,
    periodKey: record.periodKey,
    link: noticeLink(record),
    itemCount: record.itemCount,
    title: record.title,
    lines: record.lines,
    createdAt: record.createdAt.toISOString(),
    read: record.readAt !== null,
    webhook: record.webhookStatus,
  };
}
