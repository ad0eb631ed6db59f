// Shapes of the notification centre: a page of notices, one notice with a digest's items, marks.
import { z } from 'zod';
import { MAX_NOTICE_PAGE, NOTIFICATION_KINDS } from '../core/notifications/notification-kinds.ts';

import { decimalInteger, IdParamSchema, IsoDateTimeSchema } from './common.schema.ts';

const Int = z.number().int();

export const NotificationSchema = z.strictObject({
  id: Int,
  kind: z.enum(NOTIFICATION_KINDS),
  level: Int.nullable(),
  unitId: Int.nullable(),
  taskId: Int.nullable(),
  periodKey: z.string().nullable(),
  link: z.string().nullable().describe("the web page of the notice's task or filing"),
  itemCount: Int.describe("a digest's items; 0 for other notices"),
  title: z.string(),
  lines: z.array(z.string()),
  createdAt: IsoDateTimeSchema,
  read: z.boolean(),
  webhook: z.enum(['none', 'pending', 'sending', 'delivered', 'failed', 'abandoned']),
});

export const NotificationsQuerySchema = z.strictObject({
  kind: z.enum(NOTIFICATION_KINDS).optional(),
  unread: z.enum(['true', 'false']).optional().describe('true: unread notices only'),
  page: decimalInteger({ min: 1, max: 100_000 }).default(1),
  pageSize: decimalInteger({ min: 1, max: MAX_NOTICE_PAGE }).default(20),
});

export const NotificationsSchema = z.strictObject({
  unread: Int.describe('unread notices of the caller (all kinds)'),
  total: Int.describe('notices matching the filter'),
  page: Int,
  pageSize: Int,
  notifications: z.array(NotificationSchema),
});
export const NotificationParamsSchema = z.strictObject({ notificationId: IdParamSchema });
export const OneNotificationSchema = z.strictObject({ notification: NotificationSchema });
export const NotificationWithItemsSchema = z.strictObject({
  notification: NotificationSchema,
  items: z.array(NotificationSchema),
});
export const MarkedSchema = z.strictObject({ marked: Int, unread: Int });

// What the client sends (z.input) and the JSON the server answers (z.output; dates as ISO strings).
export type Notification = z.output<typeof NotificationSchema>;
export type NotificationsQuery = z.input<typeof NotificationsQuerySchema>;
export type Notifications = z.output<typeof NotificationsSchema>;
export type NotificationWithItems = z.output<typeof NotificationWithItemsSchema>;
export type Marked = z.output<typeof MarkedSchema>;
