// The units' group-chat webhook settings.
import { eq, inArray } from 'drizzle-orm';
import { WEBHOOK_PLATFORMS } from '../../core/supervision/webhook-payload.ts';
import type {
  NotificationsRepository,
  WebhookSettings,
} from '../../services/notifications/notifications.types.ts';
import type { Db } from '../client.ts';
import { unitWebhooks } from '../schema/index.ts';
import { oneOf } from './supervision-rows.ts';

function toSettings(row: typeof unitWebhooks.$inferSelect): WebhookSettings {
  return { ...row, platform: oneOf(WEBHOOK_PLATFORMS, row.platform, 'unit_webhooks.platform') };
}

export function webhookQueries(
  db: Db,
): Pick<NotificationsRepository, 'findWebhook' | 'findWebhooks' | 'saveWebhook' | 'deleteWebhook'> {
  return {
    async findWebhook(unitId) {
      const [row] = await db.select().from(unitWebhooks).where(eq(unitWebhooks.unitId, unitId));
      return row ? toSettings(row) : null;
    },
    async findWebhooks(unitIds) {
      if (unitIds.length === 0) return [];
      const rows = await db
        .select()
        .from(unitWebhooks)
        .where(inArray(unitWebhooks.unitId, [...unitIds]));
      return rows.map(toSettings);
    },
    async saveWebhook(settings) {
      const { unitId: _unitId, ...values } = settings;
      const [row] = await db
        .insert(unitWebhooks)
        .values(settings)
        .onConflictDoUpdate({ target: unitWebhooks.unitId, set: values })
        .returning();
      if (!row) throw new Error('saving unit_webhooks returned no row');
      return toSettings(row);
    },
    async deleteWebhook(unitId) {
      await db.delete(unitWebhooks).where(eq(unitWebhooks.unitId, unitId));
    },
  };
}
