// A unit's digest of the day: its reminders and escalations as one notice. The title counts what
// the unit must act on ("3 项任务2天内到期,5 项已逾期"); the lines name each task, and a group chat
// gets at most MAX_DIGEST_LINES of them with the rest counted.
import type { IsoDate } from '../period/period.ts';
import { daysBetween } from './deadlines.ts';
import type { NoticeKind } from './escalation.ts';

export const MAX_DIGEST_LINES = 30;

export interface DigestItem {
  kind: NoticeKind;
  /** The effective due date the item is about. */
  dueOn: IsoDate;
  /** One line naming the task and what is asked. */
  line: string;
}

/** The key of a unit's digest of a day (the city's date): one digest per unit per day. */
export function digestKey(unitId: number, day: IsoDate): string {
  return `digest:${unitId}:${day}`;
}

export function digestTitle(items: readonly DigestItem[], today: IsoDate): string {
  const dueSoon = items.filter((item) => item.kind === 'reminder');
  const overdue = items.filter((item) => item.kind !== 'reminder');
  const orders = items.filter((item) => item.kind === 'supervision_order').length;
  const parts: string[] = [];
  if (dueSoon.length > 0) {
    const days = Math.max(...dueSoon.map((item) => daysBetween(today, item.dueOn)));
    parts.push(`${dueSoon.length} 项任务${days <= 0 ? '今日到期' : `${days}天内到期`}`);
  }
  if (overdue.length > 0) {
    parts.push(`${overdue.length} 项已逾期${orders > 0 ? `(其中 ${orders} 项下发督办单)` : ''}`);
  }
  return parts.length > 0 ? parts.join(',') : `${today}无新事项`;
}

/** The digest's lines: overdue items first (督办单 before 催办), then those due soon. */
export function digestLines(items: readonly DigestItem[], max = Number.POSITIVE_INFINITY): string[] {
  const rank: Record<NoticeKind, number> = { supervision_order: 0, urge: 1, reminder: 2 };
  const sorted = [...items].sort((a, b) => rank[a.kind] - rank[b.kind]);
  if (sorted.length <= max) return sorted.map((item) => item.line);
  const shown = sorted.slice(0, max).map((item) => item.line);
  return [...shown, `……另有 ${sorted.length - max} 项,请登录系统查看`];
}
