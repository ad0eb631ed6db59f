// Supervision orders (督办单) and the admin's setting of a unit's group-chat robot, to which the
// scheduler posts the unit's notices. The notification centre itself: notices.routes.ts.
import { findSupervisionOrders } from '../../services/notifications/notifications.usecases.ts';
import { setUnitWebhook } from '../../services/notifications/webhook-settings.usecases.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import * as contract from '../../contracts/assessment.schema.ts';

export const notificationRoutes = routePlugin(['notifications'], (route, { store, clock }) => {
  route.get(
    '/api/supervision-orders',
    {
      summary: 'Supervision orders (督办单) of a period (office and leaders: all; a unit: its own)',
      query: contract.OrdersQuerySchema,
      response: { 200: contract.OrdersSchema },
    },
    async (request) => {
      const { orders } = await findSupervisionOrders({ actor: actorOf(request), ...request.query, store });
      return {
        orders: orders.map(({ id, taskId, unitId, level, dueFrom, message, issuedAt }) => ({
          id,
          taskId,
          unitId,
          level,
          dueFrom,
          message,
          issuedAt: issuedAt.toISOString(),
        })),
      };
    },
  );

  route.put(
    '/api/units/:unitId/webhook',
    {
      summary: "Set or clear the unit's DingTalk or WeCom group robot (admin); the secret is never shown",
      params: contract.WebhookParamsSchema,
      body: contract.WebhookBodySchema,
      response: { 200: contract.WebhookViewSchema },
    },
    async (request) => {
      const given = request.body.webhook;
      const webhook = given ? { ...given, secret: given.secret ?? null } : null;
      const saved = await setUnitWebhook({
        actor: actorOf(request),
        unitId: request.params.unitId,
        webhook,
        store,
        clock,
      });
      const shown = saved.webhook;
      return {
        webhook: shown && {
          unitId: shown.unitId,
          platform: shown.platform,
          url: shown.url,
          hasSecret: shown.secret !== null,
        },
      };
    },
  );
});
