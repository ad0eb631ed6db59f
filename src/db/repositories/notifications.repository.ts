// Notifications, webhook delivery attempts and supervision orders.
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { NotificationsRepository } from '../../services/notifications/notifications.types.ts';
import { WEBHOOK_PLATFORMS } from '../../core/supervision/webhook-payload.ts';
import type { Db } from '../client.ts';
import { notificationDeliveries, notifications, supervisionOrders } from '../schema/index.ts';
import { notificationReads } from './notification-reads.ts';
import { toRecord } from './notification-rows.ts';
import { oneOf } from './supervision-rows.ts';
import { webhookQueries } from './webhooks.repository.ts';

export type Core = Omit<
  NotificationsRepository,
  'findWebhook' | 'findWebhooks' | 'saveWebhook' | 'deleteWebhook'
>;

function notificationQueries(db: Db): Core {
  return {
    async insertMany(rows) {
      if (rows.length === 0) return [];
      const inserted = await db
        .insert(notifications)
        .values([...rows])
        .onConflictDoNothing()
        .returning();
      return inserted.map(toRecord).sort((a, b) => a.id - b.id);
    },
    async insertOrder(order) {
      await db.insert(supervisionOrders).values(order);
    },
    async findOrders(query) {
      return db
        .select()
        .from(supervisionOrders)
        .where(
          and(
            query.periodId === undefined ? undefined : eq(supervisionOrders.periodId, query.periodId),
            query.unitId === undefined ? undefined : eq(supervisionOrders.unitId, query.unitId),
          ),
        )
        .orderBy(asc(supervisionOrders.id));
    },
    async findKeys(periodId) {
      const rows = await db
        .select({ key: notifications.key })
        .from(notifications)
        .where(eq(notifications.periodId, periodId));
      return new Set(rows.map((row) => row.key));
    },
    async upsertDigest(row) {
      await db.insert(notifications).values(row).onConflictDoNothing();
      const [found] = await db.select().from(notifications).where(eq(notifications.key, row.key));
      if (!found) throw new Error(`no digest ${row.key}`);
      return toRecord(found);
    },
    async refreshDigest(id, { nextAttemptAt, ...patch }) {
      await db
        .update(notifications)
        .set({
          ...patch,
          readAt: null,
          readBy: null,
          // Only a digest queued anew starts its delivery schedule (and its count of attempts) again.
          ...(patch.webhookStatus === undefined
            ? {}
            : { nextAttemptAt: nextAttemptAt ?? null, webhookAttempts: 0, lastError: null }),
        })
        .where(eq(notifications.id, id));
    },
    ...notificationReads(db),
    ...deliveryQueries(db),
  };
}

function deliveryQueries(db: Db): Pick<Core, 'claimDeliveries' | 'recordAttempt' | 'findAttempts'> {
  return {
    async claimDeliveries(now, limit) {
      const due = db
        .select({ id: notifications.id })
        .from(notifications)
        .where(
          and(
            inArray(notifications.webhookStatus, ['pending', 'failed']),
            or(isNull(notifications.nextAttemptAt), lte(notifications.nextAttemptAt, now)),
          ),
        )
        .orderBy(asc(notifications.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(notifications)
        .set({ webhookStatus: 'sending', webhookAttempts: sql`${notifications.webhookAttempts} + 1` })
        .where(inArray(notifications.id, due))
        .returning();
      return rows.map(toRecord).sort((a, b) => a.id - b.id);
    },
    async recordAttempt(attempt, patch) {
      await db.insert(notificationDeliveries).values(attempt);
      await db.update(notifications).set(patch).where(eq(notifications.id, attempt.notificationId));
    },
    async findAttempts(notificationId) {
      const rows = await db
        .select()
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.notificationId, notificationId))
        .orderBy(asc(notificationDeliveries.id));
      return rows.map((row) => ({
        notificationId: row.notificationId,
        attempt: row.attempt,
        at: row.at,
        platform: oneOf(WEBHOOK_PLATFORMS, row.platform, 'notification_deliveries.platform'),
        status: oneOf(['delivered', 'failed'] as const, row.status, 'notification_deliveries.status'),
        httpStatus: row.httpStatus,
        error: row.error,
      }));
    },
  };
}

export function notificationsRepository(db: Db): NotificationsRepository {
  return { ...notificationQueries(db), ...webhookQueries(db) };
}
