// Notifications to units and the office (the notification centre), their webhook deliveries to
// the units' group chats, supervision orders (督办单) and the units' webhook settings.
import { date, index, integer, jsonb, pgTable, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.schema.ts';
import { id, instant, oneOf } from './columns.ts';
import { periods } from './plans.schema.ts';
import { tasks } from './tasks.schema.ts';
import { units } from './units.schema.ts';

/** A unit's group-chat robot (钉钉 / 企业微信); the secret signs DingTalk messages. */
export const unitWebhooks = pgTable(
  'unit_webhooks',
  {
    unitId: integer('unit_id')
      .primaryKey()
      .references(() => units.id),
    platform: text('platform').notNull(),
    url: text('url').notNull(),
    secret: text('secret'),
    updatedAt: instant('updated_at').notNull(),
    updatedBy: integer('updated_by').references(() => accounts.id),
  },
  (t) => [oneOf('unit_webhooks_platform', t.platform, ['dingtalk', 'wecom'])],
);

export const WEBHOOK_STATUSES = ['none', 'pending', 'sending', 'delivered', 'failed', 'abandoned'] as const;

/**
 * One notice, recorded once under its key: a restart never records or sends it again. A unit's
 * reminders and escalations of a day are items of that day's digest (digest_id names it): the
 * digest is what the unit lists, counts as unread and receives in its group chat.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    level: integer('level'),
    audience: text('audience').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    taskId: integer('task_id').references(() => tasks.id),
    periodId: integer('period_id').references(() => periods.id),
    /** The item's digest; null for a notice listed on its own (a digest, or an event). */
    digestId: integer('digest_id').references((): AnyPgColumn => notifications.id),
    /** The effective due date an escalation item is about. */
    dueOn: date('due_on', { mode: 'string' }),
    title: text('title').notNull(),
    lines: jsonb('lines').$type<string[]>().notNull(),
    createdAt: instant('created_at').notNull(),
    readAt: instant('read_at'),
    readBy: integer('read_by').references(() => accounts.id),
    webhookStatus: text('webhook_status').notNull(),
    webhookAttempts: integer('webhook_attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at'),
    deliveredAt: instant('delivered_at'),
    lastError: text('last_error'),
  },
  (t) => [
    index('notifications_unit_idx').on(t.unitId, t.createdAt),
    index('notifications_webhook_idx').on(t.webhookStatus, t.nextAttemptAt),
    index('notifications_digest_idx').on(t.digestId),
    oneOf('notifications_audience', t.audience, ['unit', 'office']),
    oneOf('notifications_webhook_status', t.webhookStatus, WEBHOOK_STATUSES),
  ],
);

/** Every attempt to post a notification to a group chat. */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: id(),
    notificationId: integer('notification_id')
      .notNull()
      .references(() => notifications.id),
    attempt: integer('attempt').notNull(),
    at: instant('at').notNull(),
    platform: text('platform').notNull(),
    status: text('status').notNull(),
    httpStatus: integer('http_status'),
    error: text('error'),
  },
  (t) => [
    index('notification_deliveries_notification_idx').on(t.notificationId),
    oneOf('notification_deliveries_status', t.status, ['delivered', 'failed']),
  ],
);

/** 督办单: a formal order to a unit whose filing is overdue, level 1 or 2. */
export const supervisionOrders = pgTable(
  'supervision_orders',
  {
    id: id(),
    notificationId: integer('notification_id')
      .notNull()
      .unique()
      .references(() => notifications.id),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id),
    level: integer('level').notNull(),
    /** The day the order fell due under the escalation rules. */
    dueFrom: date('due_from', { mode: 'string' }).notNull(),
    message: text('message').notNull(),
    issuedAt: instant('issued_at').notNull(),
  },
  (t) => [index('supervision_orders_unit_idx').on(t.unitId)],
);
