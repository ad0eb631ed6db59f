// Reading and marking notices: the listed ones (digests and events) page by page with their
// period's key and their items' count, a digest's items, the unread count, read marks.
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { NotificationView } from '../../services/notifications/notifications.types.ts';
import type { Db } from '../client.ts';
import { notifications, periods } from '../schema/index.ts';
import type { Core } from './notifications.repository.ts';
import { addressedTo, toRecord } from './notification-rows.ts';

type Reads = Pick<Core, 'find' | 'findFor' | 'findItems' | 'countUnread' | 'markRead' | 'markAllRead'>;

const listed = isNull(notifications.digestId);

export function notificationReads(db: Db): Reads {
  const items = db.$with('items').as(
    db
      .select({ digestId: notifications.digestId, itemCount: count().as('item_count') })
      .from(notifications)
      .groupBy(notifications.digestId),
  );
  const views = () =>
    db
      .with(items)
      .select({ row: notifications, periodKey: periods.key, itemCount: items.itemCount })
      .from(notifications)
      .leftJoin(periods, eq(periods.id, notifications.periodId))
      .leftJoin(items, eq(items.digestId, notifications.id));
  const toView = (found: {
    row: typeof notifications.$inferSelect;
    periodKey: string | null;
    itemCount: number | null;
  }): NotificationView => ({
    ...toRecord(found.row),
    periodKey: found.periodKey,
    itemCount: Number(found.itemCount ?? 0),
  });
  return {
    async find(id) {
      const [found] = await views().where(eq(notifications.id, id));
      return found ? toView(found) : null;
    },
    async findFor(query) {
      const where = and(
        addressedTo(query),
        listed,
        query.kind === undefined ? undefined : eq(notifications.kind, query.kind),
        query.unreadOnly ? isNull(notifications.readAt) : undefined,
      );
      const rows = await views()
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .offset(query.offset)
        .limit(query.limit);
      const [total] = await db.select({ total: count() }).from(notifications).where(where);
      return { notifications: rows.map(toView), total: total?.total ?? 0 };
    },
    async findItems(digestId) {
      const rows = await views().where(eq(notifications.digestId, digestId)).orderBy(asc(notifications.id));
      return rows.map(toView);
    },
    async countUnread(query) {
      const [row] = await db
        .select({ unread: count() })
        .from(notifications)
        .where(and(addressedTo(query), listed, isNull(notifications.readAt)));
      return row?.unread ?? 0;
    },
    async markRead(id, at, by) {
      await db
        .update(notifications)
        .set({ readAt: at, readBy: by })
        .where(
          and(
            sql`(${notifications.id} = ${id} or ${notifications.digestId} = ${id})`,
            isNull(notifications.readAt),
          ),
        );
      const [found] = await views().where(eq(notifications.id, id));
      if (!found) throw new Error(`no notification ${id}`);
      return toView(found);
    },
    async markAllRead(query, at, by) {
      const marked = await db
        .update(notifications)
        .set({ readAt: at, readBy: by })
        .where(and(addressedTo(query), isNull(notifications.readAt)))
        .returning({ digestId: notifications.digestId });
      return marked.filter((row) => row.digestId === null).length;
    },
  };
}
