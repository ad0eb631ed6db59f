// Recording notices for the notification centre. A notice to a unit with a group chat is also
// queued for the chat; the scheduler delivers it. Keys name the act, so recording twice is harmless.
import type { Repositories } from '../store.ts';
import type { Audience, NotificationKind, NotificationRecord } from './notifications.types.ts';

export interface NoticeInput {
  key: string;
  kind: NotificationKind;
  level?: number | null;
  audience: Audience;
  /** The unit addressed; null for the office. */
  unitId: number | null;
  taskId: number | null;
  periodId: number | null;
  title: string;
  lines: string[];
}

export async function recordNotices(
  repos: Repositories,
  notices: readonly NoticeInput[],
  now: Date,
): Promise<NotificationRecord[]> {
  if (notices.length === 0) return [];
  const unitIds = [...new Set(notices.flatMap((notice) => (notice.unitId === null ? [] : [notice.unitId])))];
  const withChat = new Set((await repos.notifications.findWebhooks(unitIds)).map((hook) => hook.unitId));
  return repos.notifications.insertMany(
    notices.map((notice) => ({
      key: notice.key,
      kind: notice.kind,
      level: notice.level ?? null,
      audience: notice.audience,
      unitId: notice.unitId,
      taskId: notice.taskId,
      periodId: notice.periodId,
      title: notice.title,
      lines: notice.lines,
      createdAt: now,
      webhookStatus:
        notice.audience === 'unit' && notice.unitId !== null && withChat.has(notice.unitId)
          ? 'pending'
          : 'none',
    })),
  );
}

/** How notices name a task: its official number and the start of its wording. */
export function taskLine(task: { seq: number; text: string }): string {
  const text = task.text.length > 40 ? `${task.text.slice(0, 40)}…` : task.text;
  return `任务:第${task.seq}项 ${text}`;
}
