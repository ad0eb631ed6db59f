// Recording a unit's reminders and escalations as items of its digest of the day. Each item keeps
// the key of its act (催办, 督办单 and reminders stay individual acts: recorded once, a 督办单 with
// its order), while the unit lists, counts and receives in its group chat the one digest.
// A robot's message cannot be changed once posted, so the whole digest goes to the chat once: items
// added before it is sent ride in that one message; items added after it was sent are listed in the
// notification centre (the digest turns unread again) and reach the chat in a follow-up that lists
// only them, at most once per follow-up interval (digest-follow-up.ts).
import { cityDate } from '../../core/period/city-date.ts';
import type { DigestItem } from '../../core/supervision/notice-digest.ts';
import {
  digestKey,
  digestLines,
  digestTitle,
  MAX_DIGEST_LINES,
} from '../../core/supervision/notice-digest.ts';
import type { Notice } from '../../core/supervision/escalation.ts';
import { NOTICE_LABELS } from '../../core/supervision/escalation.ts';
import { periodLabel } from '../../core/supervision/labels.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Repositories } from '../store.ts';
import type { SupervisionContext } from '../supervision/supervision-context.ts';
import type { NewNotification, NotificationRecord } from './notifications.types.ts';
import { taskLine } from './notify.ts';

export const SCHEDULER_ACTOR: Actor = { kind: 'system', role: 'admin', label: 'scheduler' };

/** How long a unit's chat waits at least between a digest and its follow-up (DUBAN_DIGEST_FOLLOW_UP_HOURS). */
export const DEFAULT_FOLLOW_UP_MS = 4 * 3_600_000;

/** One escalation act due now for a unit, with what is needed to word it. */
export interface DueItem {
  context: SupervisionContext;
  period: PeriodRecord;
  notice: Notice;
  /** The effective due date of the filing. */
  dueOn: string;
  unitName: string;
}

export async function recordDigest(
  repos: Repositories,
  input: { unitId: number; items: readonly DueItem[]; now: Date; followUpMs?: number },
): Promise<{ recorded: number; orders: number }> {
  const { unitId, now, followUpMs = DEFAULT_FOLLOW_UP_MS } = input;
  const day = cityDate(now);
  const hasChat = (await repos.notifications.findWebhooks([unitId])).length > 0;
  const digest = await repos.notifications.upsertDigest({
    key: digestKey(unitId, day),
    kind: 'digest',
    level: null,
    audience: 'unit',
    unitId,
    taskId: null,
    periodId: null,
    title: '',
    lines: [],
    createdAt: now,
    webhookStatus: 'none',
  });
  const inserted = await repos.notifications.insertMany(
    input.items.map((item) => itemRow(item, digest.id, now)),
  );
  if (inserted.length === 0) return { recorded: 0, orders: 0 };
  const orders = await recordOrders(repos, input.items, inserted, now);
  const all = (await repos.notifications.findItems(digest.id)).map(digestItem);
  await repos.notifications.refreshDigest(digest.id, {
    title: digestTitle(all, day),
    lines: digestLines(all, MAX_DIGEST_LINES),
    ...(chatStatus(digest, hasChat, now, followUpMs) ?? {}),
  });
  await repos.audit.append(
    auditEvent({
      actor: SCHEDULER_ACTOR,
      at: now,
      action: 'notice.record',
      entityType: 'notification',
      entityId: digest.id,
      before: null,
      after: { digest: digest.key, items: inserted.map((record) => record.key), orders },
    }),
  );
  return { recorded: inserted.length, orders: orders.length };
}

/**
 * The chat status after items were added: queued when the digest has not gone out yet; once it
 * was sent, queued again for a follow-up no sooner than the interval after the last send. Left as
 * it is while it is being sent, is already queued (a waiting follow-up keeps its time), is being
 * retried (the retry carries the new lines) or was given up. Null: leave it.
 */
function chatStatus(
  digest: NotificationRecord,
  hasChat: boolean,
  now: Date,
  followUpMs: number,
): { webhookStatus: 'none' | 'pending'; nextAttemptAt?: Date } | null {
  const { webhookStatus: current, deliveredAt } = digest;
  if (current === 'delivered' && deliveredAt !== null) {
    if (!hasChat) return null;
    const earliest = deliveredAt.getTime() + followUpMs;
    return { webhookStatus: 'pending', nextAttemptAt: new Date(Math.max(earliest, now.getTime())) };
  }
  if (current === 'pending' && deliveredAt !== null) return null;
  if (current !== 'none' && current !== 'pending') return null;
  return { webhookStatus: hasChat ? 'pending' : 'none' };
}

async function recordOrders(
  repos: Repositories,
  items: readonly DueItem[],
  inserted: readonly NotificationRecord[],
  now: Date,
): Promise<string[]> {
  const byKey = new Map(items.map((item) => [item.notice.key, item]));
  const keys: string[] = [];
  for (const record of inserted) {
    const item = byKey.get(record.key);
    if (item?.notice.kind !== 'supervision_order') continue;
    const { taskId, unitId, level, dueFrom, message } = item.notice;
    const periodId = item.period.id;
    const order = { notificationId: record.id, taskId, unitId, periodId, level, dueFrom, message };
    await repos.notifications.insertOrder({ ...order, issuedAt: now });
    keys.push(record.key);
  }
  return keys;
}

function itemRow(item: DueItem, digestId: number, now: Date): NewNotification {
  const { notice, period } = item;
  const task = item.context.tasks.get(notice.taskId);
  const label =
    notice.kind === 'supervision_order'
      ? `${NOTICE_LABELS.supervision_order}(${notice.level}级)`
      : NOTICE_LABELS[notice.kind];
  return {
    key: notice.key,
    kind: notice.kind,
    level: notice.level,
    audience: 'unit',
    unitId: notice.unitId,
    taskId: notice.taskId,
    periodId: period.id,
    digestId,
    dueOn: item.dueOn,
    title: `${label}:${periodLabel(period.key)}第${task?.seq ?? notice.taskId}项`,
    lines: [...(task ? [taskLine(task)] : []), `单位:${item.unitName}`, notice.message],
    createdAt: now,
    webhookStatus: 'none',
  };
}

export function digestItem(record: NotificationRecord): DigestItem {
  const kind = record.kind === 'urge' || record.kind === 'supervision_order' ? record.kind : 'reminder';
  return {
    kind,
    dueOn: record.dueOn ?? cityDate(record.createdAt),
    line: `${record.title}:${record.lines.at(-1) ?? ''}`,
  };
}
