// The notification centre: a unit's accounts read their unit's notices, the office its own, a page
// at a time and by kind; open a digest's items; mark one read, or all of them.
import {
  findNotifications,
  getNotification,
  markAllNotificationsRead,
  markNotificationRead,
} from '../../services/notifications/notifications.usecases.ts';
import { presentNotification } from '../presenters/notification.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import * as contract from '../../contracts/notifications.schema.ts';

export const noticeRoutes = routePlugin(['notifications'], (route, { store, clock }) => {
  route.get(
    '/api/notifications',
    {
      summary: "A page of your unit's notices (or the office's), newest first, with the unread count",
      query: contract.NotificationsQuerySchema,
      response: { 200: contract.NotificationsSchema },
    },
    async (request) => {
      const { kind, unread, page, pageSize } = request.query;
      const query = { kind, unreadOnly: unread === 'true', page, pageSize };
      const found = await findNotifications({ actor: actorOf(request), store, ...query });
      return {
        unread: found.unread,
        total: found.total,
        page,
        pageSize,
        notifications: found.notifications.map(presentNotification),
      };
    },
  );

  route.get(
    '/api/notifications/:notificationId',
    {
      summary: 'One of your notices; a digest with its items, each linking to its task',
      params: contract.NotificationParamsSchema,
      response: { 200: contract.NotificationWithItemsSchema },
    },
    async (request) => {
      const input = { actor: actorOf(request), notificationId: request.params.notificationId, store };
      const found = await getNotification(input);
      return {
        notification: presentNotification(found.notification),
        items: found.items.map(presentNotification),
      };
    },
  );

  route.post(
    '/api/notifications/read-all',
    { summary: 'Mark all your notices read (your unit’s only)', response: { 200: contract.MarkedSchema } },
    async (request) => {
      const actor = actorOf(request);
      const { marked } = await markAllNotificationsRead({ actor, store, clock });
      const { unread } = await findNotifications({ actor, store, pageSize: 1 });
      return { marked, unread };
    },
  );

  route.post(
    '/api/notifications/:notificationId/read',
    {
      summary: 'Mark one of your notices read (a digest with its items)',
      params: contract.NotificationParamsSchema,
      response: { 200: contract.OneNotificationSchema },
    },
    async (request) => {
      const input = { actor: actorOf(request), notificationId: request.params.notificationId, store, clock };
      return { notification: presentNotification((await markNotificationRead(input)).notification) };
    },
  );
});
